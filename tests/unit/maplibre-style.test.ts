/**
 * The WebGL picture reads edge-look.ts (DESIGN.md: "no renderer re-derives it"): the style has no
 * edge layer of its own (the GPU edge layer draws every edge, from edge-look's numbers), and the
 * margin strips lie under the edges.
 */
import { describe, expect, it } from 'vitest';
import { edgeLook } from '../../src/render/edge-look.ts';
import {
  EdgeInstances,
  LOOK_FLOATS,
  STATE_BYTES,
} from '../../src/render/maplibre/gpu-edges/instances.ts';
import { buildStyle, EDGES_BEFORE } from '../../src/render/maplibre/style.ts';
import type { MapPalette } from '../../src/render/renderer.ts';
import { curveBetween } from '../../src/scene/edge-curves.ts';
import type { SceneEdge } from '../../src/scene/types.ts';

const palette: MapPalette = {
  sea: '#000001',
  land: '#000002',
  actorLand: '#000003',
  focusLand: '#000004',
  border: '#000005',
  actorBorder: '#000006',
  halo: '#000007',
  marker: '#000008',
};
const style = buildStyle(
  {
    type: 'FeatureCollection',
    features: [],
    worldview: 'de-facto',
    marks: { areas: { type: 'FeatureCollection', features: [] }, notes: [] },
  },
  palette,
);

describe('the MapLibre picture reads edge-look.ts', () => {
  it('keeps no edge layer in the style: the GPU layer draws every edge', () => {
    expect(
      style.layers.filter(
        (l) => l.id.startsWith('edge') || ('source' in l && l.source === 'edges'),
      ),
    ).toEqual([]);
  });

  it("draws a planned or potential edge dotted and lighter, with edge-look's dash and opacity", () => {
    const curve = curveBetween([10, 40], [30, 45], 0, true);
    const edge: SceneEdge = {
      id: 'A>B:energy',
      from: 'A',
      to: 'B',
      layer: 'energy',
      colour: '#E69F00',
      tieIds: ['t'],
      stance: 'cooperative',
      quantified: true,
      tentative: true,
      label: null,
      width: 4,
      control: curve.control,
      path: curve.path,
      arrow: curve.arrow,
      emphasis: 'normal',
    };
    const instances = new EdgeInstances();
    instances.update({
      actors: [],
      edges: [edge],
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
        hasTentative: true,
        borders: { worldview: 'de-facto', areas: [] },
      },
    });
    const look = edgeLook(edge);
    expect(look.kind).toBe('dotted');
    const floats = [...instances.look.subarray(0, LOOK_FLOATS)];
    expect(floats[3]).toBeCloseTo(look.dash![0], 5);
    expect(floats[4]).toBeCloseTo(look.dash![1], 5);
    expect(instances.state[1]! / 255).toBeCloseTo(look.opacity, 1);
    expect(STATE_BYTES).toBe(4);
  });

  it('draws the margin strips under every edge', () => {
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf('margins')).toBeGreaterThan(ids.indexOf('land'));
    expect(ids.indexOf('margins')).toBeLessThan(ids.indexOf(EDGES_BEFORE));
  });
});
