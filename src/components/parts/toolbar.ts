/**
 * The toolbar: a toggle per layer (with its count at the as-of date), the table button and the PNG
 * and SVG downloads. Under 480 px the downloads and the timeline fold behind one button shown only
 * there (ties-map.styles.ts), so the map is on a phone's first screen.
 */
import { html, type TemplateResult } from 'lit';
import type { LegendLayer } from '../../scene/types.ts';
import type { Strings } from '../../text/strings.ts';

export interface ToolbarOptions {
  layers: readonly LegendLayer[];
  counts: ReadonlyMap<string, number>;
  tableShown: boolean;
  /** Whether the phone's fold (timeline and downloads) is open. */
  extrasOpen: boolean;
  strings: Strings;
  onToggle: (layer: string) => void;
  onTable: () => void;
  onPng: () => void;
  onSvg: () => void;
  onExtras: () => void;
}

export function renderToolbar(o: ToolbarOptions): TemplateResult {
  const s = o.strings;
  return html`<div class="toolbar" part="layer-toggles" role="group" aria-label=${s.layers}>
    <span class="label" aria-hidden="true">${s.layers}:</span>
    ${o.layers.map(
      (
        layer,
      ) => html`<button type="button" data-layer=${layer.id} aria-pressed=${String(layer.visible)}
        @click=${() => o.onToggle(layer.id)}>
        <svg class="swatch" viewBox="0 0 14 5" aria-hidden="true"><rect width="14" height="5" rx="1.5" fill=${layer.colour}></rect></svg><bdi>${layer.label}</bdi>
        <span class="count" aria-label=${s.ties(o.counts.get(layer.id) ?? 0)}>(${s.number(o.counts.get(layer.id) ?? 0)})</span></button>`,
    )}
    <button type="button" class="table-button" aria-expanded=${String(o.tableShown)}
      @click=${o.onTable}>${o.tableShown ? s.hideTable : s.showTable}</button>
    <button type="button" class="extras-button" aria-expanded=${String(o.extrasOpen)} @click=${o.onExtras}>${s.moreControls}</button>
    <button type="button" class="png-button" @click=${o.onPng}>${s.downloadPng}</button>
    <button type="button" class="png-button svg-button" @click=${o.onSvg}>${s.downloadSvg}</button>
  </div>`;
}
