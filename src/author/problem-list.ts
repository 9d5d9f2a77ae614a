/**
 * The problem list: one item per problem, its place first (file, row, column; or file and JSON
 * path), then the sentence. Everything is a Lit text binding, so markup in a file
 * name, a cell or a quote shows as the characters typed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { authorStringsFor, type AuthorStrings } from '../text/author-strings.ts';
import { problemText } from '../text/problem-strings.ts';
import type { AuthorProblem } from './analyse.ts';

/** "ties.csv, row 14, column value" · "map.json, $.ties[2].from" · "gazette.txt". */
export function placeOf(p: AuthorProblem, s: AuthorStrings = authorStringsFor('en')): string {
  const parts = [p.file ?? s.placeDataset];
  if (p.row !== undefined) parts.push(s.placeRow(p.row));
  if (p.column !== undefined) parts.push(s.placeColumn(p.column));
  if (p.path !== undefined) parts.push(p.path);
  return parts.join(s.listSeparator);
}

/** Errors before warnings; within each, the order the checks gave (file, then row). */
function ordered(problems: readonly AuthorProblem[]): AuthorProblem[] {
  return [
    ...problems.filter((p) => p.severity === 'error'),
    ...problems.filter((p) => p.severity === 'warning'),
  ];
}

/** The sentence in the page's language where the validator's code allows, else as written (marked with its language). */
function message(p: AuthorProblem, s: AuthorStrings): TemplateResult {
  const told = p.code === undefined ? { text: p.message, lang: p.lang } : problemText(p, s.lang);
  // The tie is named in the sentence's language: the page's, or English where the sentence is.
  const words = told.lang === undefined || told.lang === s.lang ? s : authorStringsFor(told.lang);
  const { text, lang } =
    p.tie === undefined ? told : { text: words.quoteFailureTie(p.tie, told.text), lang: told.lang };
  const foreign = lang !== undefined && lang !== s.lang;
  return html`<span class="message" lang=${foreign ? lang : nothing} dir=${foreign ? 'auto' : nothing}>${text}</span>`;
}

export function problemList(
  problems: readonly AuthorProblem[],
  s: AuthorStrings = authorStringsFor('en'),
): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  return html`<ol class="problems" part="problems">
    ${ordered(problems).map(
      (p) => html`<li
      class=${p.severity}
      data-severity=${p.severity}
      data-check=${p.check}
      data-file=${p.file ?? nothing}
      data-row=${p.row ?? nothing}
      data-column=${p.column ?? nothing}
    ><span class="badge">${s.severity[p.severity]}${p.check === 'quotes' ? ` · ${s.quoteCheck}` : ''}</span>
      <span class="place">${placeOf(p, s)}</span>
      ${message(p, s)}</li>`,
    )}
  </ol>`;
}
