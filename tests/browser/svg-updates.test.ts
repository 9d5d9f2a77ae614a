/**
 * The SVG picture (`renderer="svg"`) updates only what changed: a layer toggle and a focus keep
 * the base map's elements (nothing in it is made again; a focus writes nothing to it, the
 * focused country being drawn by a layer of its own) and every edge element that stays, remove only the edges that vanished, and write
 * attributes only on the edges whose look changed. Watched with a MutationObserver on the picture.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { mount, nextEvent, shadow } from './helpers.ts';

const SHIPPED_URL = '/data/azerbaijan-israel-usa.json';

beforeEach(async () => {
  await page.viewport(1280, 900);
});
afterEach(() => {
  document.body.replaceChildren();
});

/** Mutations under `target` since the last take. */
function watch(target: Node): { take: () => MutationRecord[] } {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(target, { subtree: true, childList: true, attributes: true });
  return { take: () => [...records.splice(0), ...observer.takeRecords()] };
}

const elementOf = (record: MutationRecord) => record.target as Element;

describe('the SVG picture on a change of view', () => {
  it('keeps the base map and the edges that stay, and rewrites only the edges whose look changed', async () => {
    const { el } = mount(
      (e) => {
        e.setAttribute('renderer', 'svg');
        e.src = SHIPPED_URL;
      },
      { width: 1000, height: 560 },
    );
    await nextEvent(el, 'ties-drawn');
    const picture = shadow(el).querySelector('.gl')!;
    const base = picture.querySelector('svg.ties-svg-map')!;
    const land = base.querySelector('g.land')!;
    const edges = () =>
      new Map(
        [...picture.querySelectorAll('[data-edge-id]')].map((g) => [
          g.getAttribute('data-edge-id')!,
          g,
        ]),
      );
    const emphasis = () =>
      new Map([...edges()].map(([id, g]) => [id, g.getAttribute('data-emphasis')]));
    const shown = edges();
    expect([...shown.keys()].some((id) => id.endsWith(':energy'))).toBe(true);
    const mutations = watch(picture);

    // Toggle: the energy edges go; every other edge is the element it was, untouched.
    shadow(el).querySelector<HTMLElement>('button[data-layer="energy"]')!.click();
    await nextEvent(el, 'ties-drawn');
    const afterToggle = edges();
    expect([...afterToggle.keys()]).toEqual(
      [...shown.keys()].filter((id) => !id.endsWith(':energy')),
    );
    for (const [id, g] of afterToggle) expect(g).toBe(shown.get(id));
    let records = mutations.take();
    expect(records.flatMap((r) => [...r.addedNodes])).toEqual([]);
    expect(
      records.filter((r) => r.type === 'attributes' && elementOf(r).closest('[data-edge-id]')),
    ).toEqual([]);
    expect(records.filter((r) => base.contains(r.target) && r.type === 'childList')).toEqual([]);
    expect(base.querySelector('g.land')).toBe(land);

    // Focus one actor, then another: no element is made, and only the edges whose emphasis
    // changed between the two focuses are written to; on the land, only the focused countries' fills.
    el.setAttribute('focus', 'ARM');
    await nextEvent(el, 'ties-drawn');
    const onArmenia = emphasis();
    mutations.take();
    el.setAttribute('focus', 'IRN');
    await nextEvent(el, 'ties-drawn');
    const onIran = emphasis();
    records = mutations.take();
    for (const [id, g] of edges()) expect(g).toBe(shown.get(id));
    const known = new Set(afterToggle.values());
    // Added nodes are edges moved up (a focused edge is drawn last), never new elements.
    expect(
      records
        .flatMap((r) => [...r.addedNodes])
        .filter((n) => n instanceof Element && n.matches('[data-edge-id]') && !known.has(n)),
    ).toEqual([]);
    const written = new Set(
      records
        .filter((r) => r.type === 'attributes')
        .map((r) => elementOf(r).closest('[data-edge-id]')?.getAttribute('data-edge-id'))
        .filter((id) => id !== undefined),
    );
    const changed = [...onIran.keys()].filter((id) => onIran.get(id) !== onArmenia.get(id));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan(onIran.size);
    expect([...written].sort()).toEqual(changed.sort());
    // The base map is not written to at all: the focused country is drawn by a layer of its own.
    expect(records.filter((r) => base.contains(r.target))).toEqual([]);
    expect(base.querySelector('g.land')).toBe(land);
    const focused = [...picture.querySelectorAll('svg.ties-svg-focus [data-focus-shape]')];
    expect(focused.map((p) => p.getAttribute('data-focus-shape'))).toEqual(['IRN']);
    expect(focused[0]!.getAttribute('d')).toBe(
      land.querySelector('[data-shape-id="IRN"]')!.getAttribute('d'),
    );
  });
});
