/**
 * The call-outs as a numbered list: read by screen readers right after the title (in the order the
 * map numbers them), and shown under the map where it is narrow, each number matching its marker
 * on the map. Plain text: the editor's words, never shown as a source.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SceneAnnotation } from '../../scene/types.ts';
import type { Strings } from '../../text/strings.ts';

/** `where`: 'sr' for the list after the title (screen readers only), 'under' for the one under a narrow map (hidden from screen readers: the first says it). */
export interface CalloutListOptions {
  annotations: readonly SceneAnnotation[] | undefined;
  strings: Strings;
  where: 'sr' | 'under';
}

export function renderCalloutList({
  annotations,
  strings: s,
  where,
}: CalloutListOptions): TemplateResult | typeof nothing {
  if (!annotations || annotations.length === 0) return nothing;
  const items = annotations.map(
    (a) => html`<li data-callout-item=${a.id} value=${a.number}><bdi>${a.text}</bdi></li>`,
  );
  return where === 'sr'
    ? html`<div class="sr-only callouts-read" part="callouts-read"><p>${s.callouts}. ${s.calloutsNote}</p><ol>${items}</ol></div>`
    : html`<ol class="callout-list" part="callout-list" aria-hidden="true">${items}</ol>`;
}
