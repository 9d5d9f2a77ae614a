/**
 * The sentences of the quote checks (src/data/evidence-check.ts): a quote not found or found
 * elsewhere, where a quote stands, the numbers a tie states, the sidecars. The quotes, passages,
 * file names and fields are the texts' and the data's own words, isolated.
 */
import type { NonBodyKind, QuotePlace } from '../../data/problem-params.ts';
import { formatDate } from '../format.ts';
import { activeLanguage, msg, str } from '../msg.ts';
import { num } from '../strings/counting.ts';
import { character, iso, list, separator, type ProblemWords } from './parts.ts';

/**
 * A number a tie states, in the language's digits but ungrouped, as the data writes it: a year
 * reads 2023, not 2,023.
 */
const stated = (n: number): string =>
  new Intl.NumberFormat(activeLanguage(), {
    useGrouping: false,
    maximumFractionDigits: 20,
  }).format(n);

/** How the data marks a caption quote, as written in the JSON. */
const CAPTION_MARK = '"in": "caption"';

function kindText(kind: NonBodyKind): string {
  switch (kind) {
    case 'navigation':
      return msg('site navigation', { id: 'problem.quote.kind.navigation' });
    case 'caption':
      return msg('a photo caption', { id: 'problem.quote.kind.caption' });
    case 'teaser':
      return msg('a teaser (a card for another article)', { id: 'problem.quote.kind.teaser' });
    case 'byline':
      return msg('a byline', { id: 'problem.quote.kind.byline' });
    case 'author-note':
      return msg('the author note', { id: 'problem.quote.kind.authorNote' });
  }
}

/** `a photo caption (line 12 of gazette.txt)`. */
function placeText(p: QuotePlace): string {
  const and = msg(' and ', { id: 'problem.quote.kindsAnd' });
  const kinds = [...new Set(p.kinds)].map(kindText).join(and);
  const lines = p.lines.map(num).join(separator());
  const file = iso(p.file);
  return msg(str`${kinds} (line ${lines} of ${file})`, { id: 'problem.quote.place' });
}

/** A source's field as its sidecar or the dataset gives it: `title “…”`, or that it gives none. */
function fieldText(field: string, value: string | undefined): string {
  const name = iso(field);
  if (value === undefined) return msg(str`no "${name}"`, { id: 'problem.quote.fieldNone' });
  const given = iso(value);
  return msg(str`"${name}" “${given}”`, { id: 'problem.quote.fieldValue' });
}

/** The quote checks: each code's sentence in the language of the messages in force. */
export function quoteWords() {
  const q = iso;
  return {
    'quote.notFound': (p) => {
      const quote = q(p.quote);
      const named = p.named === undefined ? undefined : q(p.named);
      const base =
        named === undefined
          ? msg(str`Quote not found in any text: “${quote}”`, { id: 'problem.quote.notFound' })
          : msg(str`Quote not found in ${named}, the text its source is quoted from: “${quote}”`, {
              id: 'problem.quote.notFoundIn',
            });
      if (!p.closest) {
        return msg(str`${base}; no passage comes close.`, { id: 'problem.quote.noneClose' });
      }
      const c = p.closest;
      const [file, passage, at, has, textHas] = [
        q(c.file),
        q(c.passage),
        num(c.at),
        character(c.has),
        character(c.textHas),
      ];
      return msg(
        str`${base}; closest passage in ${file}: “${passage}”; the first difference is at character ${at} of the quote: it has ${has} where the text has ${textHas}.`,
        { id: 'problem.quote.closest' },
      );
    },
    'quote.elsewhere': (p) => {
      const [source, named, found] = [q(p.source), q(p.named), list(p.found)];
      return msg(
        str`Source "${source}" is quoted from ${named} elsewhere, but this quote is only in ${found}.`,
        { id: 'problem.quote.elsewhere' },
      );
    },
    'quote.notEvidence': () => {
      const key = q('quote');
      return msg(
        str`This is not an evidence entry with a "${key}" text; fix it as the data check says.`,
        { id: 'problem.quote.notEvidence' },
      );
    },
    'quote.captionInBody': (p) => {
      const [mark, file] = [q(CAPTION_MARK), q(p.file)];
      return msg(
        str`The evidence is marked as a photo caption (${mark}), but the quote stands in the body of ${file}; remove the mark (the card would say "photo caption").`,
        { id: 'problem.quote.captionInBody' },
      );
    },
    'quote.captionNotEvidence': (p) => {
      const [mark, place] = [q(CAPTION_MARK), placeText(p)];
      return msg(
        str`The evidence is marked as a photo caption (${mark}), but the quote stands only in ${place}, which is never evidence.`,
        { id: 'problem.quote.captionNotEvidence' },
      );
    },
    'quote.onlyCaption': (p) => {
      const [place, mark] = [placeText(p), q(CAPTION_MARK)];
      return msg(
        str`The quote stands only in ${place}, not in the article's body; if the caption is the evidence you mean, mark it as one (${mark}; the card then says "photo caption"), otherwise quote the body.`,
        { id: 'problem.quote.onlyCaption' },
      );
    },
    'quote.notBody': (p) => {
      const place = placeText(p);
      return msg(
        str`The quote stands only in ${place}, which is never evidence; quote the article's body.`,
        { id: 'problem.quote.notBody' },
      );
    },
    'quote.unstated': (p) => {
      const field = q(p.field);
      let what: string;
      if ('number' in p) {
        const n = stated(p.number);
        what = msg(str`the number ${n}`, { id: 'problem.quote.number' });
      } else {
        const [date, words] = [q(p.date), formatDate(p.date, activeLanguage())];
        what = p.date.includes('-')
          ? msg(str`the date ${date} (${words})`, { id: 'problem.quote.dateWords' })
          : msg(str`the date ${date}`, { id: 'problem.quote.date' });
      }
      if (p.quotes.length === 0)
        return msg(str`"${field}" states ${what}, but the tie has no quotes.`, {
          id: 'problem.quote.unstatedNoQuotes',
        });
      const quotes = p.quotes.map((text) => `“${q(text)}”`).join(' · ');
      return msg(
        str`"${field}" states ${what}, which none of the tie's quotes states; quotes searched: ${quotes}`,
        { id: 'problem.quote.unstated' },
      );
    },
    'quote.sidecarStale': (p) => {
      const [line, says, file, reads] = [num(p.line), q(p.says), q(p.file), q(p.reads)];
      return msg(
        str`The sidecar says line ${line} is “${says}”, but that line of ${file} reads “${reads}”; the sidecar is out of date.`,
        { id: 'problem.quote.sidecarStale' },
      );
    },
    'quote.sourceMismatch': (p) => {
      const [source, ours, file, theirs] = [
        q(p.source),
        fieldText(p.field, p.ours),
        q(p.file),
        fieldText(p.field, p.theirs),
      ];
      return p.field === 'url'
        ? msg(
            str`Source "${source}" gives ${ours}, but the sidecar of ${file} says ${theirs} (never guess a URL).`,
            { id: 'problem.quote.sourceMismatchUrl' },
          )
        : msg(str`Source "${source}" gives ${ours}, but the sidecar of ${file} says ${theirs}.`, {
            id: 'problem.quote.sourceMismatch',
          });
    },
  } satisfies Partial<ProblemWords>;
}
