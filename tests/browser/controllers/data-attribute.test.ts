/**
 * A dataset that arrives as text it cannot be (issue 19, "nothing fails silently"): React 19 sets
 * `data="[object Object]"` when it renders before the element is defined; other frameworks turn an
 * object into the same text through a property. Each is said with what to do, never ignored; an
 * attribute that the property replaces while the page hydrates is not an error.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import A from '../../fixtures/valid-minimal.json';
import { mount, nextEvent, shadow } from '../helpers.ts';

beforeEach(() => page.viewport(1280, 900));
afterEach(() => document.body.replaceChildren());

const errorText = (el: HTMLElement) =>
  shadow(el).querySelector('[part="error"]')?.textContent ?? '';

/** `<ties-map data="[object Object]">` parsed from HTML (an upgrade), and the `ties-error`s it fires. */
function upgradedWithAttribute(): {
  el: HTMLElementTagNameMap['ties-map'];
  errors: CustomEvent[];
  firstError: Promise<void>;
} {
  const holder = document.createElement('div');
  const errors: CustomEvent[] = [];
  let reported: () => void = () => undefined;
  const firstError = new Promise<void>((resolve) => (reported = resolve));
  holder.addEventListener('ties-error', (e) => {
    errors.push(e as CustomEvent);
    reported();
  });
  document.body.append(holder);
  holder.innerHTML = '<ties-map data="[object Object]"></ties-map>';
  return { el: holder.querySelector('ties-map')!, errors, firstError };
}

describe('a dataset given as an attribute string', () => {
  it('data="[object Object]" on an element parsed from HTML (an upgrade) gives ties-error and the message', async () => {
    const { el, errors, firstError } = upgradedWithAttribute();
    // The element waits a task for a framework's property before it reports: wait for the event.
    await firstError;
    await el.updateComplete;
    expect(errors).toHaveLength(1);
    expect(errors[0]!.detail).toMatchObject({ type: 'data', errors: [{ path: 'data' }] });
    expect(errors[0]!.detail.errors[0].message).toContain(
      "Import 'ties-map' before the first render",
    );
    expect(errorText(el)).toContain('The data attribute holds "[object Object]"');
  });

  it('data="[object Object]" on a page that never idles (a busy machine) is still reported', async () => {
    // As the browser does on a page whose main thread never rests: idle callbacks run only when
    // their timeout passes.
    const idle = window.requestIdleCallback;
    window.requestIdleCallback = ((callback: IdleRequestCallback, options?: IdleRequestOptions) =>
      options?.timeout === undefined
        ? 0
        : window.setTimeout(
            () => callback({ didTimeout: true, timeRemaining: () => 0 }),
            options.timeout,
          )) as typeof window.requestIdleCallback;
    try {
      const { el, errors, firstError } = upgradedWithAttribute();
      await firstError;
      await el.updateComplete;
      expect(errors).toHaveLength(1);
      expect(errorText(el)).toContain('The data attribute holds "[object Object]"');
    } finally {
      window.requestIdleCallback = idle;
    }
  });

  it('data="[object Object]" replaced by the property a task after the upgrade (Astro client:load, SvelteKit hydration) draws with no ties-error', async () => {
    // Server-rendered HTML: the element upgrades with the attribute; the framework hydrates later.
    const { el, errors } = upgradedWithAttribute();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    const ready = nextEvent(el, 'ties-ready');
    el.data = A;
    await ready;
    expect(errors).toEqual([]);
    expect(errorText(el)).toBe('');
    expect(shadow(el).querySelector('h2')?.textContent).toBe(A.title);
  });

  it('a data attribute set on a live element is said too, and the data property still wins afterwards', async () => {
    const { el } = mount(() => undefined);
    await el.updateComplete;
    const error = nextEvent(el, 'ties-error');
    el.setAttribute('data', '{"format":"ties-map/1"}');
    expect((await error).detail.errors[0].message).toContain('data attribute');
    const ready = nextEvent(el, 'ties-ready');
    el.data = A;
    await ready;
    expect(errorText(el)).toBe('');
    expect(shadow(el).querySelector('h2')?.textContent).toBe(A.title);
  });

  it('the text "[object Object]" through the data property names the framework mistake, not a JSON syntax error', async () => {
    const { el } = mount((e) => (e.data = '[object Object]'));
    const error = await nextEvent(el, 'ties-error');
    expect(error.detail.type).toBe('data');
    expect(error.detail.errors[0].message).toContain(
      'The data property holds the text "[object Object]"',
    );
    expect(errorText(el)).toContain('use the src attribute');
  });
});
