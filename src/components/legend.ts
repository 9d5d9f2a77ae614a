/** The legend: layer colours, what dash, hollow and arrow mean, and reference widths per unit. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Legend } from '../scene/types.ts';
import { formatDate, formatValue } from './format.ts';
import type { Strings } from './strings.ts';

function stroke(colour: string, width: number, kind: 'solid' | 'dashed' | 'hollow' = 'solid'): TemplateResult {
  const height = Math.max(12, Math.ceil(width) + 4);
  const y = height / 2;
  if (kind === 'hollow') {
    const gap = Math.max(width - 2, 2);
    return html`<svg width="36" height=${height} aria-hidden="true">${svg`
      <line x1="2" x2="34" y1=${y - gap / 2 - 0.8} y2=${y - gap / 2 - 0.8} stroke=${colour} stroke-width="1.6"></line>
      <line x1="2" x2="34" y1=${y + gap / 2 + 0.8} y2=${y + gap / 2 + 0.8} stroke=${colour} stroke-width="1.6"></line>`}</svg>`;
  }
  return html`<svg width="36" height=${height} aria-hidden="true">${svg`<line x1="2" x2="34" y1=${y} y2=${y}
    stroke=${colour} stroke-width=${width} stroke-dasharray=${kind === 'dashed' ? '4 3' : 'none'}></line>`}</svg>`;
}

export function renderLegend(legend: Legend, strings: Strings): TemplateResult {
  return html`<div class="legend" part="legend">
    <ul aria-label="Layers">
      ${legend.layers.map((layer) => html`<li>${stroke(layer.colour, 4)}<span>${layer.label}</span></li>`)}
    </ul>
    <ul>
      <li>${arrowIcon('currentColor', false)}<span>${strings.legendDirection}</span></li>
      ${legend.hasUnquantified ? html`<li>${stroke('currentColor', 1.5, 'dashed')}<span>${strings.legendNoFigure}</span></li>` : nothing}
      ${legend.hasAdversarial ? html`<li>${stroke('currentColor', 5, 'hollow')}${arrowIcon('currentColor', true)}<span>${strings.legendAdversarial}</span></li>` : nothing}
    </ul>
    ${legend.widths.length > 0 ? html`<div>${strings.legendWidths}</div>
      <ul class="widths">
        ${legend.layers.map((layer) => {
          const entries = legend.widths.filter((w) => w.layer === layer.id);
          if (entries.length === 0) return nothing;
          return html`<li><span>${layer.label}:</span>${entries.map((entry) => {
            const top = entry.samples[0]!;
            return html`<span class="sample">${stroke(layer.colour, top.width)}${formatValue(top.value, entry.unit)}</span>`;
          })}</li>`;
        })}
      </ul>` : nothing}
    <div class="meta">
      ${legend.dataAsOf ? html`<span>${strings.dataAsOf(formatDate(legend.dataAsOf))}</span>` : nothing}
      <span>${strings.baseMapCredit}</span>
    </div>
  </div>`;
}

function arrowIcon(colour: string, withBar: boolean): TemplateResult {
  return html`<svg width="16" height="16" viewBox="0 0 48 48" aria-hidden="true">${svg`
    <g transform="rotate(90 24 24)"><path d="M24 6 L40 38 L24 28 L8 38 Z" fill=${colour}></path>
    ${withBar ? svg`<rect x="6" y="0" width="36" height="5" fill=${colour}></rect>` : nothing}</g>`}</svg>`;
}
