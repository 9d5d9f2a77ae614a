/**
 * Greedy label placement: labels are placed in priority order (most ties first), each at the first
 * candidate position near its actor that overlaps no placed label and stays in view. A label with
 * no such position gives way (a crowded phone map drops the labels of the least-connected actors;
 * their ties stay in the focus panel and the table), except the focused actor's, which takes the
 * candidate that overlaps least. Pure: screen boxes in, screen positions out.
 */
import { ARROW_ROOM_PX } from './edges.ts';
import { groundAt, type LandIndex } from './land.ts';
import type { LonLat, MarginStrip, Scene, SceneActor, SceneEdge } from './types.ts';

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
}

/** What lies under a screen point: the id of a base-map shape, null for the sea, 'frame' for a margin panel. */
export type ScreenGround = (x: number, y: number) => string | null | 'frame';

/** A straight line from a label's nearest side to its anchor, screen px. */
export interface Leader {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
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

/** A label further than this (px) from its anchor is joined to it by a leader line. */
export const LEADER_BEYOND = 20;

/** Labels at or above this priority (the focused actor) never give way. */
export const KEEP_PRIORITY = 1000;

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
const LEADER_DISTANCES = [
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

/** The screen ground of a map: margins hide the land, the land index names the shapes. */
export function screenGround(
  margins: readonly MarginStrip[],
  unproject: (x: number, y: number) => LonLat,
  land: LandIndex,
): ScreenGround {
  return (x, y) => groundAt(unproject(x, y), margins, land);
}

/** Whether a label box at (left, top) lies on land other than its own actor's (five points: its middle and inner corners). */
function onForeignLand(box: LabelBox, left: number, top: number, ground: ScreenGround): boolean {
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

/** Whether a rectangle holds the anchor point (x, y). */
function covers(rect: Rect, { x, y }: { x: number; y: number }): boolean {
  return (
    x >= rect.left && x <= rect.left + rect.width && y >= rect.top && y <= rect.top + rect.height
  );
}

function overlap(
  a: { left: number; top: number; width: number; height: number },
  b: typeof a,
): number {
  const dx = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const dy = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return dx > 0 && dy > 0 ? dx * dy : 0;
}

/**
 * Placed rectangles bucketed by a coarse grid, so that a candidate is tested against the few it
 * may touch, not against every label placed so far (400 figure labels × 77 spots each at 10,000
 * ties): the same answer as a scan over all of them.
 */
class RectGrid {
  private static readonly CELL = 96;
  /** The rectangles in the order added; the cells hold their indices. */
  private readonly rects: Rect[] = [];
  private readonly cells = new Map<number, number[]>();

  add(r: Rect): void {
    const c = RectGrid.CELL;
    const index = this.rects.push(r) - 1;
    for (let y = Math.floor(r.top / c); y <= Math.floor((r.top + r.height) / c); y++) {
      for (let x = Math.floor(r.left / c); x <= Math.floor((r.left + r.width) / c); x++) {
        const list = this.cells.get(y * 65_536 + x);
        if (list) list.push(index);
        else this.cells.set(y * 65_536 + x, [index]);
      }
    }
  }

  /** Whether `r` overlaps a rectangle added (two that overlap share a cell). No allocation: it runs for every spot tried. */
  overlaps(r: Rect): boolean {
    const c = RectGrid.CELL;
    for (let y = Math.floor(r.top / c); y <= Math.floor((r.top + r.height) / c); y++) {
      for (let x = Math.floor(r.left / c); x <= Math.floor((r.left + r.width) / c); x++) {
        const list = this.cells.get(y * 65_536 + x);
        if (list) for (const i of list) if (overlap(r, this.rects[i]!) > 0) return true;
      }
    }
    return false;
  }

  /**
   * The area `r` shares with the rectangles added, summed in the order they were added: the very
   * sum over all of them (the ones it misses add exactly 0), from the few that share its cells.
   */
  overlapSum(r: Rect): number {
    const c = RectGrid.CELL;
    const hits: number[] = [];
    for (let y = Math.floor(r.top / c); y <= Math.floor((r.top + r.height) / c); y++) {
      for (let x = Math.floor(r.left / c); x <= Math.floor((r.left + r.width) / c); x++) {
        for (const i of this.cells.get(y * 65_536 + x) ?? [])
          if (!hits.includes(i) && overlap(r, this.rects[i]!) > 0) hits.push(i);
      }
    }
    hits.sort((a, b) => a - b);
    let sum = 0;
    for (const i of hits) sum += overlap(r, this.rects[i]!);
    return sum;
  }
}

/**
 * `avoid`: boxes no label may cover (the arrowheads: arrowHeadBoxes).
 * `ground` (optional): what lies under a screen point. With it, a shape's label takes the first
 * free spot on its own land, the sea or the frame; failing that the shortest leader line: a free
 * spot just further out, else the first free spot near it on another's land, else free spots
 * further out (each joined to its anchor by a leader line). Without it, a label with no free spot
 * near it also tries the spots further out, with a leader.
 */
export function layoutLabels(
  boxes: readonly LabelBox[],
  viewWidth: number,
  viewHeight: number,
  ground?: ScreenGround,
  avoid: readonly Rect[] = [],
): PlacedLabel[] {
  const placed = new RectGrid();
  for (const r of avoid) placed.add(r);
  const result = new Map<string, PlacedLabel>();
  const order = [...boxes].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  for (const box of order) {
    const checkLand = ground !== undefined && box.shape === true;
    let best: { left: number; top: number; cost: number } | null = null;
    let firstFree: { left: number; top: number } | null = null;
    let chosen: { left: number; top: number; foreign: boolean } | null = null;
    const consider = (candidates: readonly [number, number][], scoreAll: boolean): void => {
      for (const [rawLeft, top] of candidates) {
        const left = Math.min(Math.max(rawLeft, 2), Math.max(2, viewWidth - box.width - 2));
        const rect = { left, top, width: box.width, height: box.height };
        const outside = top < 0 || top + box.height > viewHeight ? box.width * box.height : 0;
        const cost = placed.overlapSum(rect) + outside;
        if (scoreAll && (!best || cost < best.cost)) best = { left, top, cost };
        if (cost > 0) continue;
        if (checkLand && onForeignLand(box, left, top, ground)) {
          // A label on another's land needs a leader line, so never one over its own anchor.
          if (!covers(rect, box)) firstFree ??= { left, top };
          continue;
        }
        chosen = { left, top, foreign: false };
        return;
      }
    };
    consider(labelCandidates(box), true);
    // A free spot just further out, joined to its anchor by a short leader line; then a near spot on
    // another's land (a leader joins it too); before the label gives way, free spots further out.
    if (!chosen) consider(leaderCandidates(box, LEADER_DISTANCES.slice(0, 1)), false);
    if (!chosen && firstFree)
      chosen = { ...(firstFree as { left: number; top: number }), foreign: true };
    if (!chosen) consider(leaderCandidates(box, LEADER_DISTANCES.slice(1)), false);
    if (!chosen && firstFree)
      chosen = { ...(firstFree as { left: number; top: number }), foreign: true };
    const pick = chosen;
    const worst = best as { left: number; top: number; cost: number } | null;
    // The least-bad spot is no place for a label on another's land over its own anchor (no leader can join them).
    const unjoinable =
      worst !== null &&
      checkLand &&
      covers({ ...worst, width: box.width, height: box.height }, box) &&
      onForeignLand(box, worst.left, worst.top, ground);
    if (!pick && (worst === null || worst.cost > 0 || unjoinable) && box.priority < KEEP_PRIORITY) {
      result.set(box.id, {
        id: box.id,
        left: worst?.left ?? box.x,
        top: worst?.top ?? box.y,
        gaveWay: true,
      });
      continue;
    }
    const spot = worst ?? { left: box.x, top: box.y };
    const at = pick ?? {
      left: spot.left,
      top: spot.top,
      foreign: checkLand && onForeignLand(box, spot.left, spot.top, ground),
    };
    placed.add({ left: at.left, top: at.top, width: box.width, height: box.height });
    const leader = leaderTo(
      box,
      { left: at.left, top: at.top, width: box.width, height: box.height },
      at.foreign,
    );
    result.set(
      box.id,
      leader
        ? { id: box.id, left: at.left, top: at.top, leader }
        : { id: box.id, left: at.left, top: at.top },
    );
  }
  return boxes.map((b) => result.get(b.id)!);
}

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface EdgeLabelBox {
  id: string;
  width: number;
  height: number;
  /** Screen points along the edge where the label's centre may go, best first (its middle first), and how far each lies from the edge. */
  spots: { x: number; y: number; off?: number }[];
  /** Higher keeps its place (a larger figure in the measure); lower gives way first. */
  priority: number;
}

/** Clear space kept around an edge label, so it never touches another label. */
const EDGE_LABEL_GAP = 2;

/**
 * Edge labels after the actor labels: in priority order, each at the first spot along its edge
 * that overlaps no actor label, no placed edge label and stays in view; a label with no such spot
 * gives way (null) — the card and the table still show its figure.
 */
export function layoutEdgeLabels(
  boxes: readonly EdgeLabelBox[],
  actorLabels: readonly Rect[],
  viewWidth: number,
  viewHeight: number,
  guide?: EdgeGuide,
): Map<string, PlacedLabel | null> {
  const taken = new RectGrid();
  for (const r of actorLabels)
    taken.add({
      left: r.left - EDGE_LABEL_GAP,
      top: r.top - EDGE_LABEL_GAP,
      width: r.width + 2 * EDGE_LABEL_GAP,
      height: r.height + 2 * EDGE_LABEL_GAP,
    });
  const result = new Map<string, PlacedLabel | null>();
  const order = [...boxes].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  for (const box of order) {
    let placed: PlacedLabel | null = null;
    for (const spot of box.spots) {
      const left = spot.x - box.width / 2,
        top = spot.y - box.height / 2;
      if (left < 0 || top < 0 || left + box.width > viewWidth || top + box.height > viewHeight)
        continue;
      const rect = { left, top, width: box.width, height: box.height };
      if (taken.overlaps(rect)) continue;
      if (guide && !guide.nearestIsOwn(spot.x, spot.y, box.id, spot.off ?? 0)) continue;
      placed = { id: box.id, left: rect.left, top: rect.top };
      taken.add({
        left: rect.left - EDGE_LABEL_GAP,
        top: rect.top - EDGE_LABEL_GAP,
        width: rect.width + 2 * EDGE_LABEL_GAP,
        height: rect.height + 2 * EDGE_LABEL_GAP,
      });
      break;
    }
    result.set(box.id, placed);
  }
  return result;
}

/** Half the room an arrowhead takes, CSS px (edges.ts: ARROW_ROOM_PX). */
const ARROW_HALF = ARROW_ROOM_PX / 2;

/** The boxes of the arrowheads in view, which labels keep clear of; none over GUIDE_MAX_EDGES edges. */
export function arrowHeadBoxes(
  edges: readonly SceneEdge[],
  project: (p: LonLat) => { x: number; y: number },
  viewWidth: number,
  viewHeight: number,
): Rect[] {
  if (edges.length > GUIDE_MAX_EDGES) return [];
  const out: Rect[] = [];
  for (const edge of edges) {
    const { x, y } = project(edge.arrow.at);
    if (
      x < -ARROW_HALF ||
      y < -ARROW_HALF ||
      x > viewWidth + ARROW_HALF ||
      y > viewHeight + ARROW_HALF
    )
      continue;
    out.push({
      left: x - ARROW_HALF,
      top: y - ARROW_HALF,
      width: 2 * ARROW_HALF,
      height: 2 * ARROW_HALF,
    });
  }
  return out;
}

/** Which edge a figure label's spot lies nearest to: a label sits nearer its own edge than any other. */
export interface EdgeGuide {
  /** Whether no other edge passes closer to (x, y) than `off` px (the spot's distance from its own edge `id`). */
  nearestIsOwn(x: number, y: number, id: string, off: number): boolean;
}

/** Above this many edges a layout skips the nearest-edge test (projecting every path on every camera move would cost more than the labels). */
export const GUIDE_MAX_EDGES = 1500;
const GUIDE_CELL = 48;

/**
 * The edges' paths on screen, bucketed by a coarse grid of their segments, so a spot is tested
 * against the few segments near it; null over GUIDE_MAX_EDGES edges.
 */
export function edgeGuide(
  edges: readonly SceneEdge[],
  project: (p: LonLat) => { x: number; y: number },
): EdgeGuide | null {
  if (edges.length > GUIDE_MAX_EDGES) return null;
  const segments: { id: string; ax: number; ay: number; bx: number; by: number }[] = [];
  const cells = new Map<number, number[]>();
  for (const edge of edges) {
    let a = project(edge.path[0]!);
    for (let i = 1; i < edge.path.length; i++) {
      const b = project(edge.path[i]!);
      const index = segments.push({ id: edge.id, ax: a.x, ay: a.y, bx: b.x, by: b.y }) - 1;
      for (
        let y = Math.floor(Math.min(a.y, b.y) / GUIDE_CELL);
        y <= Math.floor(Math.max(a.y, b.y) / GUIDE_CELL);
        y++
      ) {
        for (
          let x = Math.floor(Math.min(a.x, b.x) / GUIDE_CELL);
          x <= Math.floor(Math.max(a.x, b.x) / GUIDE_CELL);
          x++
        ) {
          const list = cells.get(y * 65_536 + x);
          if (list) list.push(index);
          else cells.set(y * 65_536 + x, [index]);
        }
      }
      a = b;
    }
  }
  return {
    nearestIsOwn(px, py, id, off) {
      // Another edge closer than the spot's own distance (less a pixel: the stroke itself) wins the label.
      const reach = off + 1;
      for (
        let y = Math.floor((py - reach) / GUIDE_CELL);
        y <= Math.floor((py + reach) / GUIDE_CELL);
        y++
      ) {
        for (
          let x = Math.floor((px - reach) / GUIDE_CELL);
          x <= Math.floor((px + reach) / GUIDE_CELL);
          x++
        ) {
          for (const i of cells.get(y * 65_536 + x) ?? []) {
            const s = segments[i]!;
            if (s.id !== id && segmentDistance(px, py, s) < off - 1) return false;
          }
        }
      }
      return true;
    },
  };
}

function segmentDistance(
  px: number,
  py: number,
  s: { ax: number; ay: number; bx: number; by: number },
): number {
  const dx = s.bx - s.ax,
    dy = s.by - s.ay;
  const t = Math.max(
    0,
    Math.min(1, ((px - s.ax) * dx + (py - s.ay) * dy) / (dx * dx + dy * dy || 1)),
  );
  return Math.hypot(px - s.ax - t * dx, py - s.ay - t * dy);
}

/** The path's sample indices to try for a label, from its middle outwards. */
export function labelSpotIndices(samples: number): readonly number[] {
  let indices = spotIndices.get(samples);
  if (!indices) {
    const last = samples - 1;
    // From the middle outwards in small steps: a label sits on its own stroke wherever it finds room.
    const shares = [0.5];
    for (let d = 0.04; d <= 0.4; d += 0.04) shares.push(0.5 - d, 0.5 + d);
    // Then the spots between those, for a label whose edge runs through a crowd of others.
    for (let d = 0.02; d <= 0.46; d += 0.04) shares.push(0.5 - d, 0.5 + d);
    spotIndices.set(samples, (indices = [...new Set(shares.map((s) => Math.round(s * last)))]));
  }
  return indices;
}
/** Every edge of a scene has the same number of samples: the indices are worked out once per count. */
const spotIndices = new Map<number, number[]>();
/** Where a label may sit across its edge, in steps of its offset: on it first, then either side (where no other edge lies nearer: EdgeGuide). */
const ACROSS = [0, 1, -1, 2, -2, 3, -3];

/** On a map where some edges recede, the actors with most ties (its hubs) keep their labels before any figure. */
export const FIGURE_HUBS = 3;

/**
 * On a map where some edges recede (top-flows.ts), the actors whose labels give way to the figures
 * of the edges drawn in full: all but the hubs (FIGURE_HUBS) and the focused actor. Empty where
 * nothing recedes, so such a map lays out its labels as it always has.
 */
export function yieldingActors(scene: Pick<Scene, 'actors' | 'edges'>): Set<string> {
  const yielding = new Set<string>();
  if (!scene.edges.some((e) => e.recede)) return yielding;
  const hubs = new Set(
    [...scene.actors]
      .sort((a, b) => b.tieCount - a.tieCount)
      .slice(0, FIGURE_HUBS)
      .map((a) => a.id),
  );
  for (const actor of scene.actors)
    if (!hubs.has(actor.id) && actor.emphasis !== 'focus') yielding.add(actor.id);
  return yielding;
}

export interface MapLabelsInput {
  scene: Pick<Scene, 'actors' | 'edges'>;
  actors: readonly LabelBox[];
  figures: readonly EdgeLabelBox[];
  width: number;
  height: number;
  ground?: ScreenGround | undefined;
  /** Boxes no label may cover (the arrowheads, a key drawn over the map). */
  avoid: readonly Rect[];
  /** Boxes the figures keep clear of besides the actor labels (a key drawn over the map). */
  figureAvoid?: readonly Rect[];
  guide?: EdgeGuide | undefined;
  /** An actor label's rectangle as the figures see it (the element's labels sit on whole pixels). */
  snap?: (r: Rect) => Rect;
}

/**
 * Actor labels, then figure labels along their edges: the element, the static SVG and the slide
 * share this order. Where some edges recede (a register), the largest flows' figures are what the
 * picture is for: after the hubs' and the focused actor's labels, the figures take their places,
 * then the other actors' labels are laid out around them (the ends of the flows drawn in full
 * first), giving way where no spot is free; their ties stay in the table and the focus panel.
 */
export function layoutMapLabels(input: MapLabelsInput): {
  actors: Map<string, PlacedLabel>;
  figures: Map<string, PlacedLabel | null>;
} {
  const { width, height, ground, avoid } = input;
  const yielding = yieldingActors(input.scene);
  const placed = new Map(
    layoutLabels(
      input.actors.filter((b) => !yielding.has(b.id)),
      width,
      height,
      ground,
      avoid,
    ).map((p) => [p.id, p]),
  );
  const snap = input.snap ?? ((r: Rect) => r);
  const taken = input.actors.flatMap((b) => {
    const p = placed.get(b.id);
    return p && !p.gaveWay
      ? [snap({ left: p.left, top: p.top, width: b.width, height: b.height })]
      : [];
  });
  const figures = layoutEdgeLabels(
    input.figures,
    [...taken, ...(input.figureAvoid ?? [])],
    width,
    height,
    input.guide,
  );
  if (yielding.size > 0) {
    const ends = new Set(input.scene.edges.flatMap((e) => (e.recede ? [] : [e.from, e.to])));
    const later = input.actors
      .filter((b) => yielding.has(b.id))
      .map((b) =>
        ends.has(b.id)
          ? { ...b, priority: Math.min(KEEP_PRIORITY - 1, b.priority + KEEP_PRIORITY / 2) }
          : b,
      );
    for (const p of layoutLabels(later, width, height, ground, [
      ...avoid,
      ...taken,
      ...figureRects(input.figures, figures),
    ]))
      placed.set(p.id, p);
  }
  return { actors: placed, figures };
}

/** The rectangles of placed figure labels with the clear space kept around them. */
function figureRects(
  boxes: readonly EdgeLabelBox[],
  placed: ReadonlyMap<string, PlacedLabel | null>,
): Rect[] {
  return boxes.flatMap((box) => {
    const at = placed.get(box.id);
    return at
      ? [
          {
            left: at.left - EDGE_LABEL_GAP,
            top: at.top - EDGE_LABEL_GAP,
            width: box.width + 2 * EDGE_LABEL_GAP,
            height: box.height + 2 * EDGE_LABEL_GAP,
          },
        ]
      : [];
  });
}

/** An actor's label box at its anchor's screen point: the element and the static SVG place alike. */
export function actorLabelBox(
  actor: SceneActor,
  at: { x: number; y: number },
  width: number,
  height: number,
): LabelBox {
  return {
    id: actor.id,
    x: at.x,
    y: at.y,
    width,
    height,
    // Where edges meet (a marker, a far actor, a hub) the label goes beside the point, not on it.
    beside: !actor.hasShape || actor.distant !== null || actor.tieCount > 0,
    priority: (actor.emphasis === 'focus' ? KEEP_PRIORITY : 0) + actor.tieCount,
    // A shape's label sits on its shape, the sea or the frame, a tab's on the frame; a pin's beside its pin.
    shape: actor.hasShape || actor.distant !== null,
  };
}

/** An edge's figure label box: spots on the edge, then beside it on either side, middle first. */
export function edgeLabelBox(
  edge: SceneEdge,
  project: (p: LonLat) => { x: number; y: number },
  width: number,
  height: number,
): EdgeLabelBox | null {
  if (!edge.label) return null;
  const spots: EdgeLabelBox['spots'] = [];
  const off = height * 0.5 + edge.width / 2 + 2;
  for (const i of labelSpotIndices(edge.path.length)) {
    const p = project(edge.path[i]!);
    const q = project(edge.path[Math.min(i + 1, edge.path.length - 1)]!);
    const length = Math.hypot(q.x - p.x, q.y - p.y) || 1;
    const nx = (-(q.y - p.y) / length) * off,
      ny = ((q.x - p.x) / length) * off;
    for (const k of ACROSS)
      spots.push({ x: p.x + k * nx, y: p.y + k * ny, off: Math.abs(k) * off });
  }
  // A focused edge's figure keeps its place before any other.
  return {
    id: edge.id,
    width,
    height,
    spots,
    priority: edge.label.priority + (edge.emphasis === 'focus' ? 10 : 0),
  };
}

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
