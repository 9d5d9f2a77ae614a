/**
 * Ties grouped into edges (one per from, to and layer), each edge's bend slot among its pair's,
 * and the step driver the sliced edge stages share.
 */
import { tieEdgeId } from '../data/edge-id.ts';
import type { Tie } from '../data/types.ts';

export interface EdgeGroup {
  id: string;
  from: string;
  to: string;
  layer: string;
  ties: Tie[];
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

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * The bend slot of each edge among the edges of its actor pair: 0, 1, 2 … ordered by layer order,
 * then canonical direction first. Computed over *all* edges of the dataset so that toggling a
 * layer never moves the other layers' edges.
 */
export function bendSlots(
  groups: readonly EdgeGroup[],
  layerOrder: readonly string[],
): Map<string, number> {
  return runSteps(bendSlotSteps(groups, layerOrder));
}

/** Runs a generator of steps to its end (the all-at-once form of the *Steps functions). */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** bendSlots as a generator that yields between slices of edges. */
export function* bendSlotSteps(
  groups: readonly EdgeGroup[],
  layerOrder: readonly string[],
): Generator<void, Map<string, number>, void> {
  const byPair = new Map<string, EdgeGroup[]>();
  let n = 0;
  for (const group of groups) {
    const key = pairKey(group.from, group.to);
    const list = byPair.get(key) ?? [];
    list.push(group);
    byPair.set(key, list);
    if (++n % EDGES_PER_STEP === 0) yield;
  }
  const slots = new Map<string, number>();
  for (const list of byPair.values()) {
    list.sort(
      (a, b) =>
        layerOrder.indexOf(a.layer) - layerOrder.indexOf(b.layer) ||
        Number(a.from > a.to) - Number(b.from > b.to),
    );
    list.forEach((group, slot) => slots.set(group.id, slot));
    n += list.length;
    if (n % EDGES_PER_STEP < list.length) yield;
  }
  return slots;
}

/** Edges handled between two yields of fannedCurveSteps. */
export const EDGES_PER_STEP = 250;
