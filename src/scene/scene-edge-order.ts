/**
 * How a scene's edges are sized and ordered: the whole edges' widths and width order, the draw
 * order, a grouped layer's width key, and which edges of a crowded layer recede.
 */
import { measureValue, recedingEdges, topFlowBudget, type TopFlows } from './top-flows.ts';
import type { Tie } from '../data/types.ts';
import type { LegendWidth, SceneEdge } from './types.ts';
import { edgeWidth, MIN_WIDTH, roundBelow, type WidthScale } from './widths.ts';
import type { SceneBasis, SceneGeometry } from './scene-geometry.ts';

/** Wide edges first, so thin ones stay visible on top; an emphasised edge (hover, focus, step) above all. */
export function drawOrder(a: SceneEdge, b: SceneEdge): number {
  return Number(a.emphasis === 'focus') - Number(b.emphasis === 'focus') || b.width - a.width;
}

/** A layer's width key under a grouping: its largest sum at the widest stroke, and a round value below it. */
export function groupWidthKey(key: LegendWidth, largest: number, maxWidth: number): LegendWidth {
  if (!(largest > 0)) return key;
  const lower = roundBelow(largest);
  const samples = [{ value: largest, width: maxWidth }];
  if (lower !== null && lower < largest)
    samples.push({ value: lower, width: Math.max(MIN_WIDTH, (maxWidth * lower) / largest) });
  return { ...key, samples };
}

/**
 * Marks the edges of crowded layers that recede (in place: `edges` are this scene's own objects)
 * and says what receded; with `all` (the reader's "Show all") it only says what would.
 */
export function recede(
  edges: SceneEdge[],
  groups: readonly { ties: readonly Tie[] }[],
  basis: SceneBasis,
  width: number,
  height: number,
  all: boolean,
): TopFlows[] {
  const { crowded } = topFlowBudget(width, height);
  const perLayer = new Map<string, number>();
  for (const edge of edges) perLayer.set(edge.layer, (perLayer.get(edge.layer) ?? 0) + 1);
  // Most views have no crowded layer: the figures are read only when one is.
  if (![...perLayer.values()].some((n) => n > crowded)) return [];
  const ranked = edges.map((edge, i) => ({
    layer: edge.layer,
    emphasised: edge.emphasis === 'focus',
    // A group edge ranks by its sum in the measure (group-scene.ts), an actor's edge by its largest figure.
    value: edge.sum
      ? edge.sum.summed > 0
        ? edge.sum.high
        : -1
      : measureValue(groups[i]?.ties ?? [], basis.measures.get(edge.layer)),
    ties: edge.tieIds.length,
  }));
  const { receded, summary } = recedingEdges(ranked, width, height);
  if (all) return summary;
  for (const i of receded) {
    const edge = edges[i];
    if (edge) edges[i] = { ...edge, recede: true, label: null };
  }
  return summary;
}

/** Each whole edge's width at one widest stroke, and the groups widest first (equal widths in dataset order). */
interface WholeWidths {
  maxWidth: number;
  width: Float64Array;
  byWidth: Uint32Array;
}

const wholeWidths = new WeakMap<SceneGeometry, WholeWidths>();

/**
 * The whole edges' widths under `scale` (the one for `maxWidth`) and their width order, kept per basis for the last widest stroke: a
 * focus or a toggle at 10,000 ties then neither rescales 10,000 ties nor sorts 9,000 edges (~8 ms).
 */
export function wholeWidthsOf(
  basis: SceneGeometry,
  maxWidth: number,
  scale: WidthScale,
): WholeWidths {
  const kept = wholeWidths.get(basis);
  if (kept && kept.maxWidth === maxWidth) return kept;
  const width = Float64Array.from(basis.groups, (g) => edgeWidth(g.ties, scale));
  // Array.prototype.sort is stable: equal widths keep the groups' order.
  const byWidth = Uint32Array.from(
    Array.from(basis.groups, (_, i) => i).sort((a, b) => width[b]! - width[a]!),
  );
  const made = { maxWidth, width, byWidth };
  wholeWidths.set(basis, made);
  return made;
}

/**
 * drawOrder without a sort, for a scene of whole edges: they come in the groups' order (first
 * appearance), so the stable sort by (emphasis, width) is the width order with emphasised edges moved last.
 */
export function inWidthOrder(
  edges: readonly SceneEdge[],
  positions: Int32Array,
  byWidth: Uint32Array,
): SceneEdge[] {
  const ordered: SceneEdge[] = [];
  const emphasised: SceneEdge[] = [];
  for (const group of byWidth) {
    const at = positions[group]!;
    if (at < 0) continue;
    const edge = edges[at]!;
    (edge.emphasis === 'focus' ? emphasised : ordered).push(edge);
  }
  for (const edge of emphasised) ordered.push(edge);
  return ordered;
}
