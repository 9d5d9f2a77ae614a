/**
 * A dataset → the CSV folder of DESIGN.md, so an existing dataset can be edited in a spreadsheet
 * and imported again. Pure: returns each file's text. Columns come from columns.ts, the same list
 * the import reads, so the round trip keeps every field.
 */
import { csvFormatRows } from 'd3-dsv';
import { DEFAULT_LAYERS, parseDataset } from '../data/index.ts';
import { ownValue } from '../data/own.ts';
import { SHEET_FILES, type SheetFileName, type SheetKind } from './columns.ts';
import { languageHeader, TRANSLATED_COLUMNS } from './language-columns.ts';
import type { DraftDataset, DraftTie } from './types.ts';

type Cell = string | number | undefined;
type Row = Partial<Record<string, Cell>>;

export interface ExportResult {
  /** File name → CSV text; absent when the dataset has errors. */
  files?: Partial<Record<SheetFileName, string>>;
  /** The validator's errors ("$.ties[3].to: …") when the dataset cannot be exported. */
  errors: string[];
}

// A BOM makes Excel read the file as UTF-8 (typographic quotes and dashes survive); Google Sheets
// and LibreOffice ignore it.
const BOM = '\uFEFF';

/**
 * The sheet's columns, then its language columns (`summary@he`) that some row fills, language by
 * language in `tags` order.
 */
function csv(kind: SheetKind, rows: Row[], tags: readonly string[] = []): string {
  const extra = tags
    .flatMap((tag) => TRANSLATED_COLUMNS[kind].map((base) => languageHeader(base, tag)))
    .filter((c) => rows.some((row) => row[c] !== undefined));
  const columns: readonly string[] = [...SHEET_FILES[kind].columns, ...extra];
  const cells = rows.map((row) => columns.map((c) => (row[c] === undefined ? '' : String(row[c]))));
  return `${BOM}${csvFormatRows([[...columns], ...cells])}\n`;
}

type Translations = NonNullable<DraftDataset['translations']>;

/** `{ "summary@ar": …, "summary@he": … }`: a text of each language, from `pick` of that language's translation. */
function languageCells(
  translations: Translations,
  base: string,
  pick: (translation: Record<string, unknown>) => unknown,
): Row {
  const cells: Row = {};
  for (const [tag, translation] of Object.entries(translations)) {
    const value = pick(translation);
    if (typeof value === 'string' || value === false)
      cells[languageHeader(base, tag)] = String(value);
  }
  return cells;
}

/** `translation[group][id][field]`, read as own keys only. */
function textOf(
  group: string,
  id: string | undefined,
  field: string,
): (translation: Record<string, unknown>) => unknown {
  return (translation) => {
    const entries = ownValue(translation, group);
    const entry =
      id === undefined || typeof entries !== 'object' || entries === null
        ? undefined
        : ownValue(entries as Record<string, unknown>, id);
    return typeof entry === 'object' && entry !== null
      ? ownValue(entry as Record<string, unknown>, field)
      : undefined;
  };
}

/** One row per quote; the tie's own columns are filled on its first row only. */
function tieRows(tie: DraftTie, translations: Translations): Row[] {
  return tie.evidence.map((evidence, i) => {
    const quote: Row = {
      id: tie.id,
      source: evidence.source,
      quote: evidence.quote,
      in: evidence.in,
      lang: evidence.lang,
    };
    for (const t of evidence.translations ?? []) quote[languageHeader('quote', t.lang)] = t.text;
    if (i > 0) return quote;
    return {
      ...quote,
      ...languageCells(translations, 'summary', textOf('ties', tie.id, 'summary')),
      ...languageCells(translations, 'of', textOf('ties', tie.id, 'of')),
      layer: tie.layer,
      from: tie.from,
      to: tie.to,
      stance: tie.stance,
      status: tie.status,
      summary: tie.summary,
      value: tie.figure?.value,
      upper: tie.figure?.upper,
      unit: tie.figure?.unit,
      of: tie.figure?.of,
      qualifier: tie.figure?.qualifier,
      when_from: tie.when?.from,
      when_to: tie.when?.to,
      ended: tie.ended,
      note: tie.note,
    };
  });
}

/** Writes the folder's files from dataset JSON (text or parsed); refuses an invalid dataset. */
export function exportSheets(input: unknown): ExportResult {
  const checked = parseDataset(input);
  if (checked.errors.length > 0)
    return { errors: checked.errors.map((p) => `${p.path}: ${p.message}`) };
  // The raw object, not the validated one: it keeps fields this validator may not know yet.
  const data = (typeof input === 'string' ? JSON.parse(input) : input) as DraftDataset;
  const credited = ownCredits(data);
  if (credited.length > 0) return { errors: credited };
  const layers = data.layers ?? DEFAULT_LAYERS;
  const translations: Translations = data.translations ?? {};
  const tags = [
    ...new Set([
      ...Object.keys(translations),
      ...data.actors.flatMap((a) => Object.keys(a.names ?? {})),
      ...data.ties.flatMap((t) =>
        t.evidence.flatMap((e) => (e.translations ?? []).map((q) => q.lang)),
      ),
    ]),
  ];
  const own = (field: string) => (translation: Record<string, unknown>) =>
    ownValue(translation, field);
  const datasetRow: Row = { title: data.title, description: data.description };
  for (const field of TRANSLATED_COLUMNS.dataset)
    Object.assign(datasetRow, languageCells(translations, field, own(field)));
  const files: Partial<Record<SheetFileName, string>> = {
    'dataset.csv': csv('dataset', [datasetRow], tags),
    'sources.csv': csv(
      'sources',
      data.sources.map((s) => ({ ...s, not_before: s.notBefore })),
    ),
    'actors.csv': csv(
      'actors',
      data.actors.map((a) => ({
        id: a.id,
        name: a.name,
        kind: a.kind,
        lon: a.point?.[0],
        lat: a.point?.[1],
        ...Object.fromEntries(
          Object.entries(a.names ?? {}).map(([tag, name]) => [languageHeader('name', tag), name]),
        ),
      })),
      tags,
    ),
    'layers.csv': csv(
      'layers',
      layers.map((l) => ({
        id: l.id,
        label: l.label,
        measure_unit: 'measure' in l ? l.measure?.unit : undefined,
        measure_label: 'measure' in l ? l.measure?.label : undefined,
        ...languageCells(translations, 'label', textOf('layers', l.id, 'label')),
        ...languageCells(translations, 'measure_label', textOf('layers', l.id, 'measure')),
      })),
      tags,
    ),
    'ties.csv': csv(
      'ties',
      data.ties.flatMap((t) => tieRows(t, translations)),
      tags,
    ),
  };
  if (data.scenes && data.scenes.length > 0) {
    files['scenes.csv'] = csv(
      'scenes',
      data.scenes.map((s) => ({
        id: s.id,
        title: s.title,
        caption: s.caption,
        layers: s.layers?.join(' '),
        focus: s.focus,
        ties: s.ties?.join(' '),
        as_of: s.asOf,
        west: s.camera?.[0][0],
        south: s.camera?.[0][1],
        east: s.camera?.[1][0],
        north: s.camera?.[1][1],
        notes: s.notes,
        ...languageCells(translations, 'title', textOf('scenes', s.id, 'title')),
        ...languageCells(translations, 'caption', textOf('scenes', s.id, 'caption')),
        ...languageCells(translations, 'notes', textOf('scenes', s.id, 'notes')),
      })),
      tags,
    );
  }
  if (data.annotations && data.annotations.length > 0) {
    files['annotations.csv'] = csv(
      'annotations',
      data.annotations.map((a) => ({
        id: a.id,
        text: a.text,
        at: Array.isArray(a.at) ? a.at.join(' ') : a.at,
        kind: a.kind,
        scenes: a.scenes?.join(' '),
        // A call-out's translation is its text alone: `translations[tag].annotations[id]`.
        ...languageCells(translations, 'text', (translation) => {
          const texts = ownValue(translation, 'annotations');
          return a.id === undefined || typeof texts !== 'object' || texts === null
            ? undefined
            : ownValue(texts as Record<string, unknown>, a.id);
        }),
      })),
      tags,
    );
  }
  return { files, errors: [] };
}

/**
 * A quote translation with a credit of its own (its own translator …) has no cell in the sheet,
 * where a language's credit is one row of dataset.csv: refused, so that nothing is lost.
 */
function ownCredits(data: DraftDataset): string[] {
  return data.ties.flatMap((tie, t) =>
    tie.evidence.flatMap((evidence, e) =>
      (evidence.translations ?? []).flatMap((translation, k) =>
        Object.keys(translation).some((key) => key !== 'lang' && key !== 'text')
          ? [
              `$.ties[${t}].evidence[${e}].translations[${k}]: this translation into "${translation.lang}" has a credit of its own (translator, method, reviewed or note), which the sheet cannot hold: each language's credit is one row of dataset.csv (translator@${translation.lang} …). Move it to $.translations, or keep the dataset as JSON.`,
            ]
          : [],
      ),
    ),
  );
}
