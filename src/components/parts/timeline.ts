/** The as-of timeline's template: a slider over the dates at which ties start (state/timeline-stops.ts). */
import { html, type TemplateResult } from 'lit';
import { stopIndexOf } from '../../state/timeline-stops.ts';
import { formatDate } from '../../text/format.ts';
import type { Strings } from '../../text/strings.ts';

export interface TimelineOptions {
  stops: readonly string[];
  asOf: string | null;
  playing: boolean;
  strings: Strings;
  onChange: (asOf: string | null) => void;
  onPlay: () => void;
}

/** The slider's last position means "all dates" (no as-of filter). */
export function renderTimeline({
  stops,
  asOf,
  playing,
  strings,
  onChange,
  onPlay,
}: TimelineOptions): TemplateResult {
  const index = stopIndexOf(stops, asOf);
  const label = asOf === null ? strings.allDates : strings.asOf(formatDate(asOf, strings.lang));
  return html`<div class="timeline" part="timeline">
    <button type="button" class="play" aria-pressed=${String(playing)} @click=${onPlay}>${playing ? strings.pause : strings.play}</button>
    <label class="timeline-label" for="as-of-slider">${label}</label>
    <input id="as-of-slider" type="range" min="0" max=${stops.length} step="1" .value=${String(index)} list="as-of-ticks"
      aria-valuetext=${label}
      @input=${(e: Event) => {
        const i = Number((e.target as HTMLInputElement).value);
        onChange(i >= stops.length ? null : stops[i]!);
      }}>
    <datalist id="as-of-ticks">${stops.map((_, i) => html`<option value=${i}></option>`)}<option value=${stops.length}></option></datalist>
  </div>`;
}
