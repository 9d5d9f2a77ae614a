/** The slide's and the SVG's title and credit line, in the reader's language. */
import type { Dataset, SceneStep } from '../data/types.ts';
import type { Legend } from '../scene/types.ts';
import { formatDate } from './format.ts';
import type { Strings } from './strings.ts';

/** The dataset's title, with the scene's when one is shown (slides, SVG export, static output). */
export function viewTitle(dataset: Dataset, step: SceneStep | undefined): string {
  return step ? `${dataset.title}: ${step.title}` : dataset.title;
}

/** "OC Media (Oct 2025); The Times of Israel (Dec 2025); …": every source, as the table credits them. */
export function creditLine(dataset: Dataset, legend: Legend, strings: Strings): string {
  const sources = dataset.sources.map((s) => {
    const who = s.publisher === 'unknown' ? s.title : s.publisher;
    const when =
      s.published === 'unknown' ? strings.dateUnknown : formatDate(s.published, strings.lang);
    return `${who} (${when})`;
  });
  const asOf = legend.dataAsOf
    ? ` · ${strings.dataAsOf(formatDate(legend.dataAsOf, strings.lang))}`
    : '';
  return `${strings.sourcesCredit(sources.join('; '))} · ${strings.baseMapCredit} · ${strings.bordersCredit(legend.borders.worldview)}${asOf}`;
}
