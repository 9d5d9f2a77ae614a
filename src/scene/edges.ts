/**
 * Edge geometry: one curved, directed edge per (from, to, layer), fanned at shared actors and
 * clipped at the recipient's marker or led into its arrival ring. The stages, in slices a loader
 * can spread over frames: grouping ties into edges (edge-groups.ts), each pair's bends
 * (edge-curves.ts), fanning (edge-fans.ts), the arrival rings (arrival-rings.ts).
 */
import { chooseBendSteps, controlPoint, type BendEdge, type Obstacle } from './bends.ts';
import { fromMercator, toMercator } from './mercator.ts';
import type { LonLat } from './types.ts';
import { BASE_BEND, BEND_STEP, bezier, type Curve, CURVE_SAMPLES } from './edge-curves.ts';
import { EDGES_PER_STEP, pairKey, runSteps } from './edge-groups.ts';
import { type EdgeEnds, fanAngles } from './edge-fans.ts';
import { arrivalSlots } from './arrival-rings.ts';

/**
 * How far from the anchor an edge stops, as a share of the default frame's larger side: the
 * recipient's end (where the arrowhead sits) stops at the actor's marker, the supplier's end just
 * outside it. At the default view of a 1280 px map that is about 20 px and 8 px.
 */
export const END_CLIP = 0.017;

export const START_CLIP = 0.007;

/**
 * The curves of all edges, bent clear of the actors in `obstacles` they do not connect and away
 * from acute crossings (bends.ts), fanned at shared actors and clipped at both ends. `span` is the
 * default frame's larger side in Mercator degrees (the clip distances are shares of it). Computed
 * over every edge of the dataset, so toggling a layer moves no other edge.
 */
export function fannedCurves(
  edges: readonly EdgeEnds[],
  span: number,
  obstacles: readonly Obstacle[] = [],
  pxPerUnit = 0,
  keepClear: readonly Obstacle[] = [],
): Map<string, Curve> {
  return runSteps(fannedCurveSteps(edges, span, obstacles, pxPerUnit, keepClear));
}

/**
 * Each edge's bent, fanned course without its recipient's end: where it starts (fanned round its
 * supplier), its control point, its recipient's anchor and its plain end there. The ends on a
 * hub's rings depend on the map's scale (arrivalEnds); this part does not.
 */
export interface FannedEdges {
  span: number;
  edges: readonly EdgeEnds[];
  base: { e: EdgeEnds; p0: [number, number]; p2: [number, number]; control: [number, number] }[];
  start: [number, number][];
  plainEnd: [number, number][];
}

/** The scale-free part of fannedCurveSteps: bends, then the fanned ends at each anchor. */
export function* fannedEdgeSteps(
  edges: readonly EdgeEnds[],
  span: number,
  obstacles: readonly Obstacle[] = [],
): Generator<void, FannedEdges, void> {
  const bendEdges: BendEdge[] = [];
  for (const e of edges) {
    bendEdges.push({
      id: e.id,
      from: e.fromActor,
      to: e.toActor,
      p0: toMercator(e.from),
      p2: toMercator(e.to),
      bend: BASE_BEND + BEND_STEP * e.slot,
      sign: e.canonicalForward ? 1 : -1,
    });
    if (bendEdges.length % EDGES_PER_STEP === 0) yield;
  }
  const choices = yield* chooseBendSteps(bendEdges, (e) => pairKey(e.from, e.to), obstacles);
  yield;
  const base = bendEdges.map((b, i) => ({
    e: edges[i]!,
    p0: b.p0,
    p2: b.p2,
    control: controlPoint(b, choices.get(b.id) ?? { flip: false, raise: 0 }),
  }));
  // Departure angles at each end, grouped by the anchor they leave (an actor's anchor is its key).
  type End = { edge: number; which: 0 | 2; angle: number };
  const atAnchor = new Map<string, End[]>();
  for (let edge = 0; edge < base.length; edge++) {
    const { p0, p2, control } = base[edge]!;
    for (const [which, p] of [
      [0, p0],
      [2, p2],
    ] as const) {
      const key = `${p[0]},${p[1]}`;
      const angle = (Math.atan2(control[1] - p[1], control[0] - p[0]) * 180) / Math.PI;
      const list = atAnchor.get(key) ?? [];
      list.push({ edge, which, angle });
      atAnchor.set(key, list);
    }
    if ((edge + 1) % EDGES_PER_STEP === 0) yield;
  }
  const fanned = new Map<string, number>();
  let done = 0;
  for (const ends of atAnchor.values()) {
    const spread = fanAngles(ends.map((end) => end.angle));
    ends.forEach((end, k) => fanned.set(`${end.edge}:${end.which}`, spread[k]!));
    done += ends.length;
    if (done % EDGES_PER_STEP < ends.length) yield; // a hub's ends are fanned in one go
  }
  const at = (
    edge: number,
    p: [number, number],
    which: 0 | 2,
    radius: number,
  ): [number, number] => {
    const a = (fanned.get(`${edge}:${which}`)! * Math.PI) / 180;
    return [p[0] + Math.cos(a) * radius, p[1] + Math.sin(a) * radius];
  };
  const start = base.map(({ p0 }, edge) => at(edge, p0, 0, START_CLIP * span));
  const plainEnd = base.map(({ p2 }, edge) => at(edge, p2, 2, END_CLIP * span));
  return { span, edges, base, start, plainEnd };
}

/**
 * The curves of fanned edges whose arrowheads sit in slots on rings round their recipients, the
 * rings sized for a map drawn at `pxPerUnit` CSS px per Mercator degree (0: plain ends). `world`:
 * the map shows the world (its rings keep further out, and their arrowheads only move out).
 */
export function* arrivalCurveSteps(
  fanned: FannedEdges,
  pxPerUnit: number,
  keepClear: readonly Obstacle[] = [],
  world = false,
): Generator<void, Map<string, Curve>, void> {
  const { base, start, plainEnd } = fanned;
  const arrivals = pxPerUnit > 0 ? arrivalSlots(base, pxPerUnit, keepClear, world) : null;
  yield;
  const curves = new Map<string, Curve>();
  for (let edge = 0; edge < base.length; edge++) {
    const { e, p2, control } = base[edge]!;
    const end = arrivals?.get(edge) ?? plainEnd[edge]!;
    const path: LonLat[] = [];
    for (let i = 0; i <= CURVE_SAMPLES; i++)
      path.push(fromMercator(bezier(start[edge]!, control, end, i / CURVE_SAMPLES)));
    // The arrowhead sits at the recipient's end, along the curve's tangent there (B'(1) ∝ end − control);
    // on a hub's ring it points at its own recipient, so a slot never reads as a neighbour's.
    const towards = arrivals?.has(edge)
      ? [p2[0] - end[0], p2[1] - end[1]]
      : [end[0] - control[0], end[1] - control[1]];
    const bearing = ((Math.atan2(towards[0]!, towards[1]!) * 180) / Math.PI + 360) % 360;
    curves.set(e.id, {
      control: fromMercator(control),
      path,
      arrow: { at: fromMercator(end), bearing },
    });
    if ((edge + 1) % EDGES_PER_STEP === 0) yield;
  }
  return curves;
}

/**
 * fannedCurves as a generator that yields between slices of edges (a caller may give the event loop a turn).
 * `keepClear`: boxes (Mercator) that a recipient's arrival ring leaves free, each its actor's: where its label goes.
 */
export function* fannedCurveSteps(
  edges: readonly EdgeEnds[],
  span: number,
  obstacles: readonly Obstacle[] = [],
  pxPerUnit = 0,
  keepClear: readonly Obstacle[] = [],
): Generator<void, Map<string, Curve>, void> {
  const fanned = yield* fannedEdgeSteps(edges, span, obstacles);
  return yield* arrivalCurveSteps(fanned, pxPerUnit, keepClear);
}
