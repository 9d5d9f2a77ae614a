/**
 * An actor label's box, where it lands, and the spots it may take: around its anchor first, then
 * further out.
 */
import { type Leader, LEADER_BEYOND } from './leader-lines.ts';

export interface LabelBox {
  id: string;
  /** Screen position of the actor's anchor. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Point actors have a marker at the anchor: their label goes beside it, never on it. */
  beside: boolean;
  priority: number;
  /** The actor has a shape of its own: its label must lie on that shape, the sea or the frame, else it gets a leader. */
  shape?: boolean;
  /**
   * Context, not subject (an actor dimmed by a focus or a scene): its label takes a spot by its
   * anchor or gives way, never one at the end of a long leader across the subject's ties.
   */
  minor?: boolean;
}

export interface PlacedLabel {
  id: string;
  left: number;
  top: number;
  /** No spot near its actor was free: the label gives way (hidden) rather than cover another. */
  gaveWay?: true;
  /** The label lies away from its anchor or on another's land: a line joins it to the anchor. */
  leader?: Leader;
}

const GAP = 6;

/** Where an actor label may go, in the order tried. */
export function labelCandidates(box: LabelBox): [number, number][] {
  const { x, y, width: w, height: h } = box;
  const right: [number, number] = [x + GAP + 2, y - h / 2];
  const left: [number, number] = [x - GAP - 2 - w, y - h / 2];
  const above: [number, number] = [x - w / 2, y - h - GAP];
  const below: [number, number] = [x - w / 2, y + GAP];
  const upperRight: [number, number] = [x + GAP, y - h - GAP];
  const lowerRight: [number, number] = [x + GAP, y + GAP];
  const upperLeft: [number, number] = [x - GAP - w, y - h - GAP];
  const lowerLeft: [number, number] = [x - GAP - w, y + GAP];
  const farAbove: [number, number] = [x - w / 2, y - 2 * h - GAP];
  const farBelow: [number, number] = [x - w / 2, y + h + GAP];
  const rest = [upperRight, lowerRight, upperLeft, lowerLeft, farAbove, farBelow];
  // A crowded hub (a phone map): further out, in steps of a label's height, still pointing at the actor.
  const further: [number, number][] = [];
  for (let k = 1; k <= 1; k++) {
    const dy = k * (h + GAP / 2);
    further.push(
      [x + GAP, y - h / 2 - dy],
      [x + GAP, y - h / 2 + dy],
      [x - GAP - w, y - h / 2 - dy],
      [x - GAP - w, y - h / 2 + dy],
      [x - w / 2, y - h - GAP - dy],
      [x - w / 2, y + GAP + dy],
    );
  }
  if (box.beside) return [right, left, above, below, ...rest, ...further];
  return [[x - w / 2, y - h / 2], above, below, right, left, ...rest, ...further];
}

/** How far out (px) a leader's spots lie: the first just past LEADER_BEYOND. */
export const LEADER_DISTANCES = [
  LEADER_BEYOND + 10,
  2 * LEADER_BEYOND + 12,
  3 * LEADER_BEYOND + 16,
  4 * LEADER_BEYOND + 20,
];

/** The directions between the four sides and the diagonals that a leader's spot also tries (cos, sin of 22.5° and 67.5°). */
const BETWEEN = [
  [0.924, -0.383],
  [0.924, 0.383],
  [-0.924, -0.383],
  [-0.924, 0.383],
  [0.383, -0.924],
  [0.383, 0.924],
  [-0.383, -0.924],
  [-0.383, 0.924],
] as const;

/**
 * Spots further out, for a label whose near spots all lie on another's land or under other
 * labels: a leader line will join it to its anchor. Nearest first (a short leader reads as the
 * label's): at each distance right, left, above and below, then the diagonals, then the
 * directions between them, so a hub's label finds a gap between its arrowheads.
 */
export function leaderCandidates(
  box: LabelBox,
  distances: readonly number[] = LEADER_DISTANCES,
): [number, number][] {
  const { x, y, width: w, height: h } = box;
  const out: [number, number][] = [];
  for (const d of distances) {
    out.push(
      [x + d, y - h / 2],
      [x - d - w, y - h / 2],
      [x - w / 2, y - d - h],
      [x - w / 2, y + d],
      [x + d * 0.7, y - d * 0.7 - h],
      [x + d * 0.7, y + d * 0.7],
      [x - d * 0.7 - w, y - d * 0.7 - h],
      [x - d * 0.7 - w, y + d * 0.7],
    );
    for (const [c, s] of BETWEEN)
      out.push([x + c * (d + w / 2) - w / 2, y + s * (d + h / 2) - h / 2]);
  }
  return out;
}
