/**
 * The loading limits, `timeout` and `max-size`, whenever they are set: in the same task as `src`
 * and after it (as dist/embed.html sets a hash's attributes in the hash's order), or later on a
 * connected element, where they apply to the load under way and retry one they refused.
 * Answers come from the test (controlled-fetch.ts), never from time.
 */
import { describe, expect, it } from 'vitest';
import A from '../../fixtures/valid-minimal.json';
import { mount, nextEvent } from '../helpers.ts';
import { controlledFetchHooks, type PendingFetch } from './controlled-fetch.ts';

const fetches = controlledFetchHooks();

const live = (): PendingFetch[] => fetches().calls.filter((call) => !call.signal?.aborted);
const firstError = (e: CustomEvent) =>
  (e.detail as { errors: { message: string }[] }).errors[0]!.message;

describe('loading limits', () => {
  it('max-size set after src in the same task refuses the body', async () => {
    const { el, events } = mount(() => undefined);
    await el.updateComplete;
    el.src = '/slow/a.json';
    el.setAttribute('max-size', '0.0001');
    await el.updateComplete;
    expect(live().length).toBe(1);
    const error = nextEvent(el, 'ties-error');
    live()[0]!.answer(JSON.stringify(A));
    expect(firstError(await error)).toContain('max-size');
    expect(events.map((e) => e.type)).not.toContain('ties-ready');
  });

  it('a larger max-size set later loads the body it refused', async () => {
    const { el } = mount((e) => {
      e.setAttribute('max-size', '0.0001');
      e.src = '/slow/a.json';
    });
    const error = nextEvent(el, 'ties-error');
    (await fetches().next()).answer(JSON.stringify(A));
    expect(firstError(await error)).toContain('max-size');
    const ready = nextEvent(el, 'ties-ready');
    el.setAttribute('max-size', '5');
    (await fetches().next()).answer(JSON.stringify(A));
    await ready;
  });

  it('a timeout set later applies to the load under way', async () => {
    const { el } = mount((e) => (e.src = '/slow/stalled.json'));
    const stalled = await fetches().next();
    const error = nextEvent(el, 'ties-error');
    el.setAttribute('timeout', '0.05');
    expect(firstError(await error)).toContain('no complete answer within 0.05 s');
    expect(stalled.signal?.aborted).toBe(true);
  });

  it('says small limits as set: "within 0.004 s", "the limit of 0.0001 MB", never "0"', async () => {
    const { el } = mount((e) => {
      e.setAttribute('timeout', '0.004');
      e.src = '/slow/stalled.json';
    });
    await fetches().next(); // the stalled call, never answered
    expect(firstError(await nextEvent(el, 'ties-error'))).toContain(
      'no complete answer within 0.004 s',
    );
    const refused = nextEvent(el, 'ties-error');
    el.setAttribute('timeout', '30');
    el.setAttribute('max-size', '0.0001');
    (await fetches().next()).answer(JSON.stringify(A), { 'content-type': 'application/json' });
    expect(firstError(await refused)).toContain('the limit of 0.0001 MB');
  });

  it('a body refused by its Content-Length is aborted, not read on', async () => {
    const { el } = mount((e) => {
      e.setAttribute('max-size', '1');
      e.src = '/slow/large.json';
    });
    const call = await fetches().next();
    const error = nextEvent(el, 'ties-error');
    call.answer(JSON.stringify(A), {
      'content-type': 'application/json',
      'content-length': String(200e6),
    });
    expect(firstError(await error)).toContain('is 200 MB, over the limit of 1 MB');
    expect(call.signal?.aborted).toBe(true);
  });

  it('timeout="3000000" waits: it is not cut short by setTimeout\'s overflow', async () => {
    const { el, events } = mount((e) => {
      e.setAttribute('timeout', '3000000');
      e.src = '/slow/a.json';
    });
    const call = await fetches().next();
    // An overflowed delay fires after 1 ms: a timer of 20 ms set after it runs after it, however loaded the machine.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(call.signal?.aborted).toBe(false);
    const ready = nextEvent(el, 'ties-ready');
    call.answer(JSON.stringify(A));
    await ready;
    expect(events.map((e) => e.type)).not.toContain('ties-error');
  });
});
