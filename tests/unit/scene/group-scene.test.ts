/**
 * Grouping a register by UN M49 region (scene/group-scene.ts): group nodes replace grouped actors,
 * edges between groups sum their ties per layer in the layer's measure only, every visible tie is on
 * exactly one drawn edge or inside one group, the focused actor and expanded groups stay themselves,
 * and the ungrouped map is as before.
 */
import { describe, expect, it } from 'vitest';
import { sipriLikeDataset } from '../../../bench/sipri-like.ts';
import { m49GroupOf } from '../../../src/data/regions.ts';
import type { Tie } from '../../../src/data/types.ts';
import { places } from '../../../src/geo/places.ts';
import { buildScene, sceneBasis } from '../../../src/scene/build-scene.ts';
import type { Scene } from '../../../src/scene/types.ts';
import { reduce } from '../../../src/state/reduce.ts';
import { INITIAL_VIEW, visibleTies, type ViewState } from '../../../src/state/view-state.ts';

const register = sipriLikeDataset();
const basis = sceneBasis(register, places);
const tiesById = new Map(register.ties.map((t) => [t.id, t]));

/** Each visible tie on exactly one drawn edge, or inside exactly one group node. */
function accountFor(scene: Scene, view: ViewState): void {
  const seen = new Map<string, number>();
  const count = (id: string) => seen.set(id, (seen.get(id) ?? 0) + 1);
  for (const edge of scene.edges) edge.tieIds.forEach(count);
  for (const actor of scene.actors) actor.group?.innerTieIds.forEach(count);
  const visible = visibleTies(register, view).map((t) => t.id);
  expect(seen.size).toBe(visible.length);
  for (const id of visible) expect(seen.get(id)).toBe(1);
}

const grouped = (group: ViewState['group'], more: Partial<ViewState> = {}): ViewState => ({
  ...INITIAL_VIEW,
  group,
  ...more,
});

describe('grouping by region', { timeout: 120_000 }, () => {
  it('replaces grouped countries by one node per sub-region, named with its member count, and keeps non-M49 actors', () => {
    const scene = buildScene(basis, grouped('subregion'), 1280, 720);
    const nodes = scene.actors.filter((a) => a.group);
    expect(nodes.length).toBeGreaterThan(5);
    const westernAsia = nodes.find((a) => a.id === 'm49:145')!;
    expect(westernAsia.name).toBe(`Western Asia · ${westernAsia.group!.members.length}`);
    expect(westernAsia.group!.members.every((id) => m49GroupOf(id, 'subregion') === '145')).toBe(
      true,
    );
    // No grouped country is drawn itself; every actor is drawn once, itself or in its group.
    const drawn = scene.actors.filter((a) => !a.group).map((a) => a.id);
    expect(drawn.every((id) => m49GroupOf(id, 'subregion') === undefined)).toBe(true);
    const members = nodes.flatMap((a) => a.group!.members);
    expect(new Set([...drawn, ...members]).size).toBe(register.actors.length);
    expect(scene.legend.group).toBe('subregion');
    // Fewer, coarser groups by region.
    expect(
      buildScene(basis, grouped('region'), 1280, 720).actors.filter((a) => a.group).length,
    ).toBeLessThan(nodes.length);
  });

  it("sums each group edge in its layer's measure and keeps every underlying tie on it", () => {
    const scene = buildScene(basis, grouped('region'), 1280, 720);
    const edges = scene.edges.filter((e) => e.from.startsWith('m49:') && e.to.startsWith('m49:'));
    expect(edges.length).toBeGreaterThan(3);
    const measure = basis.measures.get('arms')!;
    for (const edge of edges) {
      const ties = edge.tieIds.map((id) => tiesById.get(id)!) as Tie[];
      for (const tie of ties) {
        expect(m49GroupOf(tie.from, 'region')).toBe(edge.from.slice(4));
        expect(m49GroupOf(tie.to, 'region')).toBe(edge.to.slice(4));
      }
      const inMeasure = ties.filter((t) => t.figure?.unit === measure.unit);
      const expected = inMeasure.reduce((n, t) => n + (t.figure!.upper ?? t.figure!.value), 0);
      expect(edge.sum!.high).toBeCloseTo(expected, 6);
      expect(edge.sum!.summed + edge.sum!.apart).toBe(ties.length);
      expect(edge.label!.text).toContain('Σ');
    }
    // The largest sum draws widest.
    const widest = edges.reduce((a, b) => (b.width > a.width ? b : a));
    expect(widest.sum!.high).toBe(Math.max(...edges.map((e) => e.sum!.high)));
  });

  it('on a crowded grouped map, the largest sums draw in full and the rest recede', () => {
    const scene = buildScene(basis, grouped('subregion'), 1280, 720);
    const full = scene.edges.filter((e) => e.sum && !e.recede);
    const receded = scene.edges.filter((e) => e.sum && e.recede);
    expect(receded.length).toBeGreaterThan(0);
    const smallestFull = Math.min(...full.map((e) => (e.sum!.summed > 0 ? e.sum!.high : -1)));
    expect(receded.every((e) => (e.sum!.summed > 0 ? e.sum!.high : -1) <= smallestFull)).toBe(true);
  });

  it('draws every visible tie on exactly one edge or inside one group', () => {
    for (const view of [
      grouped('region'),
      grouped('subregion'),
      grouped('subregion', { focus: 'USA' }),
    ]) {
      accountFor(buildScene(basis, view, 1280, 720), view);
    }
  });

  it('keeps the focused actor expanded, with its own edges, and expands a group the reader opens', () => {
    const view = grouped('subregion', { focus: 'USA' });
    const scene = buildScene(basis, view, 1280, 720);
    expect(scene.actors.some((a) => a.id === 'USA' && !a.group)).toBe(true);
    expect(scene.actors.find((a) => a.id === 'm49:021')?.group?.members ?? []).not.toContain('USA');
    expect(scene.edges.some((e) => e.from === 'USA')).toBe(true);
    const expanded = reduce(grouped('subregion'), { type: 'expand-group', code: '145' }, register);
    const open = buildScene(basis, expanded, 1280, 720);
    expect(open.actors.some((a) => a.id === 'm49:145')).toBe(false);
    expect(open.actors.some((a) => a.id === 'TUR' || a.id === 'ISR' || a.id === 'SAU')).toBe(true);
    expect(open.actors.some((a) => a.id === 'm49:151')).toBe(true); // the rest stay grouped
    accountFor(open, expanded);
    // The way back: every group as one again.
    expect(
      reduce(expanded, { type: 'expand-group', code: null }, register).expandedGroups.size,
    ).toBe(0);
  });

  it('opening a group edge highlights all its ties; a grouping is an attribute and a URL key', () => {
    let view = reduce(
      INITIAL_VIEW,
      { type: 'attribute', name: 'group', value: 'region' },
      register,
    );
    expect(view.group).toBe('region');
    const scene = buildScene(basis, view, 1280, 720);
    const edge = scene.edges.find((e) => e.from.startsWith('m49:') && e.to.startsWith('m49:'))!;
    view = reduce(view, { type: 'open-edge', edge: edge.id }, register);
    expect([...view.highlight].sort()).toEqual([...edge.tieIds].sort());
    expect(
      reduce(INITIAL_VIEW, { type: 'attribute', name: 'group', value: 'continent' }, register)
        .group,
    ).toBe('none');
  });

  it('leaves the ungrouped scene as it was', () => {
    const plain = buildScene(basis, INITIAL_VIEW, 1280, 720);
    expect(plain.actors.some((a) => a.group)).toBe(false);
    expect(plain.edges.some((e) => e.sum)).toBe(false);
    expect(plain.legend.group).toBeUndefined();
    expect(buildScene(basis, grouped('none'), 1280, 720)).toEqual(plain);
  });
});
