/**
 * HTML labels and edge handles follow the map: positioned directly (no Lit render per frame),
 * then spread apart so close actors (Armenia and Azerbaijan, Israel and Gaza) stay readable; the
 * edges' figure labels go after them, along their edges, never over another label (smaller
 * figures in the measure give way first: see scene/label-layout.ts).
 */
import type { Renderer } from '../../render/renderer.ts';
import { actorLabelBox, edgeLabelBox, layoutEdgeLabels, layoutLabels, type EdgeLabelBox, type LabelBox } from '../../scene/label-layout.ts';
import type { Scene } from '../../scene/types.ts';

export interface LabelPlacement {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Half the edge handle's size (CSS px): WCAG 2.5.8's 24 × 24 target. */
const HANDLE_HALF = 12;

/** Places the labels and edge handles of `layer`; returns where each actor label went (CSS px in the map). */
export function positionLabels(layer: HTMLElement, renderer: Renderer, scene: Scene): Map<string, LabelPlacement> {
  const width = layer.clientWidth;
  const height = layer.clientHeight;
  const actors = new Map(scene.actors.map((a) => [a.id, a]));
  const elements = [...layer.querySelectorAll<HTMLElement>('[data-actor-id]')];
  const edgeLabels = [...layer.querySelectorAll<HTMLElement>('[data-label-for]')];
  // Read every size first, then write: a read after a write forces a layout per label.
  const measured = elements.map((label) => ({ label, width: label.offsetWidth, height: label.offsetHeight }));
  const measuredEdges = edgeLabels.map((label) => ({ label, width: label.offsetWidth, height: label.offsetHeight }));
  const boxes: LabelBox[] = [];
  for (const { label, width: w, height: h } of measured) {
    const actor = actors.get(label.dataset['actorId']!);
    if (!actor) continue;
    const { x, y } = renderer.project(actor.anchor);
    const onScreen = x >= -20 && y >= -20 && x <= width + 20 && y <= height + 20;
    label.style.visibility = onScreen ? '' : 'hidden';
    if (!onScreen) continue;
    boxes.push(actorLabelBox(actor, { x, y }, w, h));
  }
  const placed = new Map(layoutLabels(boxes, width, height).map((p) => [p.id, p]));
  for (const label of elements) {
    const p = placed.get(label.dataset['actorId']!);
    if (!p) continue;
    label.style.transform = `translate(${Math.round(p.left)}px, ${Math.round(p.top)}px)`;
    if (p.gaveWay) label.style.visibility = 'hidden';
    label.toggleAttribute('data-gave-way', p.gaveWay === true);
  }
  const actorRects = boxes.filter((b) => !placed.get(b.id)!.gaveWay).map((b) => ({ ...placed.get(b.id)!, width: b.width, height: b.height }));

  const edges = new Map(scene.edges.map((e) => [e.id, e]));
  const edgeBoxes: EdgeLabelBox[] = [];
  for (const { label, width: w, height: h } of measuredEdges) {
    const edge = edges.get(label.dataset['labelFor']!);
    const box = edge ? edgeLabelBox(edge, (p) => renderer.project(p), w, h) : null;
    if (box) edgeBoxes.push(box);
  }
  const edgePlaced = layoutEdgeLabels(edgeBoxes, actorRects.map((r) => ({ ...r, left: Math.round(r.left), top: Math.round(r.top) })), width, height);
  for (const label of edgeLabels) {
    const p = edgePlaced.get(label.dataset['labelFor']!);
    label.dataset['placed'] = String(Boolean(p));
    label.style.visibility = p ? '' : 'hidden';
    if (p) label.style.transform = `translate(${Math.round(p.left)}px, ${Math.round(p.top)}px)`;
  }

  for (const handle of layer.querySelectorAll<HTMLElement>('.edge-handle[data-edge-id]')) {
    const edge = edges.get(handle.dataset['edgeId']!);
    if (!edge) continue;
    // At the edge's middle, clear of the actor labels and arrowheads at its ends.
    const { x, y } = renderer.project(edge.path[edge.path.length >> 1]!);
    handle.style.transform = `translate(${Math.round(x - HANDLE_HALF)}px, ${Math.round(y - HANDLE_HALF)}px)`;
  }
  // Labels that gave way are not drawn on a slide either.
  return new Map(boxes.filter((b) => !placed.get(b.id)!.gaveWay).map((b) => [b.id, { ...placed.get(b.id)!, width: b.width, height: b.height }]));
}
