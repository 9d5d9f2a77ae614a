/**
 * What an edge must not pass over: each actor's marker and label, as Web Mercator boxes. Labels
 * are laid out as the element lays them out (label-layout.ts: the same greedy order and spots),
 * at the default view of a map of the layout's shape (CLEARANCE_VIEWS), with widths estimated from their text
 * (the scene measures no text). A label that gives way there is no obstacle.
 */
import type { Obstacle } from './bends.ts';
import { layoutLabels } from './label-layout.ts';
import type { LabelBox } from './label-candidates.ts';

type XY = [number, number];

export interface ClearanceView {
  width: number;
  height: number;
  padding: number;
}

/** The map the clearances are measured for (CSS px), per layout shape: a desktop article's map, a 400 × 760 phone's. */
export const CLEARANCE_VIEWS = {
  wide: { width: 1280, height: 480, padding: 36 },
  tall: { width: 368, height: 471, padding: 36 },
} as const satisfies Record<string, ClearanceView>;

/**
 * The smallest map of each shape on which a hub's arrowheads must still clear each other (the
 * arrival rings are sized for it, so a larger map only spreads them further): a desktop article's
 * map; on a phone, the static picture's or a story's half-screen map, about 380 px tall.
 */
export const ARRIVAL_VIEWS = {
  wide: CLEARANCE_VIEWS.wide,
  tall: { width: 368, height: 380, padding: 36 },
} as const satisfies Record<string, ClearanceView>;

export interface ObstacleActor {
  id: string;
  /** Web Mercator position of its anchor. */
  anchor: XY;
  /** The label's text as the desktop map writes it. */
  text: string;
  /** The label goes beside the anchor (a marker, a far actor, a hub), else centred on it. */
  beside: boolean;
  /** Ties at the actor: the label layout's priority. */
  ties: number;
}

/** Half a marker's size and a label's height, CSS px (the element's labels are 24 px tall). */
const MARKER_HALF = 7;
const LABEL_HEIGHT = 24;

/** A label's estimated width in CSS px: bold 12.8 px text (about 7.6 px a character), 5.6 px padding a side. */
export function estimatedLabelWidth(text: string): number {
  return Math.round(text.length * 7.6 + 12);
}

/** The boxes of every actor's marker and label, for a map of `view`'s size showing `frame` (Mercator [x0, y0, x1, y1]). */
export function actorObstacles(
  actors: readonly ObstacleActor[],
  frame: readonly [number, number, number, number],
  view: ClearanceView,
): Obstacle[] {
  const { width, height, padding } = view;
  const scale = Math.min(
    (width - 2 * padding) / (frame[2] - frame[0] || 1),
    (height - 2 * padding) / (frame[3] - frame[1] || 1),
  );
  const cx = (frame[0] + frame[2]) / 2,
    cy = (frame[1] + frame[3]) / 2;
  // Screen px (y down) to Mercator (y up) and back.
  const toScreen = ([x, y]: XY) => ({
    x: width / 2 + (x - cx) * scale,
    y: height / 2 - (y - cy) * scale,
  });
  const toMap = (left: number, top: number): XY => [
    cx + (left - width / 2) / scale,
    cy - (top - height / 2) / scale,
  ];
  const boxes: LabelBox[] = actors.map((a) => ({
    id: a.id,
    ...toScreen(a.anchor),
    width: estimatedLabelWidth(a.text),
    height: LABEL_HEIGHT,
    beside: a.beside,
    priority: a.ties,
  }));
  const placed = layoutLabels(boxes, width, height);
  const out: Obstacle[] = [];
  actors.forEach((a, i) => {
    const m = MARKER_HALF / scale;
    out.push({
      actor: a.id,
      x0: a.anchor[0] - m,
      y0: a.anchor[1] - m,
      x1: a.anchor[0] + m,
      y1: a.anchor[1] + m,
    });
    const p = placed[i]!;
    if (p.gaveWay) return;
    const [x0, y1] = toMap(p.left, p.top);
    const [x1, y0] = toMap(p.left + boxes[i]!.width, p.top + boxes[i]!.height);
    out.push({ actor: a.id, x0, y0, x1, y1, label: true });
  });
  return out;
}
