/**
 * The CPU side of the GPU edge layer (render/maplibre/gpu-edges/): what each scene change writes
 * to the instance arrays, where the pointer finds an edge, and colours as bytes.
 */
import { describe, expect, it } from 'vitest';
import { parseColour } from '../../src/render/maplibre/gpu-edges/colour.ts';
import {
  EdgeInstances,
  GEOMETRY_FLOATS,
  LOOK_FLOATS,
  mercatorUnit,
  STATE_BYTES,
} from '../../src/render/maplibre/gpu-edges/instances.ts';
import { PickGrid } from '../../src/render/maplibre/gpu-edges/picking.ts';
import { curveBetween } from '../../src/scene/edge-curves.ts';
import type { LonLat, Scene, SceneEdge } from '../../src/scene/types.ts';

function edge(id: string, a: LonLat, b: LonLat, extra: Partial<SceneEdge> = {}): SceneEdge {
  const curve = curveBetween(a, b, 0, true);
  return {
    id,
    from: id.split('>')[0]!,
    to: 'X',
    layer: 'arms',
    colour: '#0072B2',
    tieIds: [id],
    stance: 'cooperative',
    quantified: true,
    tentative: false,
    label: null,
    width: 4,
    control: curve.control,
    path: curve.path,
    arrow: curve.arrow,
    emphasis: 'normal',
    ...extra,
  };
}

const scene = (edges: SceneEdge[]): Scene => ({
  actors: [],
  edges,
  frame: [
    [0, 0],
    [1, 1],
  ],
  margins: [],
  legend: {
    title: '',
    dataAsOf: null,
    layers: [],
    widths: [],
    hasUnquantified: false,
    hasAdversarial: false,
    hasTentative: false,
    borders: { worldview: 'de-facto', areas: [] },
  },
});

const A = edge('A>X:arms', [10, 40], [30, 45]);
const B = edge('B>X:arms', [10, 30], [30, 30], {
  colour: '#E69F00',
  quantified: false,
  width: 1.25,
});
const C = edge('C>X:arms', [0, 50], [20, 20], { stance: 'adversarial', width: 6 });

describe('edge instances', () => {
  it('writes anchors and control point relative to an origin at the centre of the first scene', () => {
    const instances = new EdgeInstances();
    instances.update(scene([A, B]));
    const [x0, y0] = mercatorUnit([10, 40]);
    const [west, south] = mercatorUnit([10, 30]);
    const [east, north] = mercatorUnit([30, 45]);
    expect(instances.origin[0]).toBeCloseTo((west + east) / 2, 12);
    expect(instances.origin[1]).toBeCloseTo((north + south) / 2, 12);
    expect(instances.geometry[0]! + instances.origin[0]).toBeCloseTo(x0, 6);
    expect(instances.geometry[1]! + instances.origin[1]).toBeCloseTo(y0, 6);
    // Mercator 0..1 as MapLibre has it: the north-west corner is (0, 0), the equator y = 0.5.
    expect(mercatorUnit([-180, 0])).toEqual([0, 0.5]);
  });

  it('takes the look from edge-look: solid width, dash lengths, rails, halo, cue and colour bytes', () => {
    const instances = new EdgeInstances();
    instances.update(scene([A, B, C]));
    const look = (slot: number) =>
      [...instances.look.subarray(slot * LOOK_FLOATS, (slot + 1) * LOOK_FLOATS)].map(
        (v) => +v.toFixed(3),
      );
    expect(look(0)).toEqual([4, 0, 0, 0, 0, 7, expect.any(Number), 0]);
    expect(look(1).slice(0, 6)).toEqual([1.25, 0, 0, 5, 3.75, 4.25]);
    expect(look(2).slice(0, 3)).toEqual([0, 1.6, 4]);
    expect(look(2)[7]).toBe(1);
    expect([...instances.colour.subarray(4, 8)]).toEqual([0xe6, 0x9f, 0x00, 255]);
  });

  it('hides an edge a toggle takes away by its state bytes alone, and shows it again the same way', () => {
    const instances = new EdgeInstances();
    instances.update(scene([A, B, C]));
    for (const dirty of [instances.dirtyGeometry, instances.dirtyLook, instances.dirtyState])
      dirty.clear();
    instances.resized = false;
    expect(instances.update(scene([A, C]))).toBe(true);
    expect(instances.dirtyGeometry.empty).toBe(true);
    expect(instances.dirtyLook.empty).toBe(true);
    expect([instances.dirtyState.start, instances.dirtyState.end]).toEqual([1, 2]);
    expect(instances.visible(1)).toBe(false);
    expect(instances.update(scene([A, C]))).toBe(false);
    instances.update(scene([A, B, C]));
    expect(instances.visible(1)).toBe(true);
    expect(instances.dirtyGeometry.empty).toBe(true);
    expect(instances.resized).toBe(false);
  });

  it('dims by opacity bytes on focus, and rewrites the look only of an edge whose width changed', () => {
    const instances = new EdgeInstances();
    instances.update(scene([A, B]));
    for (const dirty of [instances.dirtyGeometry, instances.dirtyLook, instances.dirtyState])
      dirty.clear();
    instances.update(
      scene([
        { ...A, emphasis: 'dim' },
        { ...B, width: 3, quantified: true },
      ]),
    );
    expect([...instances.state.subarray(0, STATE_BYTES)].slice(0, 3)).toEqual([
      255,
      Math.round(0.15 * 255),
      Math.round(0.1 * 255),
    ]);
    expect([instances.dirtyLook.start, instances.dirtyLook.end]).toEqual([1, 2]);
    expect(instances.dirtyGeometry.empty).toBe(true);
  });

  it('rewrites the geometry of an edge whose arrow alone turned, and the look of one whose colour alone changed', () => {
    const instances = new EdgeInstances();
    instances.update(scene([A, B]));
    for (const dirty of [instances.dirtyGeometry, instances.dirtyLook, instances.dirtyState])
      dirty.clear();
    expect(
      instances.update(
        scene([
          { ...A, arrow: { ...A.arrow, bearing: A.arrow.bearing + 90 } },
          { ...B, colour: '#009E73' },
        ]),
      ),
    ).toBe(true);
    expect([instances.dirtyGeometry.start, instances.dirtyGeometry.end]).toEqual([0, 1]);
    expect([instances.dirtyLook.start, instances.dirtyLook.end]).toEqual([1, 2]);
    expect([...instances.colour.subarray(4, 8)]).toEqual([0x00, 0x9e, 0x73, 255]);
    // The cue's direction (a unit Mercator vector) turned a quarter.
    const direction = (i: number) => [
      instances.geometry[i * GEOMETRY_FLOATS + 8]!,
      instances.geometry[i * GEOMETRY_FLOATS + 9]!,
    ];
    const bearing = (A.arrow.bearing * Math.PI) / 180;
    expect(direction(0)[0]).toBeCloseTo(Math.cos(bearing), 6);
    expect(direction(0)[1]).toBeCloseTo(Math.sin(bearing), 6);
  });

  it('grows by reallocating (a whole upload), and starts again for a new dataset', () => {
    const instances = new EdgeInstances();
    const many = Array.from({ length: 100 }, (_, i) =>
      edge(`E${i}>X:arms`, [i / 10, 0], [i / 10 + 5, 10]),
    );
    instances.update(scene(many.slice(0, 10)));
    expect(instances.capacity).toBe(64);
    instances.resized = false;
    instances.update(scene(many));
    expect(instances.capacity).toBe(128);
    expect(instances.resized).toBe(true);
    expect(instances.geometry.length).toBe(128 * GEOMETRY_FLOATS);
    instances.update(scene([B, A]));
    expect(instances.count).toBe(2);
    expect(instances.ids).toEqual([B.id, A.id]);
    // The reused slots hold the new edges' look, not what the old dataset left in them.
    expect([...instances.colour.subarray(0, 4)]).toEqual([0xe6, 0x9f, 0x00, 255]);
    expect(instances.look[0]).toBeCloseTo(1.25, 6);
  });
});

describe('picking', () => {
  const worldSize = 512 * 2 ** 4;
  const at = (p: LonLat) => mercatorUnit(p);

  it('finds the edge whose curve passes under the pointer, within its hit width, and only visible ones', () => {
    const instances = new EdgeInstances();
    instances.update(scene([A, B]));
    const grid = new PickGrid(instances);
    const onB = at(B.path[10]!);
    expect(grid.pick(onB[0], onB[1], worldSize)).toBe(B.id);
    // 6 px off the curve: inside the 14 px hit width; 9 px: outside.
    expect(grid.pick(onB[0], onB[1] + 6 / worldSize, worldSize)).toBe(B.id);
    expect(grid.pick(onB[0], onB[1] + 9 / worldSize, worldSize)).toBeNull();
    instances.update(scene([A]));
    expect(grid.pick(onB[0], onB[1], worldSize)).toBeNull();
  });

  it('prefers the nearer of two overlapping edges', () => {
    const near = edge('N>X:arms', [10, 30], [30, 30]);
    const far = edge('F>X:arms', [10, 30.05], [30, 30.05]);
    const instances = new EdgeInstances();
    instances.update(scene([near, far]));
    const onNear = at(near.path[16]!);
    expect(new PickGrid(instances).pick(onNear[0], onNear[1], worldSize)).toBe(near.id);
  });
});

describe('colours as bytes', () => {
  it('reads hex and rgb() forms, and falls back to grey', () => {
    expect(parseColour('#0072B2')).toEqual([0, 0x72, 0xb2, 255]);
    expect(parseColour('#fff')).toEqual([255, 255, 255, 255]);
    expect(parseColour('#11223380')).toEqual([0x11, 0x22, 0x33, 0x80]);
    expect(parseColour('rgb(22, 25, 29)')).toEqual([22, 25, 29, 255]);
    expect(parseColour('rgba(255 255 255 / 50%)')).toEqual([255, 255, 255, 128]);
    expect(parseColour('rgba(0, 0, 0, 0.5)')).toEqual([0, 0, 0, 128]);
    expect(parseColour('teal')).toEqual([128, 128, 128, 255]);
  });
});
