/**
 * The figures written on the slide's edges: where the element's own layout puts them on the
 * picture, and their weight.
 */
import type { Renderer } from '../../render/renderer.ts';
import type { Scene, SceneEdge } from '../../scene/types.ts';
import type { LabelPlacement } from '../map/label-positions.ts';
import { edgeGuide, edgeLabelBox, layoutEdgeLabels } from '../../scene/edge-label-layout.ts';
import { hasRightToLeft } from '../../render/svg/text-direction.ts';
import { FONT, SCALE } from './slide-basics.ts';

/**
 * A tentative figure is lighter and italic; one in Arabic or Hebrew script only lighter, as in the
 * SVG (render/svg/text-direction.ts): those scripts have no italic.
 */
export function figureWeight(edge: SceneEdge): string {
  return !edge.tentative ? '600' : hasRightToLeft(edge.label?.text ?? '') ? '400' : 'italic 400';
}

/**
 * Where the figures go on the slide: the element's own layout (label-layout.ts) run again on the
 * same picture and actor labels, with text measured as the element's 0.75 rem edge labels.
 */
export function figuresOf(
  renderer: Renderer,
  placements: ReadonlyMap<string, LabelPlacement>,
  scene: Scene,
  picture: HTMLCanvasElement,
): { x: number; y: number; edge: SceneEdge }[] {
  const measure = document.createElement('canvas').getContext('2d')!;
  const height = 12 * 1.2;
  const boxes = scene.edges.flatMap((edge) => {
    if (!edge.label) return [];
    measure.font = `${figureWeight(edge)} 12px ${FONT}`;
    const box = edgeLabelBox(
      edge,
      (p) => renderer.project(p),
      measure.measureText(edge.label.text).width + 8,
      height,
    );
    return box ? [box] : [];
  });
  const placed = layoutEdgeLabels(
    boxes,
    [...placements.values()],
    picture.width / SCALE,
    picture.height / SCALE,
    boxes.length > 0
      ? (edgeGuide(scene.edges, (p) => renderer.project(p)) ?? undefined)
      : undefined,
  );
  const edges = new Map(scene.edges.map((e) => [e.id, e]));
  return boxes.flatMap((box) => {
    const at = placed.get(box.id);
    return at
      ? [{ x: at.left + box.width / 2, y: at.top + box.height / 2, edge: edges.get(box.id)! }]
      : [];
  });
}
