/** What the element shows without a dataset: the validator's or the loader's located problems, or a one-line status. */
import { html, nothing, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import type { Problem } from '../../data/types.ts';
import type { Strings } from '../../text/strings.ts';

type ProblemWords = typeof import('../../text/problem-strings.ts');
let words: ProblemWords | undefined;
let loading: Promise<ProblemWords> | undefined;

/** The problems' own words load with the first invalid dataset shown in another language: most readers never see one. */
function loadWords(): Promise<ProblemWords> {
  return (loading ??= import('../../text/problem-strings.ts').then((m) => (words = m)));
}

function sentence({ text, lang }: { text: string; lang: string }, s: Strings): TemplateResult {
  const foreign = lang !== s.lang;
  return html`<span lang=${foreign ? lang : nothing} dir=${foreign ? 'auto' : nothing}>${text}</span>`;
}

/** A problem's sentence in the element's language; English (marked so) until, or where, it has no other. */
function told(p: Problem, s: Strings): unknown {
  const english = sentence({ text: p.message, lang: 'en' }, s);
  if (s.lang === 'en' || p.code === undefined) return english;
  if (words) return sentence(words.problemText(p, s.lang), s);
  return until(
    loadWords().then((m) => sentence(m.problemText(p, s.lang), s)),
    english,
  );
}

function problemItem(p: Problem, s: Strings): TemplateResult {
  return html`<li><code dir="ltr">${p.path}</code> ${told(p, s)}</li>`;
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
