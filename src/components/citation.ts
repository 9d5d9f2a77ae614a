/** Plain-text citation of a tie, for the evidence card's "Copy citation" button. */
import type { Dataset, Tie } from '../data/types.ts';
import { formatDate, formatFigure, formatPeriod } from './format.ts';

export function isHttpUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export function citeTie(dataset: Dataset, tie: Tie): string {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const figure = tie.figure ? formatFigure(tie.figure) : 'no figure in the sources';
  const period = formatPeriod(tie.when);
  const status = tie.status && tie.status !== 'stated' ? ` (${tie.status})` : '';
  const lines = [`${tie.summary}${status}`, `Figure: ${figure}${period ? ` (${period})` : ''}.`];
  for (const evidence of tie.evidence) {
    const source = sources.get(evidence.source);
    if (!source) continue;
    const date = source.published === 'unknown'
      ? `date unknown${source.notBefore ? `, not before ${formatDate(source.notBefore)}` : ''}`
      : formatDate(source.published);
    const publisher = source.publisher === 'unknown' ? 'publisher unknown' : source.publisher;
    const place = evidence.in === 'caption' ? 'photo caption, ' : '';
    lines.push(`“${evidence.quote}” (${place}${source.title}, ${publisher}, ${date}${isHttpUrl(source.url) ? `, ${source.url}` : ''})`);
  }
  return lines.join('\n');
}
