/**
 * The legend: layer colours, what the arrow, dashed, hollow and dotted strokes mean, the marking of
 * disputed and occupied areas (each area's status in the chosen view of borders), and one width
 * key per layer (its measure, two reference strokes). Every stroke's look comes from edge-look.ts
 * through render/legend-keys.ts, as the slide export and the standalone SVG draw theirs.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { EdgeLook } from '../../render/edge-look.ts';
import { keyText, strokeKeys, widthKeys } from '../../render/legend-keys.ts';
import type { TotalsKey } from '../../scene/actor-totals.ts';
import type { Legend, Scene } from '../../scene/types.ts';
import { formatDate, formatValue } from '../../text/format.ts';
import type { Strings } from '../../text/strings.ts';

function plain(colour: string, width: number): EdgeLook {
  return {
    kind: 'solid',
    colour,
    width,
    rails: null,
    dash: null,
    cap: 'butt',
    halo: { width: 0, opacity: 0 },
    hitWidth: 0,
    cue: { size: 0, bar: false },
    opacity: 1,
  };
}

function stroke(look: EdgeLook): TemplateResult {
  const height = Math.max(
    12,
    Math.ceil(look.rails ? look.rails.gap + 2 * look.rails.rail : look.width) + 4,
  );
  const y = height / 2;
  const dash = look.dash ? `${look.dash[0]} ${look.dash[1]}` : 'none';
  const line = (
    at: number,
    width: number,
  ) => svg`<line x1="2" x2="34" y1=${at} y2=${at} stroke=${look.colour}
    stroke-width=${width} stroke-dasharray=${dash} stroke-linecap=${look.cap} opacity=${look.opacity}></line>`;
  const offset = look.rails ? (look.rails.gap + look.rails.rail) / 2 : 0;
  return html`<svg width="36" height=${height} aria-hidden="true">${
    look.rails
      ? svg`${line(y - offset, look.rails.rail)}${line(y + offset, look.rails.rail)}`
      : line(y, look.width)
  }</svg>`;
}

/** `onAllFlows`: the reader's "Show all" / "Largest first" for crowded layers (absent: no button). */
export interface LegendOptions {
  legend: Legend;
  strings: Strings;
  /** Shows every flow of a crowded layer (`true`) or its top flows again. */
  onAllFlows?: ((all: boolean) => void) | undefined;
  /** The way back after the reader expanded groups (absent: none expanded, no button). */
  onRegroup?: (() => void) | undefined;
}

export function renderLegend({
  legend,
  strings,
  onAllFlows,
  onRegroup,
}: LegendOptions): TemplateResult {
  const widths = widthKeys(legend);
  const crowded = legend.topFlows ?? [];
  const labels = new Map(legend.layers.map((l) => [l.id, l.label]));
  return html`<div class="legend" part="legend">
    ${
      crowded.length > 0
        ? html`<div class="top-flows" data-all=${String(legend.allFlows === true)}>
      ${crowded.map((t) => html`<p data-top-flows=${t.layer}>${strings.topFlows(labels.get(t.layer) ?? t.layer, t.drawn, t.receded, t.recededTies, legend.allFlows === true)}</p>`)}
      ${legend.totals ? html`<p data-totals-key=${legend.totals.layer}>${totalsLine(legend.totals, labels, strings)}</p>` : nothing}
      ${
        onAllFlows
          ? html`<button type="button" class="all-flows" aria-pressed=${String(legend.allFlows === true)}
        @click=${() => onAllFlows(legend.allFlows !== true)}>${legend.allFlows ? strings.showTopFlows : strings.showAllFlows}</button>`
          : nothing
      }
    </div>`
        : nothing
    }
    ${
      legend.group
        ? html`<div class="grouping" data-group=${legend.group}><p>${strings.groupLegend(legend.group)}</p>${
            onRegroup
              ? html`<button type="button" class="regroup" @click=${onRegroup}>${strings.groupCollapse}</button>`
              : nothing
          }</div>`
        : nothing
    }
    <ul aria-label=${strings.layers}>
      ${legend.layers.map((layer) => html`<li>${stroke(plain(layer.colour, 4))}<span dir="auto">${layer.label}</span></li>`)}
    </ul>
    <ul>
      <li>${arrowIcon('currentColor', false)}<span>${strings.legendDirection}</span></li>
      ${strokeKeys(legend, 'currentColor').map(({ key, look }) => html`<li data-key=${key}>${stroke(look)}${key === 'adversarial' ? arrowIcon('currentColor', true) : nothing}<span>${keyText(key, strings)}</span></li>`)}
    </ul>
    ${
      legend.borders.areas.length > 0
        ? html`<ul class="borders" aria-label=${strings.legendBorders}>
      ${legend.borders.areas.map((id) => html`<li data-area=${id}>${strings.borderAreas[id].status[legend.borders.worldview]}</li>`)}
    </ul>`
        : nothing
    }
    ${
      widths.length > 0
        ? html`<div>${strings.legendWidths}</div>
      <ul class="widths">
        ${widths.map(
          (entry) =>
            html`<li data-width-key=${entry.layer}><span class="measure">${strings.legendMeasure(entry.layerLabel, entry.label, entry.unit, entry.inferred, entry.tentative)}</span>${entry.samples.map(
              (sample) =>
                html`<span class="sample">${stroke(plain(entry.colour, sample.width))}${formatValue(sample.value, entry.unit, undefined, false, strings.lang)}</span>`,
            )}</li>`,
        )}
      </ul>`
        : nothing
    }
    <div class="meta">
      ${legend.dataAsOf ? html`<span>${strings.dataAsOf(formatDate(legend.dataAsOf, strings.lang))}</span>` : nothing}
      <span>${strings.baseMapCredit}</span>
      <span data-credit="borders">${strings.bordersCredit(legend.borders.worldview)}</span>
    </div>
  </div>`;
}

/**
 * The compact key of what the scene shows (presenter and story mode, over the map): the layers
 * that have an edge in the view and the strokes its edges use, keyed as the full legend keys them.
 */
export function renderSceneKey({
  scene,
  strings,
}: {
  scene: Scene;
  strings: Strings;
}): TemplateResult {
  const { edges, legend } = scene;
  const shown = {
    ...legend,
    hasUnquantified: edges.some((e) => !e.quantified),
    hasAdversarial: edges.some((e) => e.stance !== 'cooperative'),
    hasTentative: edges.some((e) => e.tentative),
  };
  return html`<ul class="scene-key" part="scene-key" aria-label=${strings.sceneKey}>
    ${legend.layers.filter((l) => edges.some((e) => e.layer === l.id)).map((layer) => html`<li data-layer=${layer.id}>${stroke(plain(layer.colour, 4))}<span dir="auto">${layer.label}</span></li>`)}
    ${edges.length > 0 ? html`<li>${arrowIcon('currentColor', false)}<span>${strings.keyDirection}</span></li>` : nothing}
    ${strokeKeys(shown, 'currentColor').map(({ key, look }) => html`<li data-key=${key}>${stroke(look)}<span>${strings.keyShort[key]}</span></li>`)}
  </ul>`;
}

function arrowIcon(colour: string, withBar: boolean): TemplateResult {
  return html`<svg width="16" height="16" viewBox="0 0 48 48" aria-hidden="true">${svg`
    <g transform="rotate(90 24 24)"><path d="M24 6 L40 38 L24 28 L8 38 Z" fill=${colour}></path>
    ${withBar ? svg`<rect x="6" y="0" width="36" height="5" fill=${colour}></rect>` : nothing}</g>`}</svg>`;
}

/** What a register's circles show: the layer's totals in its measure, and the largest. */
export function totalsLine(
  key: TotalsKey,
  labels: ReadonlyMap<string, string>,
  strings: Strings,
): string {
  return strings.legendTotals(
    labels.get(key.layer) ?? key.layer,
    formatValue(key.samples[0]?.value ?? 0, key.unit, undefined, true),
  );
}
