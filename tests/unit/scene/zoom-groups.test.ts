/**
 * Groups that open as the reader zooms in (scene/zoom-groups.ts): on a register grouped by region,
 * the world view stays grouped; zoomed in on a continent, its group opens (its actors drawn
 * themselves) and closes again at the world view; a group the reader expanded by click stays; the
 * URL does not carry what the zoom opened.
 */
import { describe, expect, it } from 'vitest';
import { sipriLikeDataset } from '../../../bench/sipri-like.ts';
import type { Bounds } from '../../../src/data/types.ts';
import { places } from '../../../src/geo/places.ts';
import { FRAME_PADDING } from '../../../src/render/renderer.ts';
import { fitCamera, projectPoint } from '../../../src/render/svg/camera.ts';
import { buildScene, sceneBasis } from '../../../src/scene/build-scene.ts';
import { fitScale } from '../../../src/scene/scene-geometry.ts';
import type { LonLat, Scene } from '../../../src/scene/types.ts';
import {
  groupBoxes,
  groupsOpenAt,
  OPEN_SHARE,
  type GroupCamera,
} from '../../../src/scene/zoom-groups.ts';
import { reduce, spell } from '../../../src/state/reduce.ts';
import { INITIAL_VIEW, type ViewState } from '../../../src/state/view-state.ts';

const register = sipriLikeDataset();
const basis = sceneBasis(register, places);
const W = 1280;
const H = 720;
const EUROPE = '150';

function cameraAt(bounds: Bounds, scene: Scene): GroupCamera {
  const camera = fitCamera(bounds, W, H, FRAME_PADDING);
  return {
    project: (p) => projectPoint(camera, W, H, p),
    width: W,
    height: H,
    frameScale: fitScale(scene.frame, W, H, FRAME_PADDING),
  };
}

const byRegion: ViewState = { ...INITIAL_VIEW, group: 'region' };
const europe: Bounds = [
  [-10, 36],
  [30, 60],
];

describe('groups that open on zoom', { timeout: 120_000 }, () => {
  it('a world view of the grouped register opens nothing, though the Americas span most of its height', () => {
    const scene = buildScene(basis, byRegion, W, H);
    const boxes = groupBoxes(scene.actors, 'region', null);
    expect([...boxes.keys()].sort()).toEqual(['002', '009', '019', '142', '150']);
    const world = cameraAt(scene.frame, scene);
    const [sw, ne] = boxes.get('019')!;
    expect(Math.abs(world.project(ne).y - world.project(sw).y)).toBeGreaterThan(OPEN_SHARE * H);
    expect(groupsOpenAt(boxes, world, new Set())).toEqual([]);
  });

  it('zoomed in on Europe, Europe opens and its actors draw themselves; back at the world view it is one node again', () => {
    const scene = buildScene(basis, byRegion, W, H);
    const opened = groupsOpenAt(
      groupBoxes(scene.actors, 'region', null),
      cameraAt(europe, scene),
      new Set(),
    );
    expect(opened).toContain(EUROPE);
    // Oceania, far out of view, stays grouped.
    expect(opened).not.toContain('009');

    const zoomed = reduce(byRegion, { type: 'zoom-groups', codes: opened }, register);
    const inEurope = buildScene(basis, zoomed, W, H);
    expect(inEurope.actors.some((a) => a.id === `m49:${EUROPE}`)).toBe(false);
    expect(inEurope.actors.some((a) => a.id === 'FRA' || a.id === 'DEU' || a.id === 'GBR')).toBe(
      true,
    );
    // Measured again in the opened scene: Europe stays open (its actors' box is the same).
    const boxes = groupBoxes(inEurope.actors, 'region', null);
    expect(groupsOpenAt(boxes, cameraAt(europe, inEurope), zoomed.zoomedGroups)).toEqual(opened);
    // Zoomed back out: every group closes.
    const back = groupsOpenAt(boxes, cameraAt(inEurope.frame, inEurope), zoomed.zoomedGroups);
    expect(back).toEqual([]);
    const closed = reduce(zoomed, { type: 'zoom-groups', codes: back }, register);
    expect(buildScene(basis, closed, W, H).actors.some((a) => a.id === `m49:${EUROPE}`)).toBe(true);
  });

  it('opens at 40% of the shorter side and closes under 30%, only zoomed in 2× (closing under 1.5×), only in view', () => {
    const box: [LonLat, LonLat] = [
      [0, 0],
      [10, 0],
    ];
    const boxes = new Map([['x', box]]);
    // A linear camera: `px` CSS px per degree, the box's west end at `left`.
    const at = (px: number, frameScale = px / 2, left = 100): GroupCamera => ({
      project: ([lon, lat]) => ({ x: left + lon * px, y: 300 - lat * px }),
      width: 1000,
      height: 600,
      frameScale,
    });
    expect(groupsOpenAt(boxes, at(25), new Set())).toEqual(['x']); // 250 px > 240
    expect(groupsOpenAt(boxes, at(23), new Set())).toEqual([]); // 230 px
    expect(groupsOpenAt(boxes, at(23), new Set(['x']))).toEqual(['x']); // stays open over 180 px
    expect(groupsOpenAt(boxes, at(17), new Set(['x']))).toEqual([]);
    // Not zoomed in enough from the default frame.
    expect(groupsOpenAt(boxes, at(25, 25 / 1.9), new Set())).toEqual([]);
    expect(groupsOpenAt(boxes, at(25, 25 / 1.6), new Set(['x']))).toEqual(['x']);
    expect(groupsOpenAt(boxes, at(25, 25 / 1.4), new Set(['x']))).toEqual([]);
    // Out of view.
    expect(groupsOpenAt(boxes, at(25, 12.5, 1200), new Set())).toEqual([]);
  });

  it("a group the reader expanded by click stays open whatever the zoom; the URL keeps only the click's", () => {
    let view = reduce(byRegion, { type: 'expand-group', code: '002' }, register);
    view = reduce(view, { type: 'zoom-groups', codes: [EUROPE] }, register);
    expect(spell(view).expand).toBe('002');
    view = reduce(view, { type: 'zoom-groups', codes: [] }, register);
    const scene = buildScene(basis, view, W, H);
    expect(scene.actors.some((a) => a.id === 'm49:002')).toBe(false);
    expect(scene.actors.some((a) => a.id === `m49:${EUROPE}`)).toBe(true);
    // Another grouping starts again from every group as one.
    view = reduce(view, { type: 'zoom-groups', codes: [EUROPE] }, register);
    const subregions = reduce(
      view,
      { type: 'attribute', name: 'group', value: 'subregion' },
      register,
    );
    expect(subregions.zoomedGroups.size).toBe(0);
    expect(subregions.expandedGroups.size).toBe(0);
  });

  it("the open card of a group edge closes when one of its groups opens; another's stays", () => {
    const scene = buildScene(basis, byRegion, W, H);
    const intoEurope = scene.edges.find(
      (e) => e.to === `m49:${EUROPE}` && e.from.startsWith('m49:'),
    )!;
    const elsewhere = scene.edges.find(
      (e) =>
        e.from.startsWith('m49:') &&
        e.to.startsWith('m49:') &&
        e.from !== `m49:${EUROPE}` &&
        e.to !== `m49:${EUROPE}`,
    )!;
    let view = reduce(byRegion, { type: 'open-edge', edge: intoEurope.id }, register);
    expect(reduce(view, { type: 'zoom-groups', codes: [EUROPE] }, register).openEdge).toBeNull();
    view = reduce(byRegion, { type: 'open-edge', edge: elsewhere.id }, register);
    expect(reduce(view, { type: 'zoom-groups', codes: [EUROPE] }, register).openEdge).toBe(
      elsewhere.id,
    );
    // The same groups again change nothing.
    expect(reduce(byRegion, { type: 'zoom-groups', codes: [] }, register).zoomedGroups).toBe(
      byRegion.zoomedGroups,
    );
  });
});
