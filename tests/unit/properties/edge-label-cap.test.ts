/**
 * Property: above MAX_EDGE_LABELS labelled edges, the labels rendered are exactly the
 * MAX_EDGE_LABELS of highest priority (ties at the cut kept by id), in the scene's order: the
 * selection without a sort (edge-labels.ts) keeps what a full sort would keep.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_EDGE_LABELS,
  labelledEdges,
  nthLargest,
} from '../../../src/components/parts/edge-labels.ts';
import type { Scene } from '../../../src/scene/types.ts';
import { LIMIT_MS } from './seed.ts';

type Edge = Scene['edges'][number];

/** What the labels were chosen by before: a full sort by priority, then id. */
function bySort(edges: Edge[]): Edge[] {
  const labelled = edges.filter((e) => e.label !== null);
  if (labelled.length <= MAX_EDGE_LABELS) return labelled;
  const kept = new Set(
    [...labelled]
      .sort((a, b) => b.label!.priority - a.label!.priority || (a.id < b.id ? -1 : 1))
      .slice(0, MAX_EDGE_LABELS),
  );
  return labelled.filter((e) => kept.has(e));
}

const edgesOf = (priorities: (number | null)[]): Edge[] =>
  priorities.map(
    (priority, i) =>
      ({
        id: `e${(i * 7919) % 100003}`,
        label: priority === null ? null : { text: '', priority },
      }) as unknown as Edge,
  );

describe('the edge-label cap', () => {
  it('keeps the labels of highest priority, as a full sort would', () => {
    // Few distinct priorities, so many edges tie at the cut.
    const priority = fc.oneof(
      fc.constant(null),
      fc.constantFrom(0, 1, 1.25, 1.5, 2),
      fc.double({ min: 0, max: 2, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(priority, { minLength: MAX_EDGE_LABELS - 5, maxLength: MAX_EDGE_LABELS * 3 }),
        (priorities) => {
          const edges = edgesOf(priorities);
          const scene = { edges } as unknown as Scene;
          expect(labelledEdges(scene).map((e) => e.id)).toEqual(bySort(edges).map((e) => e.id));
        },
      ),
      { interruptAfterTimeLimit: LIMIT_MS, numRuns: 200 },
    );
  });

  it('over the cap, keeps the highest among the edges in view only', () => {
    const priority = fc.oneof(
      fc.constant(null),
      fc.constantFrom(0, 1, 1.5, 2),
      fc.double({ min: 0, max: 2, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(priority, fc.boolean()), {
          minLength: MAX_EDGE_LABELS - 5,
          maxLength: MAX_EDGE_LABELS * 4,
        }),
        (rows) => {
          const edges = edgesOf(rows.map(([p]) => p));
          const seen = new Set(edges.filter((_, i) => rows[i]![1]).map((e) => e.id));
          const inView = (e: Edge) => seen.has(e.id);
          const labelled = edges.filter((e) => e.label !== null);
          const expected =
            labelled.length <= MAX_EDGE_LABELS ? labelled : bySort(labelled.filter(inView));
          expect(labelledEdges({ edges } as unknown as Scene, inView).map((e) => e.id)).toEqual(
            expected.map((e) => e.id),
          );
        },
      ),
      { interruptAfterTimeLimit: LIMIT_MS, numRuns: 200 },
    );
  });

  it('stays right from one scene to the next under the same view: emphasis changed, labels changed, edges gone', () => {
    const priority = fc.oneof(
      fc.constant(null),
      fc.constantFrom(0, 1, 2),
      fc.double({ min: 0, max: 2, noNaN: true }),
    );
    // Each step: 0 re-emphasises (new edge objects, same labels), 1 gives some edges new labels, 2 drops some edges.
    const step = fc.tuple(
      fc.constantFrom(0, 1, 2),
      fc.array(fc.nat(), { maxLength: 40 }),
      priority,
    );
    // Most edges in view, so the view holds more than the cap and priorities decide.
    const inViewMostly = fc.nat(9).map((n) => n > 1);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(priority, inViewMostly), {
          minLength: MAX_EDGE_LABELS + 1,
          maxLength: MAX_EDGE_LABELS * 3,
        }),
        fc.array(step, { minLength: 1, maxLength: 5 }),
        (rows, steps) => {
          let edges = edgesOf(rows.map(([p]) => p));
          const seen = new Set(edges.filter((_, i) => rows[i]![1]).map((e) => e.id));
          const inView = (e: Edge) => seen.has(e.id);
          const expected = () => {
            const labelled = edges.filter((e) => e.label !== null);
            return labelled.length <= MAX_EDGE_LABELS ? labelled : bySort(labelled.filter(inView));
          };
          expect(labelledEdges({ edges } as unknown as Scene, inView).map((e) => e.id)).toEqual(
            expected().map((e) => e.id),
          );
          for (const [kind, picks, p] of steps) {
            const picked = new Set(picks.map((i) => i % edges.length));
            if (kind === 0) edges = edges.map((e) => ({ ...e, emphasis: 'dim' }));
            else if (kind === 1)
              edges = edges.map((e, i) =>
                picked.has(i)
                  ? ({ ...e, label: p === null ? null : { text: '', priority: p } } as Edge)
                  : e,
              );
            else edges = edges.filter((_, i) => !picked.has(i));
            expect(labelledEdges({ edges } as unknown as Scene, inView).map((e) => e.id)).toEqual(
              expected().map((e) => e.id),
            );
          }
        },
      ),
      { interruptAfterTimeLimit: LIMIT_MS, numRuns: 200 },
    );
  });

  it('finds the k-th largest value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 60 }),
        fc.nat(),
        (values, seed) => {
          const k = seed % values.length;
          expect(nthLargest(Float64Array.from(values), k)).toBe(
            [...values].sort((a, b) => b - a)[k],
          );
        },
      ),
      { interruptAfterTimeLimit: LIMIT_MS },
    );
  });
});
