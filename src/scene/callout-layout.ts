/**
 * Call-out placement: each editor's note at the first free spot around the point it names, joined
 * to it by a leader line when far.
 */
import {
  type LabelBox,
  labelCandidates,
  leaderCandidates,
  type PlacedLabel,
} from './label-candidates.ts';
import { LEADER_BEYOND, leaderTo } from './leader-lines.ts';
import { covers, type Rect, RectGrid } from './label-overlap.ts';

/** A call-out's box: its text (or, on a narrow map, its numbered marker) and the anchor it points at. */
export interface CalloutBox {
  id: string;
  /** Screen position of the anchor. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Room kept free around the anchor (a circle's radius, an arrow's shortest length); 0: beside it. */
  clear: number;
  /** The box is always joined to its anchor by a line (an arrow). */
  joined: boolean;
  /** The farthest spot it may take (px past its room); absent: as far as call-outs go. */
  reach?: number | undefined;
}

/** How far out (px, past an arrow's or circle's room) a call-out's spots lie: further than a label's, a crowded scene's call-out finds a gap. */
const CALLOUT_DISTANCES = [4, 24, 48, 80, 120, 170, 230];

/** Clear space kept between a call-out and any label. */
const CALLOUT_GAP = 3;

/**
 * Call-outs after the actor and figure labels (`taken`: their boxes, the arrowheads, the scene
 * key): in the dataset's order, each at the first spot around its anchor that overlaps nothing
 * taken and no call-out placed before it, and lies wholly in view; one further out is joined to its
 * anchor by a line. A call-out with no such spot gives way (null) rather than cover a label: its
 * text still stands in the element's list of call-outs.
 */
export function layoutCallouts(
  boxes: readonly CalloutBox[],
  taken: readonly Rect[],
  viewWidth: number,
  viewHeight: number,
): Map<string, PlacedLabel | null> {
  const grid = new RectGrid();
  const pad = (r: Rect): Rect => ({
    left: r.left - CALLOUT_GAP,
    top: r.top - CALLOUT_GAP,
    width: r.width + 2 * CALLOUT_GAP,
    height: r.height + 2 * CALLOUT_GAP,
  });
  for (const r of taken) grid.add(pad(r));
  const result = new Map<string, PlacedLabel | null>();
  for (const box of boxes) {
    const asLabel: LabelBox = { ...box, beside: true, priority: 0 };
    const reach = box.reach;
    const distances =
      reach === undefined ? CALLOUT_DISTANCES : CALLOUT_DISTANCES.filter((d) => d <= reach);
    const near =
      box.clear > 0
        ? leaderCandidates(
            asLabel,
            distances.map((d) => box.clear + d),
          )
        : [
            ...labelCandidates(asLabel),
            ...leaderCandidates(
              asLabel,
              distances.map((d) => d + LEADER_BEYOND + 10),
            ),
          ];
    let placed: PlacedLabel | null = null;
    for (const [left, top] of near) {
      if (left < 0 || top < 0 || left + box.width > viewWidth || top + box.height > viewHeight)
        continue;
      const rect = { left, top, width: box.width, height: box.height };
      if (
        box.clear > 0 &&
        covers(
          {
            left: left - box.clear,
            top: top - box.clear,
            width: box.width + 2 * box.clear,
            height: box.height + 2 * box.clear,
          },
          box,
        )
      )
        continue;
      if (grid.overlaps(rect)) continue;
      grid.add(pad(rect));
      const leader = leaderTo(box, rect, box.joined);
      placed = leader ? { id: box.id, left, top, leader } : { id: box.id, left, top };
      break;
    }
    result.set(box.id, placed);
  }
  return result;
}
