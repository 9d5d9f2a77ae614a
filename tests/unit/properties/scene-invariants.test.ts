/**
 * Property tests of the scene (src/scene/) on arbitrary valid datasets and views: what a reader sees
 * on the map keeps DESIGN.md's promises whatever the data. Visibility is recomputed here from
 * DESIGN.md's rule, not taken from src/state/, so a wrong filter cannot agree with itself.
 * About 2 s on a 2-core machine.
 */
import fc from 'fast-check';
import { LIMIT_MS } from './seed.ts';
import { describe, expect, it } from 'vitest';
import { periodEnd, periodStart } from '../../../src/data/dates.ts';
import { parseDataset, type Dataset, type Tie } from '../../../src/data/index.ts';
import { places } from '../../../src/geo/places.ts';
import { buildScene, sceneBasis } from '../../../src/scene/build-scene.ts';
import type { Scene } from '../../../src/scene/types.ts';
import { MAX_WIDTH, MIN_WIDTH, UNQUANTIFIED_WIDTH } from '../../../src/scene/widths.ts';
import type { SceneView } from '../../../src/state/view-state.ts';
import { isoDate, validDataset } from '../../arbitraries/datasets.ts';

const RUNS = 1000;

function parsed(json: unknown): Dataset {
  const result = parseDataset(json);
  // The generator must only make valid datasets; say which rule it broke if not.
  expect(result.errors).toEqual([]);
  return result.dataset!;
}

/** A dataset with a view over it: some layers or all, a focus, an as-of date, highlighted ties. */
const datasetAndView = validDataset.chain((json) => {
  const dataset = parsed(json);
  const layerIds = dataset.layers.map((l) => l.id);
  const view: fc.Arbitrary<SceneView> = fc.record({
    layers: fc.option(
      fc.subarray(layerIds).map((ids) => new Set(ids)),
      { nil: null },
    ),
    focus: fc.option(fc.constantFrom('nobody', ...dataset.actors.map((a) => a.id)), { nil: null }),
    asOf: fc.option(isoDate, { nil: null }),
    highlight: fc.subarray(dataset.ties.map((t) => t.id)).map((ids) => new Set(ids)),
  });
  return fc.tuple(fc.constant(dataset), view);
});

/** DESIGN.md: a tie shows when its layer is visible, it started by the as-of date and has not ended by then. */
function shows(tie: Tie, view: SceneView): boolean {
  if (view.layers !== null && !view.layers.has(tie.layer)) return false;
  if (view.asOf === null) return true;
  if (tie.when?.from !== undefined && periodStart(tie.when.from) > periodEnd(view.asOf))
    return false;
  return tie.ended === undefined || periodEnd(tie.ended) >= periodStart(view.asOf);
}

const tiesOnMap = (scene: Scene): string[] => scene.edges.flatMap((e) => e.tieIds).sort();

describe('the scene on arbitrary valid datasets', { timeout: LIMIT_MS }, () => {
  it('draws every visible tie in exactly one edge, between its own actors in its own layer', () => {
    fc.assert(
      fc.property(datasetAndView, ([dataset, view]) => {
        const scene = buildScene(sceneBasis(dataset, places), view);
        const visible = dataset.ties.filter((t) => shows(t, view));
        expect(tiesOnMap(scene)).toEqual(visible.map((t) => t.id).sort());
        const byId = new Map(dataset.ties.map((t) => [t.id, t]));
        expect(new Set(scene.edges.map((e) => e.id)).size).toBe(scene.edges.length);
        for (const edge of scene.edges) {
          for (const id of edge.tieIds) {
            const tie = byId.get(id)!;
            expect([tie.from, tie.to, tie.layer]).toEqual([edge.from, edge.to, edge.layer]);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("keeps every width finite and within widths.ts's range, on the map and in the legend", () => {
    fc.assert(
      fc.property(datasetAndView, ([dataset, view]) => {
        const scene = buildScene(sceneBasis(dataset, places), view);
        for (const edge of scene.edges) {
          if (edge.quantified) {
            expect(edge.width).toBeGreaterThanOrEqual(MIN_WIDTH);
            expect(edge.width).toBeLessThanOrEqual(MAX_WIDTH);
          } else expect(edge.width).toBe(UNQUANTIFIED_WIDTH);
          expect(edge.path.flat().every(Number.isFinite)).toBe(true);
        }
        for (const key of scene.legend.widths) {
          for (const sample of key.samples) {
            expect(sample.width).toBeGreaterThanOrEqual(MIN_WIDTH);
            expect(sample.width).toBeLessThanOrEqual(MAX_WIDTH);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('shows at a later as-of every tie of an earlier one, except those that ended in between', () => {
    // "Later" for periods: starts no earlier and ends no earlier ("2020-06" is not after "2020").
    const later = (a: string, b: string): boolean =>
      periodStart(a) <= periodStart(b) && periodEnd(a) <= periodEnd(b);
    fc.assert(
      fc.property(datasetAndView, isoDate, isoDate, ([dataset, view], x, y) => {
        fc.pre(later(x, y) || later(y, x));
        const [early, late] = later(x, y) ? [x, y] : [y, x];
        const basis = sceneBasis(dataset, places);
        const before = new Set(tiesOnMap(buildScene(basis, { ...view, asOf: early })));
        const after = new Set(tiesOnMap(buildScene(basis, { ...view, asOf: late })));
        for (const tie of dataset.ties) {
          if (!before.has(tie.id) || after.has(tie.id)) continue;
          // Gone by the later date: only because it ended after the earlier one and before the later one.
          expect(tie.ended, `tie ${tie.id} vanished between ${early} and ${late}`).toBeDefined();
          expect(periodEnd(tie.ended!) < periodStart(late)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('never hides a tie or an actor by focus or highlights: they only emphasise', () => {
    fc.assert(
      fc.property(datasetAndView, ([dataset, view]) => {
        const basis = sceneBasis(dataset, places);
        const plain = buildScene(basis, { ...view, focus: null, highlight: new Set() });
        const emphasised = buildScene(basis, view);
        expect(tiesOnMap(emphasised)).toEqual(tiesOnMap(plain));
        // The same edges; emphasis may change only their draw order (an emphasised edge is drawn on top).
        expect(emphasised.edges.map((e) => e.id).sort()).toEqual(
          plain.edges.map((e) => e.id).sort(),
        );
        expect(emphasised.actors.map((a) => a.id)).toEqual(plain.actors.map((a) => a.id));
      }),
      { numRuns: RUNS },
    );
  });

  it('draws wider edges first and emphasised ones last, equal ones in order of first appearance, each at its width for the map', () => {
    fc.assert(
      fc.property(
        datasetAndView,
        fc.array(fc.integer({ min: 300, max: 1600 }), { minLength: 1, maxLength: 3 }),
        ([dataset, view], mapWidths) => {
          // One basis for every width and view, as the element keeps it.
          const basis = sceneBasis(dataset, places);
          for (const mapWidth of mapWidths) {
            for (const v of [view, { ...view, asOf: null }]) {
              const scene = buildScene(basis, v, mapWidth);
              // The widths of a fresh basis: nothing kept from another width or view leaks in.
              const fresh = new Map(
                buildScene(sceneBasis(dataset, places), v, mapWidth).edges.map((e) => [
                  e.id,
                  e.width,
                ]),
              );
              expect(new Map(scene.edges.map((e) => [e.id, e.width]))).toEqual(fresh);
              const visible = dataset.ties.filter((t) => shows(t, v));
              const firstSeen = (tieIds: readonly string[]) =>
                Math.min(...tieIds.map((id) => visible.findIndex((t) => t.id === id)));
              const keys = scene.edges.map(
                (e) => [Number(e.emphasis === 'focus'), -e.width, firstSeen(e.tieIds)] as const,
              );
              for (let i = 1; i < keys.length; i++) {
                const [a, b] = [keys[i - 1]!, keys[i]!];
                expect(
                  a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2]))),
                  `edge ${i} of ${keys.length}: ${a} before ${b}`,
                ).toBe(true);
              }
            }
          }
        },
      ),
      { numRuns: RUNS / 4 },
    );
  });
});
