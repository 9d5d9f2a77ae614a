/**
 * The newest input always wins (issue 12): `src` changed or removed, `data` set, the element moved
 * during a load; stalled, oversized and badly encoded answers. Slow answers are answered by the
 * test (controlled-fetch.ts), never waited for by time.
 */
import { describe, expect, it } from 'vitest';
import A from '../../fixtures/valid-minimal.json';
import B from '../../fixtures/second-map.json';
import { mount, nextEvent, shadow } from '../helpers.ts';
import { controlledFetchHooks } from './controlled-fetch.ts';

const fetches = controlledFetchHooks();

const title = (el: HTMLElement) => shadow(el).querySelector('h2')?.textContent ?? null;
const status = (el: HTMLElement) => shadow(el).querySelector('.map-status')?.textContent ?? null;
const errorText = (el: HTMLElement) =>
  shadow(el).querySelector('[part="error"]')?.textContent ?? '';
/** Lets every task and microtask queued so far run (a late answer's parse and update included). */
const settle = async (el: HTMLElement & { updateComplete: Promise<unknown> }) => {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
  }
};

describe('one load path: the newest input wins', () => {
  it('a load cut by moving the element starts again when it is back, and shows the dataset', async () => {
    const { el, events } = mount((e) => {
      e.loading = 'eager';
      e.src = '/slow/a.json';
    });
    const first = await fetches().next();
    el.remove();
    document.body.append(el);
    const second = await fetches().next();
    expect(first.signal?.aborted).toBe(true);
    second.answer(JSON.stringify(A));
    await nextEvent(el, 'ties-ready');
    expect(title(el)).toBe(A.title);
    expect(events.filter((e) => e.type === 'ties-error')).toEqual([]);
  });

  it('setting the same src again after a load was cut retries it', async () => {
    const { el } = mount((e) => (e.src = '/slow/a.json'));
    await fetches().next();
    el.remove();
    el.src = '/slow/a.json';
    document.body.append(el);
    (await fetches().next()).answer(JSON.stringify(A));
    await nextEvent(el, 'ties-ready');
    expect(title(el)).toBe(A.title);
  });

  it('data set during a slow src load wins, and the late src answer is dropped', async () => {
    const { el, events } = mount((e) => (e.src = '/slow/a.json'));
    const slow = await fetches().next();
    el.data = B;
    await nextEvent(el, 'ties-ready');
    expect(title(el)).toBe(B.title);
    expect(slow.signal?.aborted).toBe(true);
    slow.answer(JSON.stringify(A), undefined, true); // the network answers anyway
    await settle(el);
    expect(title(el)).toBe(B.title);
    expect(events.filter((e) => e.type === 'ties-ready')).toHaveLength(1);
  });

  it('a newer src wins over an older one whose answer comes last', async () => {
    const { el, events } = mount((e) => (e.src = '/slow/a.json'));
    const a = await fetches().next();
    el.src = '/slow/b.json';
    const b = await fetches().next();
    b.answer(JSON.stringify(B));
    await nextEvent(el, 'ties-ready');
    a.answer(JSON.stringify(A), undefined, true);
    await settle(el);
    expect(title(el)).toBe(B.title);
    expect(events.filter((e) => e.type === 'ties-ready')).toHaveLength(1);
  });

  it('removing src during its load cancels it: the element says it has no dataset', async () => {
    const { el, events } = mount((e) => e.setAttribute('src', '/slow/a.json'));
    const slow = await fetches().next();
    el.removeAttribute('src');
    await el.updateComplete;
    expect(slow.signal?.aborted).toBe(true);
    expect(status(el)).toContain('No dataset');
    slow.answer(JSON.stringify(A), undefined, true);
    await settle(el);
    expect(title(el)).toBeNull();
    expect(events.filter((e) => e.type === 'ties-ready')).toEqual([]);
  });

  it('a value that is not a dataset object says so', async () => {
    const { el } = mount((e) => (e.data = 42));
    const error = await nextEvent(el, 'ties-error');
    expect(error.detail.type).toBe('data');
    expect(error.detail.errors[0].message).toContain('dataset object');
    expect(errorText(el)).toContain('got a number');
  });
});

describe('answers the element cannot use get a sentence', () => {
  it('a stalled answer times out after the timeout attribute (seconds)', async () => {
    const { el } = mount((e) => {
      e.setAttribute('timeout', '0.2');
      e.src = '/slow/never.json';
    });
    await fetches().next(); // never answered
    const error = await nextEvent(el, 'ties-error');
    expect(error.detail.type).toBe('fetch');
    expect(error.detail.errors[0].message).toContain('within 0.2 s');
    expect(errorText(el)).toContain('timeout');
  });

  it('a body over max-size (MB) is refused', async () => {
    const { el } = mount((e) => {
      e.setAttribute('max-size', '0.0005'); // 500 bytes
      e.src = '/slow/big.json';
    });
    (await fetches().next()).answer(JSON.stringify(A));
    const error = await nextEvent(el, 'ties-error');
    expect(error.detail.errors[0].message).toMatch(/over the limit|larger than/);
    expect(error.detail.errors[0].message).toContain('max-size');
  });

  const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
  // Characters past Latin-1 are escaped, so the body is pure Latin-1 but for the title.
  const withName = (name: string) =>
    JSON.stringify({ ...A, title: name }).replace(
      /[\u0100-\uffff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );

  it('a Latin-1 body that declares its charset is decoded by it', async () => {
    const { el } = mount((e) => (e.src = '/slow/latin1.json'));
    (await fetches().next()).answer(latin1(withName('Türkiye and Azerbaijan')), {
      'content-type': 'application/json; charset=iso-8859-1',
    });
    await nextEvent(el, 'ties-ready');
    expect(title(el)).toBe('Türkiye and Azerbaijan');
  });

  it('a body that is not UTF-8 and declares nothing is refused with the byte offset', async () => {
    const { el } = mount((e) => (e.src = '/slow/latin1.json'));
    const body = withName('Türkiye');
    (await fetches().next()).answer(latin1(body), { 'content-type': 'application/json' });
    const error = await nextEvent(el, 'ties-error');
    expect(error.detail.errors[0].message).toContain('not valid UTF-8');
    expect(error.detail.errors[0].message).toContain(`byte ${body.indexOf('ü')}`);
  });
});
