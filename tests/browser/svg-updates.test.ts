/**
 * The SVG picture (`renderer="svg"`) updates only what changed: a layer toggle and a focus keep
 * the base map's elements (nothing in it is made again; a focus writes nothing to it, the
 * focused country being drawn by a layer of its own) and every edge element that stays, remove only the edges that vanished, and write
 * attributes only on the edges whose look changed. Watched with a MutationObserver on the picture.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { syntheticDataset } from '../../bench/synthetic.ts';
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

describe('the SVG picture of 2,000 ties', () => {
  it("paints a change's controls before its picture, then moves only the edges that change place", async () => {
    // The bench's map (bench/run.ts, section 7): 2,000 ties among 200 actors.
    const data = syntheticDataset(2000, 200, 42);
    const { el } = mount(
      (e) => {
        e.setAttribute('renderer', 'svg');
        e.data = data;
      },
      { width: 1000, height: 560 },
    );
    await nextEvent(el, 'ties-drawn');
    const picture = shadow(el).querySelector('.gl')!;
    const targets = picture.querySelector('svg.ties-svg-targets')!;
    const edges = () =>
      new Map(
        [...targets.querySelectorAll('[data-edge-id]')].map((g) => [
          g.getAttribute('data-edge-id')!,
          g,
        ]),
      );
    const shown = edges();
    const energy = [...shown.keys()].filter((id) => id.endsWith(':energy'));
    expect(energy.length).toBeGreaterThan(100);
    const mutations = watch(picture);

    // The toggle's own update (the button, legend, table) leaves the picture to the next frame:
    // the click's frame is not held back by hundreds of edges.
    const button = shadow(el).querySelector<HTMLElement>('button[data-layer="energy"]')!;
    let drawn = nextEvent(el, 'ties-drawn');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(mutations.take()).toEqual([]);
    await drawn;
    const afterToggle = edges();
    // The energy edges went; every edge that stays is the element it was (at this size a few
    // edges that were left out before may come).
    expect([...afterToggle.keys()].filter((id) => energy.includes(id))).toEqual([]);
    expect([...shown.keys()].filter((id) => !afterToggle.has(id)).sort()).toEqual(energy.sort());
    const stayed = [...afterToggle].filter(([id]) => shown.has(id));
    expect(stayed.length).toBeGreaterThan(shown.size / 2);
    for (const [id, g] of stayed) expect(g).toBe(shown.get(id));

    // A focus on the busiest actor draws its edges last: those are moved, the other edge
    // elements stay where they are (moving each one after a moved edge laid all of them out
    // again), and no element gets an inline style.
    drawn = nextEvent(el, 'ties-drawn');
    button.click();
    await drawn;
    const counts = new Map<string, number>();
    for (const t of data.ties)
      for (const id of [t.from, t.to]) counts.set(id, (counts.get(id) ?? 0) + 1);
    const hub = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    mutations.take();
    drawn = nextEvent(el, 'ties-drawn');
    el.setAttribute('focus', hub);
    await drawn;
    const records = mutations.take();
    const focused = el.derived!.scene.edges.filter((e) => e.emphasis === 'focus').map((e) => e.id);
    expect(focused.length).toBeGreaterThan(5);
    const moved = new Set(
      records
        .flatMap((r) => [...r.addedNodes])
        .filter((n): n is Element => n instanceof Element && n.matches('[data-edge-id]'))
        .map((n) => n.getAttribute('data-edge-id')!),
    );
    expect(moved.size).toBeGreaterThan(0);
    // The focused edges, give or take one or two where keeping either of two runs in place is as good.
    expect(moved.size).toBeLessThan(2 * focused.length);
    expect(focused.length).toBeLessThan(shown.size / 5);
    const order = [...targets.querySelectorAll('g.edges > [data-edge-id]')].map((g) =>
      g.getAttribute('data-edge-id'),
    );
    expect(order).toEqual(el.derived!.scene.edges.map((e) => e.id));
    expect(records.filter((r) => r.attributeName === 'style')).toEqual([]);
  });
});
