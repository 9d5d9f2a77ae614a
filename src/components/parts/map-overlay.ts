/**
 * What sits over the map picture: actor labels (buttons: pressing one focuses the actor), a
 * keyboard handle per navigable edge at its direction cue, and the note shown instead of handles
 * when there are too many edges. Positions are set by map/label-positions.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { renderEdgeLabels, type EdgeInView } from './edge-labels.ts';
import { MAX_EDGE_HANDLES, type Derived } from '../../scene/derive.ts';
import type { SceneActor, SceneAnnotation, SceneEdge } from '../../scene/types.ts';
import type { Strings } from '../../text/strings.ts';

export interface OverlayHandlers {
  onActor: (actor: SceneActor) => void;
  onEdgeOpen: (edgeId: string) => void;
  onEdgePreview: (edgeId: string, from: 'enter' | 'leave') => void;
  onKeydown: (event: KeyboardEvent) => void;
}

function renderLabel(actor: SceneActor, s: Strings, h: OverlayHandlers): TemplateResult {
  const distant = actor.distant;
  // The visible text is the accessible name (WCAG 2.5.3); aria-pressed says whether it is focused.
  return html`<button type="button" class="actor-label" part="actor-label" data-actor-id=${actor.id} data-kind=${actor.kind}
      data-emphasis=${actor.emphasis} aria-pressed=${actor.group ? nothing : String(actor.emphasis === 'focus')}
      data-group=${actor.group?.code ?? nothing} title=${actor.group ? s.groupExpand(actor.name) : nothing}
      @click=${() => h.onActor(actor)}>${
        distant
          ? html`<svg class="dir" viewBox="-6 -6 12 12" aria-hidden="true"><path transform=${`rotate(${distant.bearing})`} d="M0 -5 L4 3 L0 1 L-4 3 Z" fill="currentColor"></path></svg>`
          : nothing
      }<bdi>${actor.name}</bdi>${distant ? html` <span class="km">${s.distant(s.number(distant.km))}</span>` : nothing}</button>`;
}

function renderEdgeHandle(
  edge: SceneEdge,
  d: Derived,
  openEdge: string | null,
  s: Strings,
  h: OverlayHandlers,
): TemplateResult {
  // A group node's name is the scene's ("Western Asia · 12").
  const name = (id: string) =>
    d.actorNames.get(id) ?? d.scene.actors.find((a) => a.id === id)?.name ?? id;
  const layer = d.layerLabels.get(edge.layer) ?? edge.layer;
  return html`<button type="button" class="edge-handle" part="edge-button" data-edge-id=${edge.id}
      data-emphasis=${edge.emphasis} aria-label=${s.edgeLabel(layer, name(edge.from), name(edge.to), edge.tieIds.length)}
      aria-haspopup="dialog" aria-expanded=${String(openEdge === edge.id)}
      @click=${() => h.onEdgeOpen(edge.id)}
      @focus=${() => h.onEdgePreview(edge.id, 'enter')}
      @blur=${() => h.onEdgePreview(edge.id, 'leave')}
      @mouseenter=${() => h.onEdgePreview(edge.id, 'enter')}
      @mouseleave=${() => h.onEdgePreview(edge.id, 'leave')}></button>`;
}

/** `inView`: which edges the map's view reaches, for the figure-label cap (null: no map yet). */
export interface OverlayOptions {
  derived: Derived;
  openEdge: string | null;
  strings: Strings;
  handlers: OverlayHandlers;
  /** The figure-label cap's view test (edge-labels.ts). */
  inView?: EdgeInView | null | undefined;
}

export function renderOverlay({
  derived: d,
  openEdge,
  strings: s,
  handlers: h,
  inView = null,
}: OverlayOptions): TemplateResult {
  // Leader lines join displaced labels to their anchors; label-positions.ts draws them.
  return html`<div class="labels" @keydown=${h.onKeydown}>
    <svg class="leaders" part="leaders" aria-hidden="true"></svg>
    <svg class="callout-marks" part="callout-marks" aria-hidden="true"></svg>
    ${repeat(
      d.scene.actors,
      (a) => a.id,
      (actor) => renderLabel(actor, s, h),
    )}
    ${repeat(
      d.navigableEdges,
      (e) => e.id,
      (edge) => renderEdgeHandle(edge, d, openEdge, s, h),
    )}
    ${renderEdgeLabels({ scene: d.scene, inView })}
    ${repeat(d.scene.annotations ?? [], (a) => a.id, renderCallout)}
  </div>`;
}

/**
 * A call-out on the map: its text in a light box (or, on a narrow map, its number in a marker);
 * label-positions.ts places it clear of every label and draws its arrow or circle. Hidden from
 * screen readers, which read the list of call-outs after the title instead.
 */
function renderCallout(a: SceneAnnotation): TemplateResult {
  return html`<div class="callout" part="callout" data-callout-id=${a.id} data-kind=${a.kind} data-note=${a.note ?? nothing} aria-hidden="true"><span class="callout-num">${a.number}</span><span class="callout-text" dir="auto">${a.text}</span></div>`;
}

/** Said when there are too many edges for a handle each (see MAX_EDGE_HANDLES). */
export function renderEdgeHint({
  derived: d,
  strings: s,
}: {
  derived: Derived;
  strings: Strings;
}): TemplateResult | typeof nothing {
  const count = d.edgesInReach.length;
  if (count <= MAX_EDGE_HANDLES) return nothing;
  return html`<p class="edge-hint" part="edge-hint">${s.edgesViaTable(s.number(count), d.view.focus !== null)}</p>`;
}
