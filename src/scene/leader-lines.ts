/**
 * When a label is joined to its anchor by a leader line: the ground under it, and the line from
 * its nearest side.
 */
import { groundAt, type LandIndex } from './land.ts';
import type { LonLat, MarginStrip } from './types.ts';
import type { LabelBox } from './label-candidates.ts';

/** What lies under a screen point: the id of a base-map shape, null for the sea, 'frame' for a margin panel. */
export type ScreenGround = (x: number, y: number) => string | null | 'frame';

/** A straight line from a label's nearest side to its anchor, screen px. */
export interface Leader {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A label further than this (px) from its anchor is joined to it by a leader line. */
export const LEADER_BEYOND = 20;

/** The screen ground of a map: margins hide the land, the land index names the shapes. */
export function screenGround(
  margins: readonly MarginStrip[],
  unproject: (x: number, y: number) => LonLat,
  land: LandIndex,
): ScreenGround {
  return (x, y) => groundAt(unproject(x, y), margins, land);
}

/** Whether a label box at (left, top) lies on land other than its own actor's (five points: its middle and inner corners). */
export function onForeignLand(
  box: LabelBox,
  left: number,
  top: number,
  ground: ScreenGround,
): boolean {
  const inset = 3;
  const xs = [left + inset, left + box.width - inset],
    ys = [top + inset, top + box.height - inset];
  const points: [number, number][] = [
    [left + box.width / 2, top + box.height / 2],
    [xs[0]!, ys[0]!],
    [xs[1]!, ys[0]!],
    [xs[0]!, ys[1]!],
    [xs[1]!, ys[1]!],
  ];
  return points.some(([x, y]) => {
    const g = ground(x, y);
    return g !== null && g !== 'frame' && g !== box.id;
  });
}

/** The line from the box's nearest point to its anchor, when the box lies more than LEADER_BEYOND away or `always`. */
export function leaderTo(
  box: { x: number; y: number },
  rect: { left: number; top: number; width: number; height: number },
  always: boolean,
): Leader | undefined {
  const nx = Math.max(rect.left, Math.min(box.x, rect.left + rect.width));
  const ny = Math.max(rect.top, Math.min(box.y, rect.top + rect.height));
  const away = Math.hypot(nx - box.x, ny - box.y);
  if (away <= LEADER_BEYOND && !always) return undefined;
  if (away < 1) return undefined;
  return { x1: nx, y1: ny, x2: box.x, y2: box.y };
}
