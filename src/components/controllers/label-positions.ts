/**
 * HTML labels and edge handles follow the map: positioned directly (no Lit render per frame),
 * then spread apart so close actors (Armenia and Azerbaijan, Israel and Gaza) stay readable.
 */
import type { Renderer } from '../../render/renderer.ts';
import { layoutLabels, type LabelBox } from '../../scene/label-layout.ts';
import type { Scene } from '../../scene/types.ts';

export interface LabelPlacement {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Places the labels and edge handles of `layer`; returns where each actor label went (CSS px in the map). */
export function positionLabels(layer: HTMLElement, renderer: Renderer, scene: Scene): Map<string, LabelPlacement> {
  const width = layer.clientWidth;
  const height = layer.clientHeight;
  const actors = new Map(scene.actors.map((a) => [a.id, a]));
  const elements = [...layer.querySelectorAll<HTMLElement>('[data-actor-id]')];
  // Read every size first, then write: a read after a write forces a layout per label.
  const measured = elements.map((label) => ({ label, width: label.offsetWidth, height: label.offsetHeight }));
  const boxes: LabelBox[] = [];
  for (const { label, width: w, height: h } of measured) {
    const actor = actors.get(label.dataset['actorId']!);
    if (!actor) continue;
    const { x, y } = renderer.project(actor.anchor);
    const onScreen = x >= -20 && y >= -20 && x <= width + 20 && y <= height + 20;
    label.style.visibility = onScreen ? '' : 'hidden';
    if (!onScreen) continue;
    boxes.push({
      id: actor.id, x, y, width: w, height: h,
      beside: !actor.hasShape || actor.distant !== null,
      priority: (actor.emphasis === 'focus' ? 1000 : 0) + actor.tieCount,
    });
  }
  const placed = new Map(layoutLabels(boxes, width, height).map((p) => [p.id, p]));
  for (const label of elements) {
    const p = placed.get(label.dataset['actorId']!);
    if (p) label.style.transform = `translate(${Math.round(p.left)}px, ${Math.round(p.top)}px)`;
  }
  const edges = new Map(scene.edges.map((e) => [e.id, e]));
  for (const handle of layer.querySelectorAll<HTMLElement>('[data-edge-id]')) {
    const edge = edges.get(handle.dataset['edgeId']!);
    if (!edge) continue;
    const { x, y } = renderer.project(edge.arrow.at);
    handle.style.transform = `translate(${Math.round(x - 11)}px, ${Math.round(y - 11)}px)`;
  }
  return new Map(boxes.map((b) => [b.id, { ...placed.get(b.id)!, width: b.width, height: b.height }]));
}
