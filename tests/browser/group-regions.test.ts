/**
 * Grouping a register by UN M49 region in the element (scene/group-scene.ts): group nodes and
 * summed group edges in both renderers, a group edge's card listing its ties with the sum, a group
 * node expanding from the keyboard (announced) with a way back, and the grouping in the URL.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { sipriLikeDataset } from '../../bench/sipri-like.ts';
import { lifecycleHooks, mount, nextEvent, shadow } from './helpers.ts';

lifecycleHooks();

const register = sipriLikeDataset();
const announcer = (el: HTMLElement) =>
  shadow(el).querySelector('[part="announcer"]')!.textContent ?? '';
const groupEdge = (
  el: HTMLElement & {
    derived: {
      scene: { edges: { id: string; from: string; to: string; tieIds: string[] }[] };
    } | null;
  },
) =>
  el
    .derived!.scene.edges.filter((e) => e.from.startsWith('m49:') && e.to.startsWith('m49:'))
    .sort((a, b) => b.tieIds.length - a.tieIds.length)[0]!;

describe('grouping by region', () => {
  it("SVG: draws group nodes and summed group edges; a group edge's card lists its ties and their sum", async () => {
    const { el } = mount(
      (e) => {
        e.setAttribute('renderer', 'svg');
        e.setAttribute('group', 'region');
        e.data = register;
      },
      { width: 1000, height: 560 },
    );
    await nextEvent(el, 'ties-drawn');
    const scene = el.derived!.scene;
    expect(
      scene.actors
        .filter((a) => a.group)
        .map((a) => a.id)
        .sort(),
    ).toEqual(['m49:002', 'm49:009', 'm49:019', 'm49:142', 'm49:150']);
    expect(shadow(el).querySelector('.legend .grouping')!.textContent).toContain(
      'Countries grouped by UN M49 region',
    );
    const edge = groupEdge(el);
    // The drawn SVG edge carries every tie of the group edge.
    const drawn = shadow(el).querySelector<SVGElement>(
      `.gl svg.ties-svg-targets [data-edge-id="${CSS.escape(edge.id)}"]`,
    )!;
    expect(drawn.dataset['tieIds']!.split(' ').sort()).toEqual([...edge.tieIds].sort());
    // The group node's label names the region and its member count.
    const label = shadow(el).querySelector<HTMLElement>('.actor-label[data-group="150"]')!;
    expect(label.textContent).toMatch(/^Europe · \d+$/);
    // Open the card from the edge's keyboard handle.
    const handle = shadow(el).querySelector<HTMLElement>(
      `[part="edge-button"][data-edge-id="${CSS.escape(edge.id)}"]`,
    )!;
    handle.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    const card = shadow(el).querySelector<HTMLElement>('[part="evidence"]')!;
    expect(card.getAttribute('role')).toBe('dialog');
    expect(
      [...card.querySelectorAll<HTMLElement>('article[data-tie-id]')]
        .map((a) => a.dataset['tieId'])
        .sort(),
    ).toEqual([...edge.tieIds].sort());
    expect(card.querySelector('[data-group-sum]')!.textContent).toMatch(
      /^Sum in the measure: [\d,.]+ TIV m/,
    );
    expect(card.querySelector('#evidence-heading')!.textContent).toMatch(
      /^Arms: \S.* · \d+ → \S.* · \d+$/,
    );
    // Each tie still opens to its quote.
    expect(card.querySelectorAll('article[data-tie-id] blockquote').length).toBeGreaterThanOrEqual(
      edge.tieIds.length,
    );
  });

  it('a group node expands from the keyboard, announced, and "Regroup all" brings it back', async () => {
    const { el } = mount(
      (e) => {
        e.setAttribute('renderer', 'svg');
        e.setAttribute('group', 'subregion');
        e.data = register;
      },
      { width: 1000, height: 560 },
    );
    await nextEvent(el, 'ties-drawn');
    const node = el.derived!.scene.actors.find((a) => a.id === 'm49:145')!;
    const members = node.group!.members;
    shadow(el).querySelector<HTMLElement>('.actor-label[data-group="145"]')!.focus();
    const drawn = nextEvent(el, 'ties-drawn');
    await userEvent.keyboard('{Enter}');
    await drawn;
    const actors = el.derived!.scene.actors.map((a) => a.id);
    expect(actors).not.toContain('m49:145');
    expect(members.every((id) => actors.includes(id))).toBe(true);
    expect(actors).toContain('m49:151'); // the rest stay grouped
    await expect
      .poll(() => announcer(el))
      .toContain(
        `Western Asia · ${members.length} expanded: ${members.length} actors drawn themselves.`,
      );
    const regroup = shadow(el).querySelector<HTMLButtonElement>('.legend .regroup')!;
    const again = nextEvent(el, 'ties-drawn');
    regroup.click();
    await again;
    expect(el.derived!.scene.actors.map((a) => a.id)).toContain('m49:145');
    expect(shadow(el).querySelector('.legend .regroup')).toBeNull();
    await expect.poll(() => announcer(el)).toContain('Every group drawn as one again.');
  });

  it('the grouping control sets the group attribute; none draws the map as before', async () => {
    const { el } = mount(
      (e) => {
        e.setAttribute('renderer', 'svg');
        e.data = register;
      },
      { width: 1000, height: 560 },
    );
    await nextEvent(el, 'ties-drawn');
    const plain = el.derived!.scene.edges.length;
    expect(el.derived!.scene.actors.some((a) => a.group)).toBe(false);
    const select = shadow(el).querySelector<HTMLSelectElement>('select[name="group"]')!;
    select.value = 'subregion';
    select.dispatchEvent(new Event('change'));
    await expect.poll(() => el.getAttribute('group') ?? el.group).toBe('subregion');
    await expect.poll(() => el.derived!.scene.actors.some((a) => a.group)).toBe(true);
    await expect.poll(() => announcer(el)).toContain('Countries grouped by UN M49 sub-region');
    el.group = 'none';
    await expect.poll(() => el.derived!.scene.edges.length).toBe(plain);
  });

  it('WebGL: the grouped scene draws', async () => {
    const { el } = mount(
      (e) => {
        e.setAttribute('renderer', 'webgl');
        e.setAttribute('loading', 'eager');
        e.setAttribute('group', 'region');
        e.data = register;
      },
      { width: 1000, height: 560 },
    );
    const first = await nextEvent(el, 'ties-drawn', 60_000);
    expect(first.detail).toEqual({ renderer: 'webgl' });
    expect(el.derived!.scene.actors.filter((a) => a.group)).toHaveLength(5);
    expect(shadow(el).querySelector('.actor-label[data-group="142"]')).not.toBeNull();
    // The GPU edge layer holds the group edges: the pointer finds the widest one along its curve.
    const edge = el
      .derived!.scene.edges.filter((e) => e.sum)
      .reduce((a, b) => (b.width > a.width ? b : a));
    const picker = (
      el.mapRenderer as unknown as {
        edgeLayer: { pick(p: { x: number; y: number }): string | null };
      }
    ).edgeLayer;
    const samples = [1 / 3, 1 / 2, 2 / 3, 1 / 4, 3 / 4].map((f) =>
      el.mapRenderer!.project(edge.path[Math.round((edge.path.length - 1) * f)]!),
    );
    expect(samples.map((p) => picker.pick(p))).toContain(edge.id);
  });
});

describe('a grouping in the URL', () => {
  let startUrl = '';
  beforeEach(() => {
    startUrl = location.href;
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  });
  afterEach(() => history.replaceState(history.state, '', startUrl.replace(/#.*$/, '')));

  it('a hash with group=region groups the map, expanding is a history entry, and setting none takes it out of the hash', async () => {
    history.replaceState(history.state, '', '#m.group=region');
    const { el } = mount(
      (e) => {
        e.id = 'm';
        e.setAttribute('sync-url', '');
        e.setAttribute('renderer', 'svg');
        e.data = register;
      },
      { width: 1000, height: 560 },
    );
    await nextEvent(el, 'ties-drawn');
    await expect.poll(() => el.derived?.scene.legend.group).toBe('region');
    // Expanding a group joins the hash; Back draws it as one again.
    shadow(el).querySelector<HTMLElement>('.actor-label[data-group="150"]')!.click();
    await expect
      .poll(() => new URLSearchParams(location.hash.slice(1)).get('m.expand'))
      .toBe('150');
    expect(el.derived!.scene.actors.some((a) => a.id === 'm49:150')).toBe(false);
    history.back();
    await expect.poll(() => el.derived!.scene.actors.some((a) => a.id === 'm49:150')).toBe(true);
    const select = shadow(el).querySelector<HTMLSelectElement>('select[name="group"]')!;
    select.value = 'none';
    select.dispatchEvent(new Event('change'));
    await expect.poll(() => new URLSearchParams(location.hash.slice(1)).get('m.group')).toBeNull();
    expect(el.derived!.scene.actors.some((a) => a.group)).toBe(false);
  });
});

describe('a grouping the element cannot use', () => {
  it('group="continent" draws every actor itself and says so, in a warning and an announcement', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const { el } = mount(
        (e) => {
          e.setAttribute('renderer', 'svg');
          e.setAttribute('group', 'continent');
          e.data = register;
        },
        { width: 1000, height: 560 },
      );
      await nextEvent(el, 'ties-drawn');
      expect(el.derived!.scene.actors.some((a) => a.group)).toBe(false);
      const message =
        'group="continent" is not one of none, region, subregion; actors are not grouped.';
      expect(warn).toHaveBeenCalledWith(`ties-map: ${message}`);
      await expect.poll(() => announcer(el)).toContain(message);
    } finally {
      warn.mockRestore();
    }
  });
});
