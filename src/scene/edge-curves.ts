/**
 * An edge's curve: a quadratic Bézier in Web Mercator space, bending to the side its pair's
 * canonical order picks, with growing curvature so parallel edges nest.
 */
import { fromMercator, toMercator } from './mercator.ts';
import type { LonLat } from './types.ts';

/** Curvature of the first edge of a pair (control point offset / chord length), then per extra edge. */
export const BASE_BEND = 0.16;

export const BEND_STEP = 0.14;

export const CURVE_SAMPLES = 32;

export interface Curve {
  control: LonLat;
  path: LonLat[];
  arrow: { at: LonLat; bearing: number };
}

/**
 * The curve from `a` to `b` for the given slot. `canonicalForward` says whether a→b runs in the
 * pair's canonical order; the bend side is taken from the canonical direction.
 */
export function curveBetween(a: LonLat, b: LonLat, slot: number, canonicalForward: boolean): Curve {
  const p0 = toMercator(a);
  const p2 = toMercator(b);
  const dx = p2[0] - p0[0];
  const dy = p2[1] - p0[1];
  // Normal to the canonical chord (rotated 90° counter-clockwise), whatever this edge's direction.
  const sign = canonicalForward ? 1 : -1;
  const nx = -dy * sign;
  const ny = dx * sign;
  const bend = BASE_BEND + BEND_STEP * slot;
  const p1: [number, number] = [(p0[0] + p2[0]) / 2 + nx * bend, (p0[1] + p2[1]) / 2 + ny * bend];

  const path: LonLat[] = [];
  for (let i = 0; i <= CURVE_SAMPLES; i++) {
    path.push(fromMercator(bezier(p0, p1, p2, i / CURVE_SAMPLES)));
  }
  // The direction cue sits at the curve's middle, pointing along its tangent.
  const mid = bezier(p0, p1, p2, 0.5);
  const tangent = [p2[0] - p0[0], p2[1] - p0[1]]; // B'(0.5) is parallel to the chord for a quadratic
  const bearing = ((Math.atan2(tangent[0]!, tangent[1]!) * 180) / Math.PI + 360) % 360;
  return { control: fromMercator(p1), path, arrow: { at: fromMercator(mid), bearing } };
}

export function bezier(
  p0: [number, number],
  p1: [number, number],
  p2: [number, number],
  t: number,
): [number, number] {
  const u = 1 - t;
  return [
    u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0],
    u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1],
  ];
}

export function isCanonicalForward(from: string, to: string): boolean {
  return from < to;
}
