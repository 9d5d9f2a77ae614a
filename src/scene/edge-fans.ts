/**
 * How the edges at one actor fan out (departure angles at least a minimum apart), and an edge's
 * ends once fanned.
 */
import type { LonLat } from './types.ts';

/** Edges at one actor leave it at least this many degrees apart (fewer when too many to fit). */
export const FAN_MIN_DEGREES = 14;

/**
 * Spreads the departure angles (degrees) at one actor so that neighbours are at least `min` apart,
 * keeping their order and moving them as little as possible (least squares): Jenny et al.'s
 * "spread flows radially around a node". The circle is cut at its widest gap; then, with
 * y_i = x_i − i·min, the spacing constraint is "y non-decreasing", which pool-adjacent-violators
 * solves exactly. Angles already far enough apart do not move.
 */
export function fanAngles(angles: readonly number[], min = FAN_MIN_DEGREES): number[] {
  const n = angles.length;
  if (n < 2) return [...angles];
  const gap = Math.min(min, 360 / n);
  const order = angles
    .map((a, i) => ({ i, a: ((a % 360) + 360) % 360 }))
    .sort((x, y) => x.a - y.a || x.i - y.i);
  // Start after the widest gap, so the cut lies where there is most room.
  let cut = 0;
  let widest = -1;
  for (let k = 0; k < n; k++) {
    const next = k === n - 1 ? order[0]!.a + 360 : order[k + 1]!.a;
    if (next - order[k]!.a > widest) {
      widest = next - order[k]!.a;
      cut = (k + 1) % n;
    }
  }
  const linear = order.map((_, k) => {
    const o = order[(cut + k) % n]!;
    return { i: o.i, a: o.a + (cut + k >= n ? 360 : 0) };
  });
  // Pool adjacent violators on y = a − k·gap.
  const blocks: { sum: number; count: number }[] = [];
  linear.forEach(({ a }, k) => {
    blocks.push({ sum: a - k * gap, count: 1 });
    while (
      blocks.length > 1 &&
      blocks.at(-2)!.sum / blocks.at(-2)!.count > blocks.at(-1)!.sum / blocks.at(-1)!.count
    ) {
      const last = blocks.pop()!;
      blocks.at(-1)!.sum += last.sum;
      blocks.at(-1)!.count += last.count;
    }
  });
  const result = new Array<number>(n);
  let k = 0;
  for (const block of blocks) {
    for (let j = 0; j < block.count; j++, k++) {
      const x = block.sum / block.count + k * gap;
      result[linear[k]!.i] = ((x % 360) + 360) % 360;
    }
  }
  return result;
}

export interface EdgeEnds {
  id: string;
  /** The actors it connects (an edge may pass over its own actors' markers and labels, no other's). */
  fromActor: string;
  toActor: string;
  from: LonLat;
  to: LonLat;
  slot: number;
  canonicalForward: boolean;
}
