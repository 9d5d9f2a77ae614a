/** What the element shows without a dataset: the validator's or the loader's located problems, or a one-line status. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../../data/types.ts';
import { problemText } from '../../text/problem-strings.ts';
import type { Strings } from '../strings.ts';

/** A problem's sentence in the element's language; English (marked so) where it has no other. */
function problemItem(p: Problem, s: Strings): TemplateResult {
  const { text, lang } = problemText(p, s.lang);
  const foreign = lang !== s.lang;
  return html`<li><code dir="ltr">${p.path}</code> <span lang=${foreign ? lang : nothing} dir=${foreign ? 'auto' : nothing}>${text}</span></li>`;
}

export function renderProblems({
  problems,
  strings: s,
  dir,
}: {
  problems: readonly Problem[];
  strings: Strings;
  /** The direction to set on the frame: the language's, unless the page set the element's `dir`. */
  dir?: 'ltr' | 'rtl' | undefined;
}): TemplateResult {
  return html`<div part="frame" class="frame placeholder" dir=${dir ?? nothing}><div part="error" class="error" role="alert"><strong>${s.errorTitle}</strong>
    <ul>${problems.map((p) => problemItem(p, s))}</ul></div></div>`;
}

/** `.map-box`: nothing to see, the map's size (the first scene's shape is read from it: map/map-size.ts). */
export function renderStatus({
  loading,
  strings: s,
}: {
  loading: boolean;
  strings: Strings;
}): TemplateResult {
  return html`<div part="frame" class="frame placeholder"><p class="map-status">${loading ? s.loading : s.noData}</p>
    <div part="error" role="alert" hidden></div><div class="map-box" aria-hidden="true"></div></div>`;
}
