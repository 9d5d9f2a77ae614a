/**
 * Grouping a register at a world view: actors replaced by one node per UN M49 region or sub-region
 * (data/regions.ts), the edges between groups summed per layer in the layer's measure only, and
 * every underlying tie kept on the group edge so its card can list them. Only countries M49 lists
 * are grouped; organisations, subdivisions and unknown ids stay themselves, and so does the
 * focused actor and every actor of a group the reader expanded.
 *
 * A sum adds only figures in the layer's measure (of the kind that sets its scale, as actor
 * totals and top flows count them): the ties of the edge with no figure or another unit are
 * counted, not summed. A layer measured in shares (%) has no sum: each share is of a different whole.
 * Ties inside one group (both ends in it) draw no edge; the group node counts them.
 */
import { edgeId } from '../data/edge-id.ts';
import { figureTop, type LayerMeasure } from '../data/measures.ts';
import { drawnAs, groupCodeOf, type GroupingView } from '../data/regions.ts';
import { isTentative, type Tie } from '../data/types.ts';
import { regionName } from '../text/names.ts';
import { formatValue } from '../text/format.ts';
import { stringsFor } from '../text/strings.ts';
import { isAdditiveUnit } from './actor-totals.ts';
import { curveBetween, isCanonicalForward } from './edge-curves.ts';
import { fromMercator, toMercator } from './mercator.ts';
import type { Emphasis, EdgeStance, LonLat, SceneActor, SceneEdge } from './types.ts';
import { MIN_WIDTH, NEUTRAL_WIDTH, UNQUANTIFIED_WIDTH } from './widths.ts';

/** A group edge's sum in its layer's measure: lower and upper ends of ranges apart, and the ties it adds. */
export interface GroupSum {
  unit: string;
  low: number;
  high: number;
  /** Ties with a figure in the measure (added). */
  summed: number;
  /** The edge's other ties: no figure, another unit, another kind of figure (counted, not added). */
  apart: number;
}

/** What a group node stands for. */
export interface SceneGroup {
  /** Its M49 code ("145"). */
  code: string;
  /** The actors it stands for (ids), in the dataset's order. */
  members: string[];
  /** Visible ties with both ends in the group: drawn on no edge. */
  innerTieIds: string[];
  /** Its members' anchors' bounding box, south-west and north-east corners: how far they spread (zoom-groups.ts). */
  box: [LonLat, LonLat];
}

/** The ties the scene's edges stand for, in the scene's edge order. */
export interface GroupInput {
  actors: readonly SceneActor[];
  edges: readonly SceneEdge[];
  /** The visible ties of each edge of `edges`, in the same order. */
  edgeTies: readonly (readonly Tie[])[];
}

export interface GroupedScene {
  actors: SceneActor[];
  edges: SceneEdge[];
  /** The visible ties of each edge of `edges`, in the same order. */
  edgeTies: Tie[][];
  /** Each layer's largest sum (upper ends), which draws at the widest stroke: the legend's width key. */
  largest: Map<string, number>;
}

function sumOf(ties: readonly Tie[], measure: LayerMeasure | undefined): GroupSum | undefined {
  if (!measure || !isAdditiveUnit(measure.unit)) return undefined;
  const sum: GroupSum = { unit: measure.unit, low: 0, high: 0, summed: 0, apart: 0 };
  for (const tie of ties) {
    const figure = tie.figure;
    if (figure && figure.unit === measure.unit && isTentative(tie.status) === measure.tentative) {
      sum.low += figure.value;
      sum.high += figureTop(figure);
      sum.summed++;
    } else sum.apart++;
  }
  return sum;
}

/** The bounding box of `points` (at least one): south-west and north-east corners. */
export function boxOf(points: readonly LonLat[]): [LonLat, LonLat] {
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}

function stanceOf(edges: readonly SceneEdge[]): EdgeStance {
  const first = edges[0]!.stance;
  return edges.every((e) => e.stance === first) ? first : 'mixed';
}

function emphasisOf(edges: readonly SceneEdge[]): Emphasis {
  if (edges.some((e) => e.emphasis === 'focus')) return 'focus';
  return edges.every((e) => e.emphasis === 'dim') ? 'dim' : 'normal';
}

/** The figure label of a group edge: its sum in the measure ("Σ 2,463 TIV m"), with the count of ties not in it; else how many ties it holds. */
function sumLabel(sum: GroupSum | undefined, ties: number, lang: string): string {
  const strings = stringsFor(lang);
  if (!sum || sum.summed === 0) return strings.ties(ties);
  const value = formatValue(
    sum.low,
    sum.unit,
    sum.high > sum.low ? sum.high : undefined,
    true,
    strings.lang,
  );
  return sum.apart > 0 ? `Σ ${value} +${strings.number(sum.apart)}` : `Σ ${value}`;
}

/**
 * The scene's actors and edges under `view`'s grouping. `measures`: each layer's measure;
 * `maxWidth`: the widest stroke (the largest sum of each layer draws at it).
 */
export function groupScene(
  input: GroupInput,
  view: GroupingView,
  measures: ReadonlyMap<string, LayerMeasure>,
  maxWidth: number,
  lang: string,
): GroupedScene {
  const into = new Map<string, string>();
  const nodes = new Map<string, { actors: SceneActor[]; inner: string[] }>();
  const actors: SceneActor[] = [];
  for (const actor of input.actors) {
    const id = drawnAs(actor.id, view);
    into.set(actor.id, id);
    if (id === actor.id) {
      actors.push(actor);
      continue;
    }
    let node = nodes.get(id);
    if (!node) nodes.set(id, (node = { actors: [], inner: [] }));
    node.actors.push(actor);
  }

  // Edges between the same two drawn ends in one layer merge; edges inside one group draw none.
  const merged = new Map<
    string,
    { from: string; to: string; layer: string; edges: SceneEdge[]; ties: Tie[] }
  >();
  const edges: SceneEdge[] = [];
  const edgeTies: Tie[][] = [];
  input.edges.forEach((edge, i) => {
    const ties = input.edgeTies[i] ?? [];
    const from = into.get(edge.from) ?? edge.from;
    const to = into.get(edge.to) ?? edge.to;
    if (from === edge.from && to === edge.to) {
      edges.push(edge);
      edgeTies.push([...ties]);
      return;
    }
    if (from === to) {
      nodes.get(from)?.inner.push(...edge.tieIds);
      return;
    }
    const id = edgeId(from, to, edge.layer);
    let entry = merged.get(id);
    if (!entry) merged.set(id, (entry = { from, to, layer: edge.layer, edges: [], ties: [] }));
    entry.edges.push(edge);
    entry.ties.push(...ties);
  });

  // Group nodes: at the mean of their members' anchors (in Web Mercator), named in the reader's language.
  const anchors = new Map<string, SceneActor['anchor']>();
  for (const [id, node] of nodes) {
    let x = 0;
    let y = 0;
    for (const member of node.actors) {
      const [mx, my] = toMercator(member.anchor);
      x += mx;
      y += my;
    }
    const anchor = fromMercator([x / node.actors.length, y / node.actors.length]);
    anchors.set(id, anchor);
    const code = groupCodeOf(id)!;
    const emphasis: Emphasis = node.actors.some((a) => a.emphasis === 'focus')
      ? 'focus'
      : node.actors.every((a) => a.emphasis === 'dim')
        ? 'dim'
        : 'normal';
    actors.push({
      id,
      name: stringsFor(lang).groupName(regionName(code, lang), node.actors.length),
      kind: 'other',
      anchor,
      hasShape: false,
      distant: null,
      tieCount: node.actors.reduce((n, a) => n + a.tieCount, 0),
      emphasis,
      group: {
        code,
        members: node.actors.map((a) => a.id),
        innerTieIds: node.inner,
        box: boxOf(node.actors.map((a) => a.anchor)),
      },
    });
  }

  const layerOrder = [...new Set(input.edges.map((e) => e.layer))];
  const actorAnchors = new Map(input.actors.map((a) => [a.id, a.anchor]));
  const anchorOf = (id: string) => anchors.get(id) ?? actorAnchors.get(id);
  const sums = [...merged.values()].map((entry) => sumOf(entry.ties, measures.get(entry.layer)));
  const largest = new Map<string, number>();
  [...merged.values()].forEach((entry, i) => {
    const high = sums[i]?.summed ? sums[i].high : 0;
    largest.set(entry.layer, Math.max(largest.get(entry.layer) ?? 0, high));
  });
  [...merged.entries()].forEach(([id, entry], i) => {
    const a = anchorOf(entry.from);
    const b = anchorOf(entry.to);
    if (!a || !b) return;
    const sum = sums[i];
    // The two directions between two ends take neighbouring slots (curveBetween bends both to one side); each layer further out.
    const forward = isCanonicalForward(entry.from, entry.to);
    const curve = curveBetween(
      a,
      b,
      2 * Math.max(0, layerOrder.indexOf(entry.layer)) + (forward ? 0 : 1),
      forward,
    );
    const max = largest.get(entry.layer) ?? 0;
    const quantified = entry.edges.some((e) => e.quantified);
    const width =
      sum && sum.summed > 0 && max > 0
        ? Math.max(MIN_WIDTH, (maxWidth * sum.high) / max)
        : quantified
          ? NEUTRAL_WIDTH
          : UNQUANTIFIED_WIDTH;
    edges.push({
      id,
      from: entry.from,
      to: entry.to,
      layer: entry.layer,
      colour: entry.edges[0]!.colour,
      tieIds: entry.edges.flatMap((e) => e.tieIds),
      stance: stanceOf(entry.edges),
      quantified,
      tentative: entry.edges.every((e) => e.tentative),
      width,
      label: {
        text: sumLabel(sum, entry.ties.length, lang),
        priority: 1 + (max > 0 && sum ? Math.min(1, sum.high / max) : 0),
      },
      control: curve.control,
      path: curve.path,
      arrow: curve.arrow,
      emphasis: emphasisOf(entry.edges),
      ...(sum ? { sum } : {}),
    });
    edgeTies.push(entry.ties);
  });
  return { actors, edges, edgeTies, largest };
}
