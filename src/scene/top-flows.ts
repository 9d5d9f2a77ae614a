/**
 * Top flows first (DESIGN.md: "Where edges are too many to read at the map's size, the largest
 * in the measure are drawn in full and the rest recede"). The rule, per visible layer:
 *
 * - A layer is *crowded* when it has more edges in view than CROWDED_PER_100K per 100,000 px² of
 *   map, and at least CROWDED_MIN (a 1280×720 map: 55 edges; never fewer than 60, so a story map
 *   of a few dozen ties draws as it always has).
 * - A crowded layer draws its LEGIBLE_PER_100K per 100,000 px² largest edges in full (at least
 *   LEGIBLE_MIN; a 1280×720 map: 20), ranked by their largest figure in the layer's measure
 *   (ties without one rank last); the rest *recede* (render/edge-look.ts: thinner, lighter, no
 *   halo, no arrowhead, no figure label) and the legend counts them.
 * - An edge of the focused actor, or one highlighted (a step's, the open card's), never recedes.
 * - The reader's "Show all" (ViewState `allFlows`) turns the rule off.
 *
 * The budget follows the map's size in CSS px: a larger map shows more.
 */
import type { LayerMeasure } from '../data/measures.ts';
import { figureTop } from '../data/measures.ts';
import { isTentative, type Tie } from '../data/types.ts';

export const CROWDED_MIN = 60;
export const CROWDED_PER_100K = 6;
export const LEGIBLE_MIN = 10;
export const LEGIBLE_PER_100K = 2.2;

/** What the legend says of a crowded layer. */
export interface TopFlows {
  layer: string;
  /** Edges drawn in full (the largest, plus the focus's and highlighted ones). */
  drawn: number;
  /** Edges that recede, and the ties they stand for. */
  receded: number;
  recededTies: number;
}

/** How many edges a layer may have before it is crowded, and how many it then draws in full, on a map of this size. */
export function topFlowBudget(width: number, height: number): { crowded: number; legible: number } {
  const area = (Math.max(0, width) * Math.max(0, height)) / 100_000;
  return {
    crowded: Math.max(CROWDED_MIN, Math.round(area * CROWDED_PER_100K)),
    legible: Math.max(LEGIBLE_MIN, Math.round(area * LEGIBLE_PER_100K)),
  };
}

/** An edge's largest figure in its layer's measure (of the kind that sets the scale), or -1 without one. */
export function measureValue(ties: readonly Tie[], measure: LayerMeasure | undefined): number {
  let best = -1;
  if (!measure) return best;
  for (const tie of ties) {
    if (tie.figure?.unit === measure.unit && isTentative(tie.status) === measure.tentative)
      best = Math.max(best, figureTop(tie.figure));
  }
  return best;
}

interface Rankable {
  layer: string;
  /** Never recedes (the focus's or a highlighted edge). */
  emphasised: boolean;
  /** measureValue of the edge. */
  value: number;
  /** The ties it stands for. */
  ties: number;
}

/**
 * Which edges recede (their indexes in `edges`) and what the legend says of each crowded layer.
 * Equal values keep the edges' order.
 */
export function recedingEdges(
  edges: readonly Rankable[],
  width: number,
  height: number,
): { receded: Set<number>; summary: TopFlows[] } {
  const { crowded, legible } = topFlowBudget(width, height);
  const byLayer = new Map<string, number[]>();
  edges.forEach((edge, i) => {
    const list = byLayer.get(edge.layer);
    if (list) list.push(i);
    else byLayer.set(edge.layer, [i]);
  });
  const receded = new Set<number>();
  const summary: TopFlows[] = [];
  for (const [layer, indexes] of byLayer) {
    if (indexes.length <= crowded) continue;
    const ranked = indexes
      .filter((i) => !edges[i]?.emphasised)
      .sort((a, b) => (edges[b]?.value ?? -1) - (edges[a]?.value ?? -1) || a - b);
    const fading = ranked.slice(legible);
    for (const i of fading) receded.add(i);
    summary.push({
      layer,
      drawn: indexes.length - fading.length,
      receded: fading.length,
      recededTies: fading.reduce((n, i) => n + (edges[i]?.ties ?? 0), 0),
    });
  }
  return { receded, summary };
}
