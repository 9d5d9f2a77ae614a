/**
 * A large dataset's scene geometry prepared in slices (components/loaders/prepare-scene.ts) is the one
 * computed at once, gives the same scenes, and is dropped when its input goes stale.
 */
import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../bench/synthetic.ts';
import {
  geometryOf,
  needsPreparing,
  prepareGeometry,
} from '../../src/components/loaders/prepare-scene.ts';
import { places } from '../../src/geo/places.ts';
import { buildScene, sceneBasis } from '../../src/scene/build-scene.ts';
import { sceneGeometry } from '../../src/scene/scene-geometry.ts';
import { groupTies } from '../../src/scene/edge-groups.ts';
import { INITIAL_VIEW } from '../../src/state/reduce.ts';
import { visibleTies } from '../../src/state/view-state.ts';

describe('prepareGeometry', () => {
  it('gives the event loop turns and keeps the geometry sceneGeometry computes at once', async () => {
    const dataset = syntheticDataset(6000, 120, 9);
    expect(needsPreparing(dataset)).toBe(true);
    let turns = 0;
    expect(await prepareGeometry(dataset, () => (turns++, false))).toBe(true);
    expect(turns).toBeGreaterThan(0);
    expect(needsPreparing(dataset)).toBe(false);
    const prepared = geometryOf(dataset);
    const direct = sceneGeometry(dataset, places);
    expect(prepared.groups.map((g) => g.id)).toEqual(direct.groups.map((g) => g.id));
    const toggled = { ...INITIAL_VIEW, layers: new Set(['arms']), focus: dataset.actors[0]!.id };
    for (const view of [INITIAL_VIEW, toggled]) {
      expect(JSON.stringify(buildScene(sceneBasis(dataset, places, {}, prepared), view))).toBe(
        JSON.stringify(buildScene(sceneBasis(dataset, places), view)),
      );
    }
  }, 30_000);

  // Issue 16: a fetched dataset of any size is parsed and validated in one task, its geometry
  // computed in later ones, so neither adds to the other's long task.
  it("computes even a small dataset's geometry after the task that asks for it", async () => {
    const dataset = syntheticDataset(40, 20, 11);
    expect(needsPreparing(dataset, 0)).toBe(true);
    const prepared = prepareGeometry(dataset, () => false);
    expect(needsPreparing(dataset, 0)).toBe(true);
    expect(await prepared).toBe(true);
    expect(needsPreparing(dataset, 0)).toBe(false);
  });

  it('stops and keeps nothing once its input is stale', async () => {
    const dataset = syntheticDataset(6000, 120, 10);
    expect(await prepareGeometry(dataset, () => true)).toBe(false);
    expect(needsPreparing(dataset)).toBe(true);
  });
});

describe('buildScene at scale', () => {
  it('groups the visible ties as groupTies would: the same edges with the same ties', () => {
    const dataset = syntheticDataset(3000, 60, 4);
    const basis = sceneBasis(dataset, places);
    const dates = [
      ...new Set(dataset.ties.map((t) => t.when?.from).filter((d): d is string => d !== undefined)),
    ].sort();
    const views = [
      INITIAL_VIEW,
      { ...INITIAL_VIEW, layers: new Set(['energy', 'diplomatic']) },
      // An as-of date hides some of an edge's ties: the edge then holds only the visible ones.
      { ...INITIAL_VIEW, asOf: dates[Math.floor(dates.length / 2)]! },
      { ...INITIAL_VIEW, layers: new Set(['arms']), asOf: dates[Math.floor(dates.length / 3)]! },
    ];
    for (const view of views) {
      const expected = groupTies(visibleTies(dataset, view)).map((g) => [
        g.id,
        g.ties.map((t) => t.id),
      ]);
      // The scene lists edges in draw order (wide first); compared by edge id.
      const byId = (a: (string | string[])[], b: (string | string[])[]) => (a[0]! < b[0]! ? -1 : 1);
      expect(
        buildScene(basis, view)
          .edges.map((e) => [e.id, e.tieIds])
          .sort(byId),
      ).toEqual(expected.sort(byId));
    }
  });
});
