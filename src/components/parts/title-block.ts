/**
 * The element's title and description. Under 480 px (ties-map.styles.ts) the description folds to
 * one line with a "more" button, so the map is on a phone's first screen; the whole text stays in
 * the paragraph, for screen readers and for wider layouts, where the button is not shown.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../../text/strings.ts';

export interface TitleBlockOptions {
  title: string;
  description: string | undefined;
  open: boolean;
  strings: Strings;
  onToggle: () => void;
}

export function renderTitleBlock(o: TitleBlockOptions): TemplateResult {
  return html`<header><h2 dir="auto">${o.title}</h2>${
    o.description
      ? html`<div class="description ${o.open ? 'open' : ''}"><p id="description" dir="auto">${o.description}</p><button type="button"
        class="more-text" aria-expanded=${String(o.open)} aria-controls="description" @click=${o.onToggle}>${o.open ? o.strings.lessText : o.strings.moreText}</button></div>`
      : nothing
  }</header>`;
}
