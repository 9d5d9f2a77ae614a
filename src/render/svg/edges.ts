/**
 * Edges, their halos and their direction cues as SVG, every number from edge-look.ts. Each edge
 * is one `<g data-edge-id data-tie-ids stroke-width>` (DESIGN.md's output contract); halos lie
 * in one group under all edges and cues in one group above them, as the WebGL style layers them.
 * Edge paths are the scene's samples joined by straight lines on screen, as MapLibre draws a
 * LineString in Mercator space (not d3-geo's great circles).
 */
import type { LonLat, Scene, SceneEdge } from '../../scene/types.ts';
import {
  CUE_BAR,
  CUE_BOX,
  CUE_CHEVRON,
  CUE_OUTLINE,
  CUE_OUTLINE_WIDTH,
  edgeLook,
  type EdgeLook,
} from '../edge-look.ts';
import type { MapPalette } from '../renderer.ts';
import { coord, num, polyline } from './escape.ts';
import { el, type SvgNode } from './tree.ts';
import type { SvgView } from './view.ts';

type Point = { x: number; y: number };

/**
 * Each edge path's screen points and `d` for the last view drawn, by the scene's path array: the
 * scene keeps an unchanged edge's path (build-scene.ts), so a toggle, focus or hover projects and
 * formats only the edges that came, and every edge's element tree is made from the same strings.
 */
let projectedFor: {
  key: string;
  paths: WeakMap<readonly LonLat[], { points: readonly Point[]; d: string }>;
} | null = null;

function projected(
  path: readonly LonLat[],
  view: SvgView,
): { points: readonly Point[]; d: string } {
  const key = `${view.camera.center[0]} ${view.camera.center[1]} ${view.camera.zoom} ${view.width} ${view.height}`;
  if (projectedFor?.key !== key) projectedFor = { key, paths: new WeakMap() };
  let known = projectedFor.paths.get(path);
  if (!known) {
    const points = path.map((p) => view.project(p));
    known = { points, d: polyline(points) };
    projectedFor.paths.set(path, known);
  }
  return known;
}

/** The polyline moved `distance` px to its left (negative: right), along each vertex's normal. */
export function offsetPolyline(points: readonly Point[], distance: number): Point[] {
  return points.map((p, i) => {
    const a = points[Math.max(0, i - 1)]!;
    const b = points[Math.min(points.length - 1, i + 1)]!;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const length = Math.hypot(dx, dy) || 1;
    return { x: p.x + (dy / length) * distance, y: p.y - (dx / length) * distance };
  });
}

function dashArray(look: EdgeLook): string | null {
  return look.dash ? `${num(look.dash[0])} ${num(look.dash[1])}` : null;
}

function strokeNode(
  { points, d: line }: { points: readonly Point[]; d: string },
  look: EdgeLook,
): SvgNode {
  if (!look.rails) return el('path', { 'stroke-dasharray': dashArray(look), d: line });
  const offset = (look.rails.gap + look.rails.rail) / 2;
  const d = polyline(offsetPolyline(points, offset)) + polyline(offsetPolyline(points, -offset));
  return el('path', { 'stroke-dasharray': dashArray(look), 'stroke-width': look.rails.rail, d });
}

export interface EdgeOptions {
  /** Adds the invisible, wide pointer target in each edge's group (the browser renderer). */
  interactive: boolean;
}

function opacity(value: number): number | null {
  return value === 1 ? null : value;
}

export function edgeNode(edge: SceneEdge, view: SvgView, options: EdgeOptions): SvgNode {
  const look = edgeLook(edge);
  const line = projected(edge.path, view);
  const children = [strokeNode(line, look)];
  if (options.interactive) {
    children.push(
      el('path', {
        class: 'hit',
        stroke: 'transparent',
        'pointer-events': 'stroke',
        cursor: 'pointer',
        'stroke-width': look.hitWidth,
        d: line.d,
      }),
    );
  }
  return el(
    'g',
    {
      class: 'edge',
      'data-edge-id': edge.id,
      'data-tie-ids': edge.tieIds.join(' '),
      'data-stroke': look.kind,
      'data-emphasis': edge.emphasis,
      'data-recede': edge.recede ? 'true' : null,
      stroke: look.colour,
      'stroke-width': look.width,
      'stroke-linecap': look.cap === 'round' ? 'round' : null,
      opacity: opacity(look.opacity),
    },
    children,
  );
}

export function halosNode(scene: Scene, view: SvgView, palette: MapPalette): SvgNode {
  // One per edge, in the edges' order (the renderer's update keys them by position); a receding edge's is 0 px wide.
  const halos = scene.edges.map((edge) => {
    const { halo } = edgeLook(edge);
    return el('path', {
      'stroke-width': halo.width,
      opacity: halo.opacity,
      d: projected(edge.path, view).d,
    });
  });
  return el(
    'g',
    {
      class: 'halos',
      fill: 'none',
      'pointer-events': 'none',
      'stroke-linecap': 'round',
      stroke: palette.halo,
    },
    halos,
  );
}

const half = CUE_BOX / 2;
const CHEVRON_D = `${CUE_CHEVRON.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x - half} ${y - half}`).join('')}Z`;
const BAR_D = `M${CUE_BAR.x - half} ${CUE_BAR.y - half}h${CUE_BAR.width}v${CUE_BAR.height}h${-CUE_BAR.width}Z`;

export function cueNode(edge: SceneEdge, view: SvgView): SvgNode {
  const look = edgeLook(edge);
  const { x, y } = view.project(edge.arrow.at);
  const scale = Math.round((look.cue.size / CUE_BOX) * 1000) / 1000;
  return el('path', {
    'data-cue-for': edge.id,
    transform: `translate(${coord(x)} ${coord(y)}) rotate(${num(edge.arrow.bearing)}) scale(${scale})`,
    fill: look.colour,
    opacity: opacity(look.opacity),
    d: look.cue.bar ? CHEVRON_D + BAR_D : CHEVRON_D,
  });
}

export function cuesNode(scene: Scene, view: SvgView): SvgNode {
  // The outline lies under the fill (paint-order), as the canvas icon strokes before it fills.
  return el(
    'g',
    {
      class: 'cues',
      'pointer-events': 'none',
      'paint-order': 'stroke',
      'stroke-linejoin': 'round',
      stroke: CUE_OUTLINE,
      'stroke-width': CUE_OUTLINE_WIDTH,
      // A receding edge has no cue (edge-look.ts, rule 8).
    },
    scene.edges.filter((e) => edgeLook(e).cue.size > 0).map((e) => cueNode(e, view)),
  );
}

export function edgesNode(scene: Scene, view: SvgView, options: EdgeOptions): SvgNode {
  return el(
    'g',
    { class: 'edges', fill: 'none' },
    scene.edges.map((e) => edgeNode(e, view, options)),
  );
}
