/**
 * Property: the actor-label layout, which sums a candidate's overlaps from a grid of the labels
 * placed so far, places every label exactly where the scan over all placed labels placed it
 * (the same costs to the last bit, so the same choices), in crowded and in sparse views.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEEP_PRIORITY, layoutLabels } from '../../../src/scene/label-layout.ts';
import {
  labelCandidates,
  leaderCandidates,
  type LabelBox,
  type PlacedLabel,
} from '../../../src/scene/label-candidates.ts';
import { leaderTo } from '../../../src/scene/leader-lines.ts';
import { LIMIT_MS } from './seed.ts';

function overlap(
  a: { left: number; top: number; width: number; height: number },
  b: typeof a,
): number {
  const dx = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const dy = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return dx > 0 && dy > 0 ? dx * dy : 0;
}

/** The layout as it was before the grid: every candidate's cost summed over every placed label (no land to keep off). */
function byScan(boxes: readonly LabelBox[], viewWidth: number, viewHeight: number): PlacedLabel[] {
  const placed: { left: number; top: number; width: number; height: number }[] = [];
  const result = new Map<string, PlacedLabel>();
  for (const box of [...boxes].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1))) {
    let best: { left: number; top: number; cost: number } | null = null;
    for (const [rawLeft, top] of labelCandidates(box)) {
      const left = Math.min(Math.max(rawLeft, 2), Math.max(2, viewWidth - box.width - 2));
      const rect = { left, top, width: box.width, height: box.height };
      const outside = top < 0 || top + box.height > viewHeight ? box.width * box.height : 0;
      const cost = placed.reduce((sum, other) => sum + overlap(rect, other), 0) + outside;
      if (!best || cost < best.cost) best = { left, top, cost };
      if (cost === 0) break;
    }
    // No free spot near it: the first free spot further out (with a leader line), before giving way.
    let further: { left: number; top: number } | null = null;
    if (best!.cost > 0) {
      for (const [rawLeft, top] of leaderCandidates(box)) {
        const left = Math.min(Math.max(rawLeft, 2), Math.max(2, viewWidth - box.width - 2));
        const rect = { left, top, width: box.width, height: box.height };
        const outside = top < 0 || top + box.height > viewHeight ? box.width * box.height : 0;
        if (placed.reduce((sum, other) => sum + overlap(rect, other), 0) + outside === 0) {
          further = { left, top };
          break;
        }
      }
    }
    if (!further && best!.cost > 0 && box.priority < KEEP_PRIORITY) {
      result.set(box.id, { id: box.id, left: best!.left, top: best!.top, gaveWay: true });
      continue;
    }
    const at = further ?? best!;
    placed.push({ left: at.left, top: at.top, width: box.width, height: box.height });
    // A label placed more than 20 px from its anchor is joined to it by a leader line.
    const leader = leaderTo(
      box,
      { left: at.left, top: at.top, width: box.width, height: box.height },
      false,
    );
    result.set(
      box.id,
      leader
        ? { id: box.id, left: at.left, top: at.top, leader }
        : { id: box.id, left: at.left, top: at.top },
    );
  }
  return boxes.map((b) => result.get(b.id)!);
}

describe('the actor-label layout on a grid', () => {
  it('places every label where the scan over all placed labels did', () => {
    const view = fc.record({
      width: fc.integer({ min: 120, max: 1400 }),
      height: fc.integer({ min: 120, max: 900 }),
    });
    const box = (w: number, h: number) =>
      fc.record({
        x: fc.double({ min: -40, max: w + 40, noNaN: true }),
        y: fc.double({ min: -40, max: h + 40, noNaN: true }),
        width: fc.double({ min: 8, max: 160, noNaN: true }),
        height: fc.constantFrom(16, 22, 24, 31.5),
        beside: fc.boolean(),
        priority: fc.oneof(fc.nat({ max: 30 }), fc.constant(KEEP_PRIORITY)),
      });
    fc.assert(
      fc.property(
        view.chain((v) =>
          fc.tuple(fc.constant(v), fc.array(box(v.width, v.height), { maxLength: 220 })),
        ),
        ([v, raw]) => {
          const boxes = raw.map((b, i) => ({ ...b, id: `a${i}` }));
          expect(layoutLabels(boxes, v.width, v.height)).toEqual(byScan(boxes, v.width, v.height));
        },
      ),
      { interruptAfterTimeLimit: LIMIT_MS, numRuns: 150 },
    );
  });
});
