/** The scene: a hub you can follow. */
import { describe, expect, it } from 'vitest';
import { buildScene, sceneBasis } from '../../../src/scene/build-scene.ts';
import { curvesAt } from '../../../src/scene/scaled-curves.ts';
import { toMercator } from '../../../src/scene/mercator.ts';
import { END_CLIP } from '../../../src/scene/edges.ts';
import { ARRIVAL_MIN_DEGREES } from '../../../src/scene/arrival-rings.ts';
import { FAN_MIN_DEGREES, fanAngles } from '../../../src/scene/edge-fans.ts';
import type { LonLat } from '../../../src/scene/types.ts';
import { INITIAL_VIEW } from '../../../src/state/view-state.ts';
import { PLACES, tie, dataset } from './fixtures.ts';

describe('a hub you can follow', () => {
  const hub = [
    tie('e1', 'AZE', 'ISR', 'energy', { figure: { value: 60, unit: '%' } }),
    tie('a1', 'ISR', 'AZE', 'arms', { figure: { value: 20, unit: '%' } }),
    tie('d1', 'ISR', 'AZE', 'diplomatic'),
    tie('d2', 'ISF', 'AZE', 'diplomatic', { status: 'planned' }),
    tie('d3', 'IRN', 'AZE', 'diplomatic'),
  ];
  const scene = buildScene(sceneBasis(dataset(hub), PLACES), INITIAL_VIEW);
  const angle = (from: LonLat, to: LonLat) => {
    const [x0, y0] = toMercator(from);
    const [x1, y1] = toMercator(to);
    return (Math.atan2(y1 - y0, x1 - x0) * 180) / Math.PI;
  };

  it('spreads the edges leaving a shared actor at least FAN_MIN_DEGREES apart, and its arrivals ARRIVAL_MIN_DEGREES apart', () => {
    // Israel and the force's point lie in nearly the same direction from Azerbaijan.
    const aze = PLACES.AZE!.label as LonLat;
    const spaced = (points: LonLat[], min: number) => {
      const angles = points.map((p) => angle(aze, p)).sort((a, b) => a - b);
      for (let i = 1; i < angles.length; i++)
        expect(angles[i]! - angles[i - 1]!).toBeGreaterThanOrEqual(min - 0.01);
    };
    spaced(
      scene.edges.filter((e) => e.from === 'AZE').map((e) => e.path[0]!),
      FAN_MIN_DEGREES,
    );
    // Four edges arrive at Azerbaijan: four slots round it, one arrowhead each.
    const arrivals = scene.edges.filter((e) => e.to === 'AZE').map((e) => e.arrow.at);
    expect(arrivals.length).toBe(4);
    spaced(arrivals, ARRIVAL_MIN_DEGREES);
    expect(fanAngles([10, 10, 10])).toEqual([360 + 10 - FAN_MIN_DEGREES, 10, 10 + FAN_MIN_DEGREES]);
    expect(fanAngles([0, 90, 180])).toEqual([0, 90, 180]);
  });

  it("puts the arrowhead at the recipient's end, in a slot outside its marker, pointing at it", () => {
    const arms = scene.edges.find((e) => e.id === 'ISR>AZE:arms')!;
    expect(arms.arrow.at).toEqual(arms.path.at(-1));
    const [ax, ay] = toMercator(PLACES.AZE!.label as LonLat);
    const [tx, ty] = toMercator(arms.arrow.at);
    // At least END_CLIP of the frame's larger side short of the anchor: by the marker, not on it.
    const { frame } = sceneBasis(dataset(hub), PLACES).layout;
    const span = Math.max(
      toMercator(frame[1])[0] - toMercator(frame[0])[0],
      toMercator(frame[1])[1] - toMercator(frame[0])[1],
    );
    expect(Math.hypot(ax - tx, ay - ty)).toBeGreaterThanOrEqual(END_CLIP * span - 1e-9);
    const towards = (Math.atan2(ax - tx, ay - ty) * 180) / Math.PI;
    expect(Math.abs(((((arms.arrow.bearing - towards) % 360) + 540) % 360) - 180)).toBeLessThan(1);
  });

  it('places the arrival rings for the scale the map is drawn at, once per ×1.25 step', () => {
    const basis = sceneBasis(dataset(hub), PLACES);
    const [ax, ay] = toMercator(PLACES.AZE!.label as LonLat);
    // The arms edge's arrowhead, in CSS px from Azerbaijan's anchor, on a map drawn at `scale` px per Mercator degree.
    const px = (scale: number) => {
      const [tx, ty] = toMercator(curvesAt(basis, scale).get('ISR>AZE:arms')!.arrow.at);
      return Math.hypot(ax - tx, ay - ty) * scale;
    };
    const small = basis.arrivalScale;
    // Four times the smallest map's scale: the arrowhead ends about as many px out, not four times as many.
    expect(px(small * 4)).toBeLessThan(px(small) * 1.3);
    // A pan, or a zoom within one step, recomputes nothing; a smaller map keeps the smallest map's rings.
    expect(curvesAt(basis, small * 4)).toBe(curvesAt(basis, small * 4.2));
    expect(curvesAt(basis, small * 0.5)).toBe(basis.curves);
  });

  it('draws wide edges first, and an emphasised edge last, on top', () => {
    expect(scene.edges.map((e) => e.width)).toEqual(
      [...scene.edges.map((e) => e.width)].sort((a, b) => b - a),
    );
    const hovered = buildScene(sceneBasis(dataset(hub), PLACES), {
      ...INITIAL_VIEW,
      highlight: new Set(['d3']),
    });
    expect(hovered.edges.at(-1)!.id).toBe('IRN>AZE:diplomatic');
  });

  it('marks an edge whose ties are all planned or potential as tentative', () => {
    expect(scene.edges.find((e) => e.id === 'ISF>AZE:diplomatic')!.tentative).toBe(true);
    expect(scene.edges.find((e) => e.id === 'ISR>AZE:diplomatic')!.tentative).toBe(false);
  });
});
