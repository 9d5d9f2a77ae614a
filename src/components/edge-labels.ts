/**
 * The figures written on the map (DESIGN.md): one `part="edge-label"` per quantified edge, HTML
 * like the actor labels. They are plain text in the map region, so a screen reader reaches them in
 * reading order; keyboard users reach the edge itself through its handle. Where each goes (or
 * whether it gives way) is decided by the label layout after each draw (label-positions.ts).
 */
import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Scene } from '../scene/types.ts';

export function renderEdgeLabels(scene: Scene): TemplateResult {
  const labelled = scene.edges.filter((e) => e.label !== null);
  return html`${repeat(labelled, (e) => e.id, (edge) => html`<span class="edge-label" part="edge-label"
    data-label-for=${edge.id} data-layer=${edge.layer} data-emphasis=${edge.emphasis} data-tentative=${String(edge.tentative)}>${edge.label!.text}</span>`)}`;
}
