/** The scene: curves. */
import { describe, expect, it } from 'vitest';
import { BASE_BEND, BEND_STEP, curveBetween } from '../../../src/scene/edge-curves.ts';
import { fromMercator } from '../../../src/scene/mercator.ts';
import { round } from './fixtures.ts';

describe('curves', () => {
  it('puts the control point on the normal of the chord, at the base bend for slot 0', () => {
    const curve = curveBetween([0, 0], [10, 0], 0, true);
    // Chord along +x in Mercator space; the counter-clockwise normal points north.
    expect(round(curve.control)).toEqual(round(fromMercator([5, 10 * BASE_BEND])));
    expect(curve.path[0]).toEqual([0, 0]);
    expect(round(curve.path.at(-1)!)).toEqual([10, 0]);
  });

  it('bends further for each further slot', () => {
    const c1 = curveBetween([0, 0], [10, 0], 1, true);
    expect(round(c1.control)).toEqual(round(fromMercator([5, 10 * (BASE_BEND + BEND_STEP)])));
  });

  it('bends A→B and B→A to the same side of the canonical chord, so their slots do not collide', () => {
    const forward = curveBetween([0, 0], [10, 0], 0, true);
    const backward = curveBetween([10, 0], [0, 0], 1, false);
    expect(forward.control[1]).toBeGreaterThan(0);
    expect(backward.control[1]).toBeGreaterThan(forward.control[1]);
  });

  it('points the direction cue from `from` to `to`', () => {
    expect(Math.round(curveBetween([0, 0], [10, 0], 0, true).arrow.bearing)).toBe(90); // east
    expect(Math.round(curveBetween([10, 0], [0, 0], 0, false).arrow.bearing)).toBe(270); // west
    expect(Math.round(curveBetween([0, 0], [0, 10], 0, true).arrow.bearing)).toBe(0); // north
  });
});
