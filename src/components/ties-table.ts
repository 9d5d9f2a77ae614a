/**
 * The accessible table: one row per visible tie, the same ties the map draws (DESIGN.md: code may
 * read every tie from it). Rows past the page are `hidden`: laying out 10,000 rows took seconds
 * whenever the table became relevant to the browser (bench/RESULTS.md), and no reader scans that
 * many at once. "Show N more" reveals the next page.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset, Tie } from '../data/types.ts';
import { formatFigure, formatPeriod, formatSourceShort } from './format.ts';
import { statusWord, type Strings } from './strings.ts';

export function renderTiesTable(
  dataset: Dataset,
  ties: readonly Tie[],
  strings: Strings,
  onOpen: (tie: Tie, opener: HTMLElement) => void,
  page: { limit: number; size: number; onMore: () => void },
): TemplateResult {
  const shown = Math.min(ties.length, page.limit);
  const remaining = ties.length - shown;
  const actors = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const layers = new Map(dataset.layers.map((l) => [l.id, l.label]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const c = strings.columns;
  return html`<table part="ties-table">
    <caption>${strings.tableCaption(dataset.title)}</caption>
    <thead><tr>
      <th scope="col">${c.summary}</th><th scope="col">${c.from}</th><th scope="col">${c.to}</th>
      <th scope="col">${c.layer}</th><th scope="col">${c.figure}</th><th scope="col">${c.period}</th>
      <th scope="col">${c.sources}</th>
    </tr></thead>
    <tbody>
      ${ties.map((tie, index) => html`<tr data-tie-id=${tie.id} data-layer=${tie.layer} ?hidden=${index >= page.limit}>
        <td>${tie.summary}${tie.stance === 'adversarial' ? html` <em>(${strings.adversarial})</em>` : ''}${
          statusWord(strings, tie.status) ? html` <em class="status">(${statusWord(strings, tie.status)})</em>` : ''}
          <button type="button" class="evidence-button" aria-haspopup="dialog"
            @click=${(e: Event) => onOpen(tie, e.currentTarget as HTMLElement)}>${strings.evidenceButton}</button></td>
        <td>${actors.get(tie.from) ?? tie.from}</td>
        <td>${actors.get(tie.to) ?? tie.to}</td>
        <td>${layers.get(tie.layer) ?? tie.layer}</td>
        <td class="num">${tie.figure ? formatFigure(tie.figure) : strings.noFigure}</td>
        <td class="num">${formatPeriod(tie.when)}</td>
        <td>${[...new Set(tie.evidence.map((e) => e.source))].map((id) => {
          const source = sources.get(id);
          return html`<div>${source ? `${source.title} (${formatSourceShort(source)})` : id}</div>`;
        })}</td>
      </tr>`)}
    </tbody>
  </table>
  ${remaining > 0 ? html`<p class="table-more">${strings.tableShowing(shown, ties.length)}
    <button type="button" @click=${page.onMore}>${strings.tableMore(Math.min(page.size, remaining))}</button></p>` : nothing}`;
}
