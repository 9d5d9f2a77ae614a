/** Plain-text citation of a tie, for the evidence card's "Copy citation" button, in the reader's language. */
import type { Dataset, Tie } from '../../data/types.ts';
import { formatDate, formatFigure, formatPeriod } from '../../text/format.ts';
import { statusWord, stringsFor, type Strings } from '../../text/strings.ts';

export function isHttpUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export function citeTie(dataset: Dataset, tie: Tie, s: Strings = stringsFor('en')): string {
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const figure = tie.figure ? formatFigure(tie.figure, s.lang) : s.noFigure;
  const period = formatPeriod(tie.when, s.lang);
  const status = statusWord(s, tie.status);
  const lines = [
    `${tie.summary}${status ? ` (${status})` : ''}`,
    `${s.columns.figure}: ${figure}${period ? ` (${period})` : ''}.`,
  ];
  for (const evidence of tie.evidence) {
    const source = sources.get(evidence.source);
    if (!source) continue;
    const date =
      source.published === 'unknown'
        ? source.notBefore
          ? s.dateNotBefore(formatDate(source.notBefore, s.lang))
          : s.dateUnknown
        : formatDate(source.published, s.lang);
    const publisher = source.publisher === 'unknown' ? s.publisherUnknown : source.publisher;
    const place = evidence.in === 'caption' ? `${s.photoCaption}, ` : '';
    lines.push(
      `“${evidence.quote}” (${place}${source.title}, ${publisher}, ${date}${isHttpUrl(source.url) ? `, ${source.url}` : ''})`,
    );
  }
  return lines.join('\n');
}
