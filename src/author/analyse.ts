/**
 * The workspace's files → the dataset to draw and every problem, located where the author can fix
 * it: file, spreadsheet row and column for the CSV folder (the import's own locations, reused for
 * the quote checks), file and JSON path for a dataset JSON, file for the texts. Pure: the
 * same files give the same answer, so the page simply runs it again after every change.
 */
import { checkEvidence, type SourceFile, type SourceMeta } from '../data/evidence-check.ts';
import { parseDataset } from '../data/index.ts';
import { coded } from '../data/problems.ts';
import type { Problem, Severity } from '../data/types.ts';
import { SHEET_FILES } from '../import/columns.ts';
import type { Locations } from '../import/locations.ts';
import { importSheets, type SheetFiles } from '../import/sheets.ts';
import { authorStringsFor, type AuthorStrings } from '../text/author-strings.ts';
import type { Workspace } from './workspace.ts';

export interface AuthorProblem {
  severity: Severity;
  file?: string;
  /** The spreadsheet's row (header = 1) for a CSV file. */
  row?: number;
  column?: string;
  /** JSON path in a dataset JSON. */
  path?: string;
  /** What found it: the import and validator, or the quote checks. */
  check: 'data' | 'quotes';
  message: string;
  /** The language of `message`: the import and the checks write English, told in the page's through `code`. */
  lang?: string;
  /** The problem's code and params, from which the page tells it in its own language. */
  code?: Problem['code'];
  params?: Problem['params'];
  /** A quote failure's tie, which the list names before the sentence where its place (a cell) does not say it. */
  tie?: string;
}

/** A language the dataset has text in besides English, and how its translation says it was made. */
export interface DatasetLanguage {
  tag: string;
  method?: string;
  /** Who reviewed it, false when no one has; absent when the dataset does not say. */
  reviewed?: string | false;
}

export interface QuoteSummary {
  quotes: number;
  texts: number;
  failures: number;
}

export interface Analysis {
  /** The dataset as built or parsed; absent when the files do not make one. */
  dataset?: unknown;
  /** True when the dataset passes the import and the validator (quote failures aside). */
  valid: boolean;
  problems: AuthorProblem[];
  /** Present when source texts were given and there was a dataset to check. */
  quoteSummary?: QuoteSummary;
  /** The languages of its translations, actor names and quote translations, as far as they can be read. */
  languages: DatasetLanguage[];
}

type Located = Pick<AuthorProblem, 'file' | 'row' | 'column' | 'path'>;

/** `s`: the page's words, for the sentences the page writes itself. */
export function analyse(ws: Workspace, s: AuthorStrings = authorStringsFor('en')): Analysis {
  const built: Built = ws.dataset
    ? fromJson(ws)
    : ws.sheets.size > 0
      ? fromSheets(ws)
      : { problems: [], locate: (path) => ({ path }) };
  const problems = [...built.problems];
  const valid = built.dataset !== undefined && !problems.some((p) => p.severity === 'error');
  const sources = sourceFiles(ws, problems, s);
  let quoteSummary: QuoteSummary | undefined;
  if (built.dataset !== undefined && sources.length > 0) {
    const report = checkEvidence(built.dataset, sources);
    for (const failure of report.failures) {
      const at: Located = failure.path.startsWith('$')
        ? built.locate(failure.path)
        : { file: failure.path.split(' ')[0] };
      const named = failure.tie === undefined || at.path !== undefined ? undefined : failure.tie;
      const { message, code, params } = failure;
      const problem: AuthorProblem = { severity: 'error', check: 'quotes', ...at, message };
      problem.lang = 'en';
      if (code !== undefined) Object.assign(problem, { code, params });
      if (named !== undefined) problem.tie = named;
      problems.push(problem);
    }
    for (const { name } of sources) {
      if (!report.quotedFiles.has(name))
        problems.push({
          severity: 'warning',
          check: 'quotes',
          file: name,
          message: s.noQuoteFromText,
        });
    }
    quoteSummary = {
      quotes: report.quotesChecked,
      texts: sources.length,
      failures: report.failures.length,
    };
  }
  return {
    dataset: built.dataset,
    valid,
    problems,
    quoteSummary,
    languages: languagesOf(built.dataset),
  };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Read from the dataset as given, even one with errors, so the page can say what it has. */
function languagesOf(dataset: unknown): DatasetLanguage[] {
  if (!isObject(dataset)) return [];
  const translations = isObject(dataset.translations) ? dataset.translations : {};
  const tags = new Set(Object.keys(translations));
  for (const actor of list(dataset.actors))
    if (isObject(actor) && isObject(actor.names))
      Object.keys(actor.names).forEach((t) => tags.add(t));
  for (const tie of list(dataset.ties)) {
    for (const evidence of isObject(tie) ? list(tie.evidence) : []) {
      for (const t of isObject(evidence) ? list(evidence.translations) : [])
        if (isObject(t) && typeof t.lang === 'string') tags.add(t.lang);
    }
  }
  return [...tags].map((tag) => {
    const entry = Object.hasOwn(translations, tag) ? translations[tag] : undefined;
    const language: DatasetLanguage = { tag };
    if (isObject(entry) && typeof entry.method === 'string') language.method = entry.method;
    if (isObject(entry) && (typeof entry.reviewed === 'string' || entry.reviewed === false))
      language.reviewed = entry.reviewed;
    return language;
  });
}

interface Built {
  dataset?: unknown;
  problems: AuthorProblem[];
  locate: (path: string) => Located;
}

function fromSheets(ws: Workspace): Built {
  const files: SheetFiles = {};
  const names = new Map<string, string>();
  const problems: AuthorProblem[] = [];
  for (const [kind, file] of ws.sheets) {
    files[kind] = file.text;
    names.set(SHEET_FILES[kind].file, file.name);
    if (file.encoding === 'Latin-1') {
      problems.push({
        severity: 'warning',
        check: 'data',
        file: file.name,
        ...coded('import.latin1', {}),
        lang: 'en',
      });
    }
  }
  // Problems name the folder's file; the author dropped "My map - ties.csv", so say that name.
  const named = (file: string | undefined) =>
    file === undefined ? undefined : (names.get(file) ?? file);
  const result = importSheets(files);
  const located = result.problems.map((p): AuthorProblem => ({
    ...p,
    // The command line's English names the JSON path first; the page shows it as the place.
    message:
      p.path !== undefined && p.message.startsWith(`${p.path}: `)
        ? p.message.slice(p.path.length + 2)
        : p.message,
    check: 'data',
    file: named(p.file),
    lang: 'en',
  }));
  const locations: Locations | undefined = result.locations;
  return {
    dataset: result.dataset,
    problems: [...located, ...problems],
    locate: (path) => {
      const at = locations?.find(path);
      return at ? { file: named(at.file), row: at.row, column: at.column } : { path };
    },
  };
}

function fromJson(ws: Workspace): Built {
  const file = ws.dataset!;
  const locate = (path: string): Located => ({ file: file.name, path });
  // The intake refuses JSON that does not parse, so this holds an object.
  const root: unknown = JSON.parse(file.text);
  const result = parseDataset(root);
  const problems = result.problems.map((p): AuthorProblem => ({
    severity: p.severity,
    check: 'data',
    file: file.name,
    path: p.path,
    message: p.message,
    lang: 'en',
    ...(p.code === undefined ? {} : { code: p.code, params: p.params }),
  }));
  return { dataset: root, problems, locate };
}

function isNonBodyEntry(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { kind, line, text } = e as Record<string, unknown>;
  return typeof kind === 'string' && Number.isInteger(line) && typeof text === 'string';
}

/** The texts with their sidecars; a broken or orphaned sidecar is a problem, not a crash. */
function sourceFiles(ws: Workspace, problems: AuthorProblem[], s: AuthorStrings): SourceFile[] {
  for (const [text, sidecar] of ws.sidecars) {
    if (!ws.texts.has(text))
      problems.push({
        severity: 'warning',
        check: 'quotes',
        file: sidecar.name,
        message: s.describesMissing(text),
      });
  }
  return [...ws.texts.values()]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((text) => {
      const sidecar = ws.sidecars.get(text.name);
      // The intake refuses a sidecar that is not a JSON object; entries the checks cannot read are left out, and said.
      const meta = sidecar ? (JSON.parse(sidecar.text) as SourceMeta) : undefined;
      if (meta) {
        const entries: unknown[] = Array.isArray(meta.nonBody) ? meta.nonBody : [];
        meta.nonBody = entries.filter((e): e is SourceMeta['nonBody'][number] => isNonBodyEntry(e));
        if (meta.nonBody.length < entries.length) {
          problems.push({
            severity: 'warning',
            check: 'quotes',
            file: sidecar!.name,
            message: s.nonBodyLeftOut(entries.length - meta.nonBody.length),
          });
        }
      }
      return { name: text.name, raw: text.text, meta };
    });
}
