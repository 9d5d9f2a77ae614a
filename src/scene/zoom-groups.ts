/**
 * Groups that open as the reader zooms in (docs/analysing.md, "Grouping by region"): under a
 * grouping, a group whose actors spread over enough of the map on screen draws them themselves,
 * as a click on its node does, and closes again when the reader zooms back out.
 *
 * The rule, with the map's default frame (the scene's `frame`, as the element first shows it) as
 * the measure of "zoomed in":
 * - the camera is zoomed in at least 2× from the default frame (one zoom level), so a register's
 *   grouped world view stays grouped however far a continent spreads on it; and
 * - the bounding box of the group's actors' anchors, on screen, is wider or taller than 40% of
 *   the map's shorter side, and lies at least partly in view.
 * An open group stays open until the zoom falls under 1.5× or its box under 30% of the shorter
 * side, or leaves the view (the gap keeps a group from flickering at one zoom). A group of one
 * actor never spreads, so it never opens by zoom. Groups the reader expanded by click are the
 * reducer's and stay open whatever the zoom.
 *
 * Pure: the map controller measures once the camera comes to rest, the reducer keeps the answer.
 */
import { m49GroupOf, type Grouping } from '../data/regions.ts';
import { boxOf } from './group-scene.ts';
import type { LonLat, SceneActor } from './types.ts';

/** Share of the map's shorter side a group's actors must spread over on screen to open. */
export const OPEN_SHARE = 0.4;
/** An open group closes once its actors spread over less than this share. */
export const CLOSE_SHARE = 0.3;
/** How far the camera must be zoomed in from the default frame (ratio of scales) for a group to open. */
export const OPEN_ZOOM = 2;
/** An open group closes once the camera is zoomed in less than this from the default frame. */
export const CLOSE_ZOOM = 1.5;

/**
 * Each group's actors' bounding box (south-west, north-east) in a scene: a closed group's from its
 * node, an open one's from the members drawn themselves. The focused actor, drawn itself whatever
 * its group, counts in none.
 */
export function groupBoxes(
  actors: readonly SceneActor[],
  grouping: Grouping,
  focus: string | null,
): Map<string, [LonLat, LonLat]> {
  const boxes = new Map<string, [LonLat, LonLat]>();
  const open = new Map<string, LonLat[]>();
  for (const actor of actors) {
    if (actor.group) {
      boxes.set(actor.group.code, actor.group.box);
      continue;
    }
    const code = actor.id === focus ? undefined : m49GroupOf(actor.id, grouping);
    if (code === undefined) continue;
    const points = open.get(code);
    if (points) points.push(actor.anchor);
    else open.set(code, [actor.anchor]);
  }
  for (const [code, points] of open) boxes.set(code, boxOf(points));
  return boxes;
}

/** Where the camera is: `project` puts a point on screen (CSS px) on a map of `width` × `height`. */
export interface GroupCamera {
  project: (point: LonLat) => { x: number; y: number };
  width: number;
  height: number;
  /** CSS px per Mercator degree at the default frame (build-scene.ts `fitScale` of the scene's frame). */
  frameScale: number;
}

/**
 * The groups open at `camera`; `open` holds the groups the zoom opened before (they close at
 * CLOSE_SHARE and CLOSE_ZOOM). Sorted by code.
 */
export function groupsOpenAt(
  boxes: ReadonlyMap<string, readonly [LonLat, LonLat]>,
  camera: GroupCamera,
  open: ReadonlySet<string>,
): string[] {
  const { project, width, height, frameScale } = camera;
  const shorter = Math.min(width, height);
  if (!(shorter > 0) || !(frameScale > 0)) return [];
  // Mercator x is longitude: one degree east is `scale` px to the right.
  const zoom = (project([1, 0]).x - project([0, 0]).x) / frameScale;
  if (zoom < CLOSE_ZOOM) return [];
  const opened: string[] = [];
  for (const [code, [sw, ne]] of boxes) {
    const wasOpen = open.has(code);
    if (!wasOpen && zoom < OPEN_ZOOM) continue;
    const a = project(sw);
    const b = project(ne);
    const left = Math.min(a.x, b.x);
    const right = Math.max(a.x, b.x);
    const top = Math.min(a.y, b.y);
    const bottom = Math.max(a.y, b.y);
    const inView = right >= 0 && left <= width && bottom >= 0 && top <= height;
    const spread = Math.max(right - left, bottom - top);
    if (inView && spread > (wasOpen ? CLOSE_SHARE : OPEN_SHARE) * shorter) opened.push(code);
  }
  return opened.sort();
}
