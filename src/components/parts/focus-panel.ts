/**
 * The focus panel: the ties of the focused actor in the current view, grouped by layer, with the
 * number of ties per layer and per unit. Only figures in the layer's measure are summed, out and
 * in apart (scene/actor-totals.ts); the rest measure different things (shares of different
 * totals, durations, volumes) and are counted. A layer lists its first FOCUS_PAGE ties and a
 * "Show all" button: a hub of a 10,000-tie register has hundreds, and laying out a button for each
 * was most of what a click on it cost; the table still lists them all. Ties with a figure come
 * first; those without one fold into a count ("+ 12 ties without a figure") that lists them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset, Tie } from '../../data/types.ts';
import type { ActorLayerTotal, FlowSum } from '../../scene/actor-totals.ts';
import { formatFigure, formatValue } from '../../text/format.ts';
import type { Strings } from '../../text/strings.ts';

export interface FocusTotals {
  layer: string;
  label: string;
  ties: Tie[];
  /** Quantified ties per unit; `null` unit = ties without a figure. */
  units: { unit: string | null; count: number }[];
}

/** Ties a layer of the focus panel lists before its "Show all" button. */
export const FOCUS_PAGE = 12;

export function focusTotals(
  dataset: Dataset,
  visible: readonly Tie[],
  actorId: string,
): FocusTotals[] {
  const mine = visible.filter((t) => t.from === actorId || t.to === actorId);
  return dataset.layers
    .map((layer) => {
      const ties = mine.filter((t) => t.layer === layer.id);
      const counts = new Map<string | null, number>();
      for (const tie of ties)
        counts.set(tie.figure?.unit ?? null, (counts.get(tie.figure?.unit ?? null) ?? 0) + 1);
      return {
        layer: layer.id,
        label: layer.label,
        ties,
        units: [...counts].map(([unit, count]) => ({ unit, count })),
      };
    })
    .filter((group) => group.ties.length > 0);
}

export interface FocusPanelOptions {
  dataset: Dataset;
  visible: readonly Tie[];
  actorId: string;
  strings: Strings;
  onOpen: (tie: Tie, opener: HTMLElement) => void;
  onClear: () => void;
  /** Layers listed in full; `onExpand` asks for one more (the button that asked goes away), saying where the rows it adds begin. */
  expanded: ReadonlySet<string>;
  onExpand: (layer: string, firstAdded: number) => void;
  /** The actor's totals per layer in the layer's measure (Derived's `totals`). */
  totals?: readonly ActorLayerTotal[] | undefined;
}

export function renderFocusPanel(options: FocusPanelOptions): TemplateResult {
  const {
    dataset,
    visible,
    actorId,
    strings,
    onOpen,
    onClear,
    expanded,
    onExpand,
    totals = [],
  } = options;
  const flows = new Map(totals.map((t) => [t.layer, t]));
  const actors = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const groups = focusTotals(dataset, visible, actorId);
  const name = actors.get(actorId) ?? actorId;
  const count = groups.reduce((n, g) => n + g.ties.length, 0);
  return html`<aside part="focus-panel" class="focus-panel" aria-labelledby="focus-heading">
    <header>
      <h3 id="focus-heading">${strings.focusHeading(name, count)}</h3>
      <button type="button" class="close" aria-label=${strings.clearFocus} @click=${onClear}>×</button>
    </header>
    ${groups.map((group) => {
      const figured = group.ties.filter((t) => t.figure);
      const bare = group.ties.filter((t) => !t.figure);
      const all = expanded.has(group.layer);
      const shown = all ? [...figured, ...bare] : figured.slice(0, FOCUS_PAGE);
      return html`<section data-layer=${group.layer}>
      <h4>${group.label} <span class="totals">${strings.focusTotals(group.ties.length, group.units)}</span></h4>
      ${flowLine(flows.get(group.layer), strings)}
      <ul>${shown.map((tie) => {
        const other = tie.from === actorId ? tie.to : tie.from;
        // The arrow points the way the tie runs, in the reading direction (the focused actor first).
        const arrow = (tie.from === actorId) === (strings.dir === 'ltr') ? '→' : '←';
        return html`<li><button type="button" class="tie-link" data-tie-id=${tie.id}
            @click=${(e: Event) => onOpen(tie, e.currentTarget as HTMLElement)}>
          <span>${arrow} <bdi>${actors.get(other) ?? other}</bdi></span>
          <span class="fig">${tie.figure ? formatFigure(tie.figure, strings.lang) : strings.noFigure}</span></button></li>`;
      })}</ul>
      ${
        all || shown.length === group.ties.length
          ? nothing
          : html`<button type="button" class="focus-more" data-layer=${group.layer} @click=${() => onExpand(group.layer, shown.length)}>${
              figured.length > FOCUS_PAGE
                ? strings.focusMore(group.ties.length)
                : strings.focusWithoutFigure(bare.length)
            }</button>`
      }
    </section>`;
    })}
    ${groups.length === 0 ? html`<p>${strings.focusNone}</p>` : nothing}
  </aside>`;
}

/** A sum in its unit as the map writes figures ("2,463 TIV m"; a sum of ranges "2,400–2,500 TIV m"), or null for none. */
function sumText(sum: FlowSum, unit: string): string | null {
  return sum.ties === 0
    ? null
    : formatValue(sum.low, unit, sum.high === sum.low ? undefined : sum.high, true);
}

/** The layer's totals out and in, in its measure: nothing where no tie of the actor has a figure in it. */
function flowLine(
  total: ActorLayerTotal | undefined,
  strings: Strings,
): TemplateResult | typeof nothing {
  if (!total || total.out.ties + total.in.ties === 0) return nothing;
  return html`<p class="flow-totals">${strings.focusFlowTotals(sumText(total.out, total.unit), sumText(total.in, total.unit), total.apart)}</p>`;
}
