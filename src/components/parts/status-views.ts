/** What the element shows without a dataset: the validator's or the loader's located problems, or a one-line status. */
import { html, type TemplateResult } from 'lit';
import type { Problem } from '../../data/types.ts';
import type { Strings } from '../../text/strings.ts';

export function renderProblems({
  problems,
  strings: s,
}: {
  problems: readonly Problem[];
  strings: Strings;
}): TemplateResult {
  return html`<div part="frame" class="frame placeholder"><div part="error" class="error" role="alert"><strong>${s.errorTitle}</strong>
    <ul>${problems.map((p) => html`<li><code>${p.path}</code> ${p.message}</li>`)}</ul></div></div>`;
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
