/**
 * Figure labels along their edges: the spots on and beside each edge, the nearest-edge guide, the
 * arrowheads they keep clear of, and their greedy placement.
 */
import { ARROW_ROOM_PX } from './arrival-rings.ts';
import type { LonLat, SceneEdge } from './types.ts';
import type { PlacedLabel } from './label-candidates.ts';
import { type Rect, RectGrid } from './label-overlap.ts';

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
export const EDGE_LABEL_GAP = 2;

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

/** Half the room an arrowhead takes, CSS px (arrival-rings.ts: ARROW_ROOM_PX). */
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
