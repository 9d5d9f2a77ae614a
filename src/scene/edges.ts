/**
 * Edge geometry: one curved, directed edge per (from, to, layer). Curves are quadratic Béziers in
 * Web Mercator space. All edges between the same two actors bend to the same side of the straight
 * line (judged from the pair's canonical order, so A→B and B→A agree) with growing curvature,
 * so parallel edges nest instead of overlapping.
 */
import type { Tie } from '../data/types.ts';
import { fromMercator, toMercator } from './mercator.ts';
import type { LonLat } from './types.ts';

/** Curvature of the first edge of a pair (control point offset / chord length), then per extra edge. */
export const BASE_BEND = 0.16;
export const BEND_STEP = 0.14;
export const CURVE_SAMPLES = 32;

export interface EdgeGroup {
  id: string;
  from: string;
  to: string;
  layer: string;
  ties: Tie[];
}

const SEPARATORS = /[%>:]/;

/** Percent-encodes the separators of an edge id (and '%' itself) inside one of its parts. */
function idPart(id: string): string {
  // Most ids hold no separator: the test is much cheaper than a replace (62,000 ties × 3 parts).
  if (!SEPARATORS.test(id)) return id;
  return id.replace(/[%>:]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `${from}>${to}:${layer}`. Ids may hold '>' or ':' (only layer ids are restricted), so they are
 * encoded: otherwise "A" → "B>C" and "A>B" → "C" shared the id "A>B>C:…" and were drawn as one edge.
 */
export function edgeId(from: string, to: string, layer: string): string {
  return `${idPart(from)}>${idPart(to)}:${idPart(layer)}`;
}

/** The id of the edge a tie belongs to. */
export function tieEdgeId(tie: Tie): string {
  return edgeId(tie.from, tie.to, tie.layer);
}

/** Groups ties into edges, in the order of first appearance. */
export function groupTies(ties: readonly Tie[]): EdgeGroup[] {
  const groups = new Map<string, EdgeGroup>();
  for (const tie of ties) addToGroup(groups, tie, tieEdgeId(tie));
  return [...groups.values()];
}

/** Adds a tie to its edge's group in `groups` (keyed by edge id, in order of first appearance). */
export function addToGroup(groups: Map<string, EdgeGroup>, tie: Tie, id: string): void {
  let group = groups.get(id);
  if (!group) {
    group = { id, from: tie.from, to: tie.to, layer: tie.layer, ties: [] };
    groups.set(id, group);
  }
  group.ties.push(tie);
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * The bend slot of each edge among the edges of its actor pair: 0, 1, 2 … ordered by layer order,
 * then canonical direction first. Computed over *all* edges of the dataset so that toggling a
 * layer never moves the other layers' edges.
 */
export function bendSlots(groups: readonly EdgeGroup[], layerOrder: readonly string[]): Map<string, number> {
  const byPair = new Map<string, EdgeGroup[]>();
  for (const group of groups) {
    const key = pairKey(group.from, group.to);
    const list = byPair.get(key) ?? [];
    list.push(group);
    byPair.set(key, list);
  }
  const slots = new Map<string, number>();
  for (const list of byPair.values()) {
    list.sort((a, b) =>
      layerOrder.indexOf(a.layer) - layerOrder.indexOf(b.layer) || Number(a.from > a.to) - Number(b.from > b.to));
    list.forEach((group, slot) => slots.set(group.id, slot));
  }
  return slots;
}

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

function bezier(p0: [number, number], p1: [number, number], p2: [number, number], t: number): [number, number] {
  const u = 1 - t;
  return [
    u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0],
    u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1],
  ];
}

export function isCanonicalForward(from: string, to: string): boolean {
  return from < to;
}
