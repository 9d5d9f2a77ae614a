/**
 * The analyst's row under the toolbar: the actor search (a combobox, internal/actor-search.ts)
 * and the filters (status, stance, source, direction relative to the focus, minimum figure), each
 * a native control that dispatches one `set-filter` action. The filters fold behind one button
 * that says how many are on.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { TIE_STATUSES, type Source, type TieStatus } from '../../data/types.ts';
import type { FilterName, TieFilter } from '../../state/tie-filter.ts';
import type { ActorSearch } from '../internal/actor-search.ts';
import type { Strings } from '../../text/strings.ts';
import type { Grouping } from '../../data/regions.ts';

export interface FilterBarOptions {
  search: ActorSearch;
  filter: TieFilter;
  /** The focus the direction filter is relative to (null: the direction control is disabled). */
  focus: string | null;
  sources: readonly Source[];
  /** Whether the filters' panel is open. */
  open: boolean;
  strings: Strings;
  onToggle: () => void;
  onFilter: (name: FilterName, value: string | null) => void;
  onClear: () => void;
  /** How actors are grouped (scene/group-scene.ts), and the reader's choice of it. */
  group: Grouping;
  onGroup: (group: Grouping) => void;
}

/** How many filters hide something (a direction only counts with a focus). */
export function filtersOnCount(filter: TieFilter, focus: string | null): number {
  return [
    filter.status,
    filter.stance,
    filter.sources,
    focus === null ? null : filter.direction,
    filter.min,
  ].filter((v) => v !== null).length;
}

function statusChanged(filter: TieFilter, status: TieStatus, checked: boolean): string | null {
  const next = new Set(filter.status ?? TIE_STATUSES);
  if (checked) next.add(status);
  else next.delete(status);
  // All four ticked is no filter (the last ticked box cannot be unticked: renderFilterBar disables it).
  return next.size === TIE_STATUSES.length
    ? null
    : TIE_STATUSES.filter((s) => next.has(s)).join(' ');
}

function renderSearch(search: ActorSearch, s: Strings): TemplateResult {
  const active = search.open ? search.matches[search.active] : undefined;
  return html`<div class="search">
    <label for="actor-search">${s.findActor}</label>
    <input id="actor-search" type="text" role="combobox" autocomplete="off" spellcheck="false"
      aria-autocomplete="list" aria-controls="actor-options" aria-expanded=${String(search.open)}
      aria-activedescendant=${active ? `actor-option-${search.active}` : nothing}
      .value=${live(search.query)} @input=${search.onInput} @keydown=${search.onKeydown} @blur=${() => search.close()}>
    <ul id="actor-options" role="listbox" aria-label=${s.findActor} ?hidden=${!search.open}>
      ${
        search.open
          ? search.matches.map(
              (m, i) => html`<li id=${`actor-option-${i}`} role="option" data-actor-id=${m.id}
        aria-selected=${String(i === search.active)} @mousedown=${(e: Event) => e.preventDefault()} @click=${() => search.choose(m)}>
        <bdi>${m.name}</bdi> <span class="id">${m.id}</span></li>`,
            )
          : nothing
      }
    </ul>
  </div>`;
}

export function renderFilterBar(o: FilterBarOptions): TemplateResult {
  const s = o.strings;
  const f = o.filter;
  const sources = f.sources === null ? '' : [...f.sources].join(' ');
  const on = filtersOnCount(f, o.focus);
  const change = (name: FilterName) => (e: Event) =>
    o.onFilter(name, (e.target as HTMLInputElement | HTMLSelectElement).value || null);
  return html`<div class="analysis" part="filters">
    ${renderSearch(o.search, s)}
    <button type="button" class="filters-button" aria-expanded=${String(o.open)} aria-controls="filter-panel" @click=${o.onToggle}>${s.filtersOn(on)}</button>
    <div id="filter-panel" class="filter-panel" role="group" aria-label=${s.filters} ?hidden=${!o.open}>
      <fieldset><legend>${s.filterStatus}</legend>
        ${TIE_STATUSES.map(
          (status) => html`<label><input type="checkbox" name="status" value=${status}
          .checked=${live(f.status === null || f.status.has(status))} ?disabled=${f.status?.size === 1 && f.status.has(status)}
          @change=${(e: Event) => o.onFilter('status', statusChanged(f, status, (e.target as HTMLInputElement).checked))}>${s.statusNames[status]}</label>`,
        )}
      </fieldset>
      <label>${s.filterStance} <select name="stance" .value=${live(f.stance ?? '')} @change=${change('stance')}>
        ${(['', 'cooperative', 'adversarial'] as const).map((v) => html`<option value=${v} ?selected=${(f.stance ?? '') === v}>${s.stanceNames[v || 'any']}</option>`)}
      </select></label>
      <label>${s.filterSource} <select name="source" .value=${live(sources)} @change=${change('source')}>
        <option value="" ?selected=${sources === ''}>${s.anySource}</option>
        ${f.sources !== null && f.sources.size > 1 ? html`<option value=${sources} selected>${s.severalSources(f.sources.size)}</option>` : nothing}
        ${o.sources.map((src) => html`<option value=${src.id} ?selected=${sources === src.id}>${src.title}</option>`)}
      </select></label>
      <label>${s.filterDirection} <select name="direction" .value=${live(f.direction ?? '')} ?disabled=${o.focus === null}
        aria-describedby=${o.focus === null ? 'direction-hint' : nothing} @change=${change('direction')}>
        ${(['', 'in', 'out', 'both'] as const).map((v) => html`<option value=${v} ?selected=${(f.direction ?? '') === v}>${s.directionNames[v || 'any']}</option>`)}
      </select></label>
      ${o.focus === null ? html`<span id="direction-hint" class="hint">${s.directionNeedsFocus}</span>` : nothing}
      <label>${s.filterMin} <input name="min" type="number" min="0" step="any" inputmode="decimal"
        .value=${live(f.min === null ? '' : String(f.min))} @change=${change('min')}></label>
      <label>${s.groupControl} <select name="group" .value=${live(o.group)} @change=${(e: Event) => o.onGroup((e.target as HTMLSelectElement).value as Grouping)}>
        ${(['none', 'region', 'subregion'] as const).map((v) => html`<option value=${v} ?selected=${o.group === v}>${v === 'none' ? s.groupNone : v === 'region' ? s.groupRegion : s.groupSubregion}</option>`)}
      </select></label>
      <button type="button" class="clear-filters" ?disabled=${on === 0} @click=${o.onClear}>${s.clearFilters}</button>
    </div>
  </div>`;
}
