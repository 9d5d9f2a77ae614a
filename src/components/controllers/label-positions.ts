/**
 * HTML labels and edge handles follow the map: positioned directly (no Lit render per frame),
 * then spread apart so close actors (Armenia and Azerbaijan, Israel and Gaza) stay readable; the
 * edges' figure labels go after them, along their edges, never over another label (smaller
 * figures in the measure give way first: see scene/label-layout.ts).
 */
import type { Renderer } from '../../render/renderer.ts';
import { labelSpotIndices, layoutEdgeLabels, layoutLabels, type EdgeLabelBox, type LabelBox } from '../../scene/label-layout.ts';
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
    boxes.push({
      id: actor.id, x, y, width: w, height: h,
      // Where edges meet (a marker, a far actor, a hub) the label goes beside the point, not on it.
      beside: !actor.hasShape || actor.distant !== null || actor.tieCount > 0,
      priority: (actor.emphasis === 'focus' ? 1000 : 0) + actor.tieCount,
    });
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
    if (!edge?.label) continue;
    // On the edge first, then beside it (either side, along the normal), middle first.
    const spots = labelSpotIndices(edge.path.length).flatMap((i) => {
      const p = renderer.project(edge.path[i]!);
      const q = renderer.project(edge.path[Math.min(i + 1, edge.path.length - 1)]!);
      const length = Math.hypot(q.x - p.x, q.y - p.y) || 1;
      const off = h * 0.5 + edge.width / 2 + 2;
      const n = { x: (-(q.y - p.y) / length) * off, y: ((q.x - p.x) / length) * off };
      return [0, 1, -1, 2, -2, 3, -3].map((k) => ({ x: p.x + k * n.x, y: p.y + k * n.y }));
    });
    // A focused edge's figure keeps its place before any other.
    edgeBoxes.push({ id: edge.id, width: w, height: h, spots, priority: edge.label.priority + (edge.emphasis === 'focus' ? 10 : 0) });
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
  return new Map(boxes.map((b) => [b.id, { ...placed.get(b.id)!, width: b.width, height: b.height }]));
}
