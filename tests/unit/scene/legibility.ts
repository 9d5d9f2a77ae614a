/**
 * Measuring a scene as a reader sees it, independently of how scene/ chose its curves: the scene
 * framed by the renderers' own camera (fitCamera, FRAME_PADDING) in a map of a given size, actor
 * labels laid out as the element lays them out (label widths estimated from their text, 24 px
 * tall), then edges tested in screen pixels against actor markers and labels, and against each other.
 */
import { fitCamera, projectPoint } from '../../../src/render/svg/camera.ts';
import { segmentHitsBox } from '../../../src/scene/bends.ts';
import { FRAME_PADDING } from '../../../src/render/renderer.ts';
import { actorLabelBox, layoutLabels } from '../../../src/scene/label-layout.ts';
import type { Scene, SceneActor } from '../../../src/scene/types.ts';

type Point = { x: number; y: number };
type Box = { left: number; top: number; right: number; bottom: number };

/** A label's estimated size: bold 12.8 px text (about 7.6 px a character), 5.6 px padding a side, 24 px tall. */
function labelWidth(actor: SceneActor, phone: boolean): number {
  const text = actor.name.length + (actor.distant ? 2 + (phone ? 0 : 14) : 0);
  return Math.round(text * 7.6 + 12);
}
const MARKER_RADIUS = 6;

export interface Measured {
  /** Each edge's path in screen px. */
  paths: Map<string, Point[]>;
  /** Each actor's marker box and its placed label box (none when the label gave way). */
  obstacles: { id: string; box: Box }[];
  anchors: Map<string, Point>;
}

export function measure(scene: Scene, width: number, height: number): Measured {
  const camera = fitCamera(scene.frame, width, height, FRAME_PADDING);
  const project = (p: [number, number]) => projectPoint(camera, width, height, p);
  const anchors = new Map(scene.actors.map((a) => [a.id, project(a.anchor)]));
  const phone = width < 480;
  const boxes = scene.actors.map((a) =>
    actorLabelBox(a, anchors.get(a.id)!, labelWidth(a, phone), 24),
  );
  const placed = layoutLabels(boxes, width, height);
  const obstacles: Measured['obstacles'] = [];
  scene.actors.forEach((a, i) => {
    const { x, y } = anchors.get(a.id)!;
    obstacles.push({
      id: a.id,
      box: {
        left: x - MARKER_RADIUS,
        top: y - MARKER_RADIUS,
        right: x + MARKER_RADIUS,
        bottom: y + MARKER_RADIUS,
      },
    });
    const p = placed[i]!;
    if (!p.gaveWay)
      obstacles.push({
        id: a.id,
        box: {
          left: p.left,
          top: p.top,
          right: p.left + boxes[i]!.width,
          bottom: p.top + boxes[i]!.height,
        },
      });
  });
  return {
    paths: new Map(scene.edges.map((e) => [e.id, e.path.map(project)])),
    obstacles,
    anchors,
  };
}

/** "edge id → actor id" for every edge that runs over the marker or label of an actor it does not connect. */
export function foreignOverlaps(scene: Scene, m: Measured): string[] {
  const found = new Set<string>();
  for (const edge of scene.edges) {
    const path = m.paths.get(edge.id)!;
    for (const { id, box } of m.obstacles) {
      if (id === edge.from || id === edge.to) continue;
      for (let i = 1; i < path.length; i++) {
        if (
          segmentHitsBox([path[i - 1]!.x, path[i - 1]!.y], [path[i]!.x, path[i]!.y], {
            x0: box.left,
            y0: box.top,
            x1: box.right,
            y1: box.bottom,
          })
        ) {
          found.add(`${edge.id} over ${id}`);
          break;
        }
      }
    }
  }
  return [...found].sort();
}

/** The angles (0–90°) at which the edges' paths cross, except within `near` px of an actor both edges share (the fan). */
export function crossingAngles(scene: Scene, m: Measured, near = 16): number[] {
  const angles: number[] = [];
  const edges = scene.edges;
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      const e = edges[i]!,
        f = edges[j]!;
      const shared = [e.from, e.to]
        .filter((id) => id === f.from || id === f.to)
        .map((id) => m.anchors.get(id)!);
      const p = m.paths.get(e.id)!,
        q = m.paths.get(f.id)!;
      for (let a = 1; a < p.length; a++) {
        for (let b = 1; b < q.length; b++) {
          const hit = intersection(p[a - 1]!, p[a]!, q[b - 1]!, q[b]!);
          if (!hit || shared.some((s) => Math.hypot(s.x - hit.x, s.y - hit.y) < near)) continue;
          const u = Math.atan2(p[a]!.y - p[a - 1]!.y, p[a]!.x - p[a - 1]!.x);
          const v = Math.atan2(q[b]!.y - q[b - 1]!.y, q[b]!.x - q[b - 1]!.x);
          const d = Math.abs(((u - v) * 180) / Math.PI) % 180;
          angles.push(Math.min(d, 180 - d));
        }
      }
    }
  }
  return angles;
}

function intersection(a: Point, b: Point, c: Point, d: Point): Point | null {
  const r = { x: b.x - a.x, y: b.y - a.y };
  const s = { x: d.x - c.x, y: d.y - c.y };
  const den = r.x * s.y - r.y * s.x;
  if (den === 0) return null;
  const t = ((c.x - a.x) * s.y - (c.y - a.y) * s.x) / den;
  const u = ((c.x - a.x) * r.y - (c.y - a.y) * r.x) / den;
  return t >= 0 && t < 1 && u >= 0 && u < 1 ? { x: a.x + t * r.x, y: a.y + t * r.y } : null;
}

/** The vertical extent of the actors' anchors and placed labels, as a share of the map's height. */
export function verticalShare(m: Measured, height: number): number {
  const tops = m.obstacles.map((o) => o.box.top),
    bottoms = m.obstacles.map((o) => o.box.bottom);
  return (Math.min(height, Math.max(...bottoms)) - Math.max(0, Math.min(...tops))) / height;
}

/** The vertical extent of the actors' anchors alone, as a share of the map's height. */
export function anchorShare(m: Measured, height: number): number {
  const ys = [...m.anchors.values()].map((p) => p.y);
  return (Math.max(...ys) - Math.min(...ys)) / height;
}
