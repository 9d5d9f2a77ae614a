/**
 * Keyboard focus after a card closes, with the SVG picture (what `auto` draws before any pan):
 * the picture's `<g data-edge-id>` of an edge cannot take focus, so closing a card must return it
 * to the edge's handle, not to the page's body; and a presenter step taken with a card open must
 * leave focus inside the element.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { mount, nextEvent, shadow } from './helpers.ts';

const SHIPPED_URL = '/data/azerbaijan-israel-usa.json';

beforeEach(async () => {
  await page.viewport(1280, 900);
});
afterEach(() => {
  document.body.replaceChildren();
});

async function svgMap() {
  const mounted = mount(
    (e) => {
      e.renderer = 'svg';
      e.src = SHIPPED_URL;
    },
    { width: 1000, height: 560 },
  );
  await nextEvent(mounted.el, 'ties-drawn');
  return mounted.el;
}

const active = (el: HTMLElement) => shadow(el).activeElement as HTMLElement | null;
const handles = (el: HTMLElement) => [
  ...shadow(el).querySelectorAll<HTMLElement>('[part="edge-button"][data-edge-id]'),
];
const card = (el: HTMLElement) =>
  shadow(el).querySelector<HTMLElement>('[part="evidence"]:not(.preview)');

describe('focus returns after a card closes, with the SVG picture', { timeout: 120_000 }, () => {
  it('goes back to the edge handle that opened it, for every third edge, by Escape and by ×', async () => {
    const el = await svgMap();
    const all = handles(el).map((h) => h.dataset['edgeId']!);
    expect(all.length).toBeGreaterThan(10);
    const ids = all.filter((_, i) => i % 3 === 0);
    // The SVG picture has an element of the same edge id before the handle: the one that cannot take focus.
    expect(shadow(el).querySelector(`g[data-edge-id="${CSS.escape(ids[0]!)}"]`)).not.toBeNull();
    for (const [i, id] of ids.entries()) {
      const handle = handles(el).find((h) => h.dataset['edgeId'] === id)!;
      handle.focus();
      await userEvent.keyboard('{Enter}');
      await expect.poll(() => active(el)?.id, { message: id }).toBe('evidence-heading');
      if (i % 2 === 0) await userEvent.keyboard('{Escape}');
      else card(el)!.querySelector<HTMLElement>('button.close')!.click();
      await expect.poll(() => card(el), { message: id }).toBeNull();
      expect(active(el)?.dataset['edgeId'], id).toBe(id);
      expect(document.activeElement).toBe(el);
    }
  });

  it('stays in the element when a presenter step is taken with a card open (→ and Space)', async () => {
    const el = await svgMap();
    el.presenter = true;
    await expect.poll(() => shadow(el).querySelector('[part="caption"]')).not.toBeNull();
    for (const key of ['{ArrowRight}', ' ']) {
      const caption = shadow(el).querySelector('[part="caption"]')!.textContent;
      handles(el)[0]!.focus();
      await userEvent.keyboard('{Enter}');
      await expect.poll(() => active(el)?.id).toBe('evidence-heading');
      await userEvent.keyboard(key);
      await expect
        .poll(() => shadow(el).querySelector('[part="caption"]')!.textContent, { message: key })
        .not.toBe(caption);
      await expect.poll(() => card(el), { message: key }).toBeNull();
      expect(document.activeElement, key).toBe(el);
      expect(active(el), key).not.toBeNull();
    }
  });
});
