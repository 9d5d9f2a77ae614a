/**
 * The accessible table: one row per visible tie of the page shown, the same ties the map draws
 * (DESIGN.md). Only the page is in the DOM: every row of a register would make a shadow tree of hundreds of
 * thousands of nodes and one very long task, and no reader scans that many at once. Below it, the count of the rest
 * and "Show N more" for the next page. While the table is visually hidden its buttons leave the
 * Tab order (a sighted keyboard user would see no focus); screen readers still read it.
 * Rows are keyed by tie id: a layer toggle removes the rows of the hidden ties and keeps the
 * others' elements (and a focused Evidence button) instead of rewriting every row in place.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Dataset, Tie } from '../../data/types.ts';
import { formatFigure, formatPeriod, formatSourceShort } from '../../text/format.ts';
import { statusWord, type Strings } from '../../text/strings.ts';

export interface TiesTableOptions {
  dataset: Dataset;
  ties: readonly Tie[];
  strings: Strings;
  onOpen: (tie: Tie, opener: HTMLElement) => void;
  page: {
    limit: number;
    size: number;
    onMore: () => void;
    tabbable: boolean;
    pending?: boolean;
    /** While pending, the rows built so far. */
    built?: number;
  };
}

export function renderTiesTable({
  dataset,
  ties,
  strings,
  onOpen,
  page,
}: TiesTableOptions): TemplateResult {
  const tabindex = page.tabbable ? nothing : '-1';
  // Pending: the frame's first render, before its paint; the rows follow a few per task.
  const shown = Math.min(ties.length, page.limit, page.pending ? (page.built ?? 0) : Infinity);
  const remaining = page.pending ? 0 : ties.length - shown;
  const actors = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const layers = new Map(dataset.layers.map((l) => [l.id, l.label]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const c = strings.columns;
  return html`<table part="ties-table" aria-busy=${page.pending ? 'true' : nothing}>
    <caption>${strings.tableCaption(dataset.title)}</caption>
    <thead><tr>
      <th scope="col">${c.summary}</th><th scope="col">${c.from}</th><th scope="col">${c.to}</th>
      <th scope="col">${c.layer}</th><th scope="col">${c.figure}</th><th scope="col">${c.period}</th>
      <th scope="col">${c.sources}</th>
    </tr></thead>
    <tbody>
      ${repeat(
        ties.slice(0, shown),
        (tie) => tie.id,
        (tie) => html`<tr data-tie-id=${tie.id} data-layer=${tie.layer}>
        <td>${tie.summary}${tie.stance === 'adversarial' ? html` <em>(${strings.adversarial})</em>` : ''}${
          statusWord(strings, tie.status)
            ? html` <em class="status">(${statusWord(strings, tie.status)})</em>`
            : ''
        }
          <button type="button" class="evidence-button" aria-haspopup="dialog" tabindex=${tabindex}
            @click=${(e: Event) => onOpen(tie, e.currentTarget as HTMLElement)}>${strings.evidenceButton}</button></td>
        <td>${actors.get(tie.from) ?? tie.from}</td>
        <td>${actors.get(tie.to) ?? tie.to}</td>
        <td>${layers.get(tie.layer) ?? tie.layer}</td>
        <td class="num">${tie.figure ? formatFigure(tie.figure, strings.lang) : strings.noFigure}</td>
        <td class="num">${formatPeriod(tie.when, strings.lang)}</td>
        <td>${[...new Set(tie.evidence.map((e) => e.source))].map((id) => {
          const source = sources.get(id);
          return html`<div>${source ? `${source.title} (${formatSourceShort(source, strings.lang)})` : id}</div>`;
        })}</td>
      </tr>`,
      )}
    </tbody>
  </table>
  ${
    remaining > 0
      ? html`<p class="table-more">${strings.tableShowing(shown, ties.length)}
    <button type="button" tabindex=${tabindex} @click=${page.onMore}>${strings.tableMore(Math.min(page.size, remaining))}</button></p>`
      : nothing
  }`;
}
