/**
 * The evidence checks of DESIGN.md over one parsed dataset and the source texts it quotes:
 * 1. every quote occurs verbatim (whitespace aside) in its source's text, else the closest passage
 *    and the first character that differs are shown;
 * 2. a quote standing only in non-body lines (the sidecar's `nonBody`) is an error, except a caption
 *    quote marked `"in": "caption"`;
 * 3. every number of a tie's summary, figure and dates stands in one of its quotes (checked once
 *    all of the tie's quotes are found: a misquote is reported first);
 * and the dataset's sources agree with the sidecars. Pure: the CLI reads the files, an authoring
 * page can call this in the browser. Malformed structure is the validator's business: what cannot
 * be read is reported once and skipped.
 */
import { closestPassage, indexText, occurrences, type IndexedText } from './quotes.ts';
import type { NonBodyKind, ProblemParamsByCode, QuotePlace } from './problem-params.ts';
import { coded, type CodedMessage } from './problems.ts';
import { quoteFacts, unsupportedNumbers, type TieNumbers } from './quote-numbers.ts';

export type { NonBodyKind } from './problem-params.ts';

/** `NAME.meta.json` beside `NAME.txt` (see ../shared/sources/README.md). */
export interface SourceMeta {
  title: string;
  publisher: string;
  published: string;
  notBefore?: string;
  url?: string;
  author?: string;
  note?: string;
  nonBody: { kind: NonBodyKind; line: number; text: string }[];
}

export interface SourceFile {
  name: string;
  raw: string;
  meta?: SourceMeta;
}

export interface EvidenceFailure {
  /** JSON path in the dataset: `$.ties[3].evidence[1]`, `$.ties[3].when.from`, `$.sources[2].title`. */
  path: string;
  /** The tie's id, when the failure is about a tie. */
  tie?: string;
  message: string;
  /** The sentence's code and params (problems.ts), where the page can tell it in another language. */
  code?: CodedMessage['code'];
  params?: CodedMessage['params'];
}

export interface EvidenceReport {
  failures: EvidenceFailure[];
  /** Dataset source id → the text file its quotes come from. */
  sourceFiles: Map<string, string>;
  /** Text files at least one quote was found in. */
  quotedFiles: Set<string>;
  quotesChecked: number;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

interface Indexed extends IndexedText {
  meta?: SourceMeta;
  /** line → its non-body entry. */
  nonBody: Map<number, SourceMeta['nonBody'][number]>;
}

interface Quote {
  path: string;
  tie: string;
  source: string;
  quote: string;
  place: string;
  found: Indexed[];
}

function shorten(text: string, max = 160): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function checkEvidence(root: unknown, files: readonly SourceFile[]): EvidenceReport {
  const texts: Indexed[] = files.map((f) => ({
    ...indexText(f.name, f.raw),
    meta: f.meta,
    nonBody: new Map((f.meta?.nonBody ?? []).map((entry) => [entry.line, entry])),
  }));
  const failures: EvidenceFailure[] = [];
  const quotedFiles = new Set<string>();
  const sourceFiles = new Map<string, string>();

  texts.forEach((t) =>
    failures.push(...staleSidecarLines(t, files.find((f) => f.name === t.name)!.raw)),
  );

  const rawTies = isObject(root) && Array.isArray(root['ties']) ? (root['ties'] as unknown[]) : [];
  const quotes: Quote[] = [];
  const tieQuotes = new Map<number, Quote[]>();
  rawTies.forEach((tie, t) => {
    if (!isObject(tie) || !Array.isArray(tie['evidence'])) return;
    const id = String(tie['id']);
    (tie['evidence'] as unknown[]).forEach((evidence, e) => {
      const path = `$.ties[${t}].evidence[${e}]`;
      if (!isObject(evidence) || typeof evidence['quote'] !== 'string') {
        failures.push({ path, tie: id, ...coded('quote.notEvidence', {}) });
        return;
      }
      const q: Quote = {
        path,
        tie: id,
        source: String(evidence['source']),
        quote: evidence['quote'],
        place: str(evidence['in']) ?? 'body',
        found: texts.filter((text) => occurrences(evidence['quote'] as string, text).length > 0),
      };
      quotes.push(q);
      tieQuotes.set(t, [...(tieQuotes.get(t) ?? []), q]);
    });
  });

  // Which text is each dataset source? The first file that a quote of it is found in alone.
  for (const q of quotes) {
    if (!sourceFiles.has(q.source) && q.found.length === 1)
      sourceFiles.set(q.source, q.found[0]!.name);
  }

  for (const q of quotes) {
    const named = sourceFiles.get(q.source);
    const text = texts.find((t) => t.name === named);
    q.found.forEach((t) => quotedFiles.add(t.name));
    if (q.found.length === 0) {
      failures.push({ path: q.path, tie: q.tie, ...notFound(q.quote, text, texts) });
      continue;
    }
    if (text && !q.found.includes(text)) {
      failures.push({
        path: q.path,
        tie: q.tie,
        ...coded('quote.elsewhere', {
          source: q.source,
          named: text.name,
          found: q.found.map((t) => t.name),
        }),
      });
      continue;
    }
    const problem = placeProblem(q, text ?? q.found[0]!);
    if (problem) failures.push({ path: q.path, tie: q.tie, ...problem });
  }

  failures.push(...numberFailures(root, rawTies, tieQuotes));
  failures.push(...sourceFailures(root, sourceFiles, texts));
  return { failures, sourceFiles, quotedFiles, quotesChecked: quotes.length };
}

function notFound(
  quote: string,
  named: Indexed | undefined,
  texts: readonly Indexed[],
): CodedMessage {
  const candidates = named ? [named] : texts;
  const misses = candidates
    .map((t) => ({ t, miss: closestPassage(quote, t.text) }))
    .filter((m) => m.miss !== undefined)
    .sort((a, b) => b.miss!.matched - a.miss!.matched);
  const params: ProblemParamsByCode['quote.notFound'] = { quote: shorten(quote) };
  if (named) params.named = named.name;
  const best = misses[0];
  if (best) {
    const { miss, t } = best as { miss: NonNullable<(typeof best)['miss']>; t: Indexed };
    params.closest = {
      file: t.name,
      passage: shorten(miss.passage),
      at: miss.index + 1,
      has: miss.quoteChar,
      textHas: miss.textChar,
    };
  }
  return coded('quote.notFound', params);
}

/** Rule 2: where the quote stands. Undefined when the evidence may stand there. */
function placeProblem(q: Quote, text: Indexed): CodedMessage | undefined {
  const places = occurrences(q.quote, text).map((lines) => {
    const kinds = lines.map((line) => text.nonBody.get(line)?.kind);
    if (kinds.some((k) => k === undefined)) return { body: true, lines, kinds };
    return { body: false, lines, kinds: kinds };
  });
  const inBody = places.some((p) => p.body);
  const inCaption = places.some((p) => !p.body && p.kinds.every((k) => k === 'caption'));
  if (q.place === 'caption') {
    if (inCaption) return undefined;
    return inBody
      ? coded('quote.captionInBody', { file: text.name })
      : coded('quote.captionNotEvidence', firstPlace(places, text.name));
  }
  if (inBody) return undefined;
  return coded(inCaption ? 'quote.onlyCaption' : 'quote.notBody', firstPlace(places, text.name));
}

/** The first place a quote stands in, all of its lines outside the body. */
function firstPlace(
  places: { lines: number[]; kinds: (NonBodyKind | undefined)[] }[],
  file: string,
): QuotePlace {
  const first = places[0]!;
  return { file, kinds: [...new Set(first.kinds)] as NonBodyKind[], lines: first.lines };
}

/** A sidecar whose `text` no longer matches its line would mark the wrong lines. */
function staleSidecarLines(text: Indexed, raw: string): EvidenceFailure[] {
  if (!text.meta) return [];
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  return text.meta.nonBody
    .filter((entry) => (lines[entry.line - 1] ?? '').trim() !== entry.text.trim())
    .map((entry) => ({
      path: `${text.name.replace(/\.txt$/, '.meta.json')} nonBody line ${entry.line}`,
      ...coded('quote.sidecarStale', {
        line: entry.line,
        says: shorten(entry.text, 60),
        file: text.name,
        reads: shorten(lines[entry.line - 1] ?? '', 60),
      }),
    }));
}

/** Rule 3, per tie: the numbers it states, against its quotes. */
function numberFailures(
  root: unknown,
  rawTies: unknown[],
  tieQuotes: Map<number, Quote[]>,
): EvidenceFailure[] {
  const published = new Map<string, string>();
  if (isObject(root) && Array.isArray(root['sources'])) {
    for (const s of root['sources'])
      if (isObject(s) && typeof s['id'] === 'string' && typeof s['published'] === 'string')
        published.set(s['id'], s['published']);
  }
  const failures: EvidenceFailure[] = [];
  rawTies.forEach((raw, t) => {
    if (!isObject(raw) || typeof raw['summary'] !== 'string') return;
    const quotes = tieQuotes.get(t) ?? [];
    // A quote not found is already a failure; checking numbers against it would only add noise.
    if (quotes.some((q) => q.found.length === 0)) return;
    const tie = readNumbers(raw);
    const facts = quotes.map((q) => quoteFacts(q.quote, published.get(q.source)));
    const searched = quotes.map((q) => shorten(q.quote, 100));
    for (const problem of unsupportedNumbers(tie, facts)) {
      const { field } = problem;
      const stated = 'number' in problem ? { number: problem.number } : { date: problem.date };
      failures.push({
        path: `$.ties[${t}].${field}`,
        tie: String(raw['id']),
        ...coded('quote.unstated', { field, quotes: searched, ...stated }),
      });
    }
  });
  return failures;
}

function readNumbers(raw: Json): TieNumbers {
  const tie: TieNumbers = { summary: raw['summary'] as string };
  const figure = raw['figure'];
  if (isObject(figure) && typeof figure['value'] === 'number') {
    tie.figure = { value: figure['value'] };
    if (typeof figure['upper'] === 'number') tie.figure.upper = figure['upper'];
  }
  const when = raw['when'];
  if (isObject(when)) tie.when = { from: str(when['from']), to: str(when['to']) };
  if (typeof raw['ended'] === 'string') tie.ended = raw['ended'];
  return tie;
}

/** The dataset's source fields agree with the sidecar of the text they are quoted from. */
function sourceFailures(
  root: unknown,
  sourceFiles: Map<string, string>,
  texts: readonly Indexed[],
): EvidenceFailure[] {
  if (!isObject(root) || !Array.isArray(root['sources'])) return [];
  const failures: EvidenceFailure[] = [];
  root['sources'].forEach((source, i) => {
    if (!isObject(source)) return;
    const id = String(source['id']);
    const meta = texts.find((t) => t.name === sourceFiles.get(id))?.meta;
    if (!meta) return;
    for (const field of ['title', 'publisher', 'published', 'notBefore', 'url'] as const) {
      const ours = str(source[field]);
      const theirs = meta[field];
      if (ours === theirs) continue;
      // An untitled capture may carry a bracketed description instead of a title: "[untitled: …]".
      if (field === 'title' && theirs === 'unknown' && ours !== undefined && /^\[.*\]$/.test(ours))
        continue;
      const params: ProblemParamsByCode['quote.sourceMismatch'] = {
        source: id,
        field,
        file: sourceFiles.get(id)!,
      };
      if (ours !== undefined) params.ours = ours;
      if (theirs !== undefined) params.theirs = theirs;
      failures.push({ path: `$.sources[${i}].${field}`, ...coded('quote.sourceMismatch', params) });
    }
  });
  return failures;
}
