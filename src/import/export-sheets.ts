/**
 * A dataset → the CSV folder of DESIGN.md, so an existing dataset can be edited in a spreadsheet
 * and imported again. Pure: returns each file's text. Columns come from columns.ts, the same list
 * the import reads, so the round trip keeps every field.
 */
import { csvFormatRows } from 'd3-dsv';
import { DEFAULT_LAYERS, parseDataset } from '../data/index.ts';
import { SHEET_FILES, type SheetFileName, type SheetKind } from './columns.ts';
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

function csv(kind: SheetKind, rows: Row[]): string {
  const columns: readonly string[] = SHEET_FILES[kind].columns;
  const cells = rows.map((row) => columns.map((c) => (row[c] === undefined ? '' : String(row[c]))));
  return `${BOM}${csvFormatRows([[...columns], ...cells])}\n`;
}

/** One row per quote; the tie's own columns are filled on its first row only. */
function tieRows(tie: DraftTie): Row[] {
  return tie.evidence.map((evidence, i) => {
    const quote: Row = { id: tie.id, source: evidence.source, quote: evidence.quote, in: evidence.in };
    if (i > 0) return quote;
    return {
      ...quote,
      layer: tie.layer, from: tie.from, to: tie.to, stance: tie.stance, status: tie.status, summary: tie.summary,
      value: tie.figure?.value, upper: tie.figure?.upper, unit: tie.figure?.unit, of: tie.figure?.of,
      qualifier: tie.figure?.qualifier, when_from: tie.when?.from, when_to: tie.when?.to, ended: tie.ended, note: tie.note,
    };
  });
}

/** Writes the folder's files from dataset JSON (text or parsed); refuses an invalid dataset. */
export function exportSheets(input: unknown): ExportResult {
  const checked = parseDataset(input);
  if (checked.errors.length > 0) return { errors: checked.errors.map((p) => `${p.path}: ${p.message}`) };
  // The raw object, not the validated one: it keeps fields this validator may not know yet.
  const data = (typeof input === 'string' ? JSON.parse(input) : input) as DraftDataset;
  const layers = data.layers ?? DEFAULT_LAYERS;
  const files: Partial<Record<SheetFileName, string>> = {
    'dataset.csv': csv('dataset', [{ title: data.title, description: data.description }]),
    'sources.csv': csv('sources', data.sources.map((s) => ({ ...s, not_before: s.notBefore }))),
    'actors.csv': csv('actors', data.actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, lon: a.point?.[0], lat: a.point?.[1] }))),
    'layers.csv': csv('layers', layers.map((l) => ({
      id: l.id, label: l.label,
      measure_unit: 'measure' in l ? l.measure?.unit : undefined, measure_label: 'measure' in l ? l.measure?.label : undefined,
    }))),
    'ties.csv': csv('ties', data.ties.flatMap(tieRows)),
  };
  if (data.scenes && data.scenes.length > 0) {
    files['scenes.csv'] = csv('scenes', data.scenes.map((s) => ({
      id: s.id, title: s.title, caption: s.caption, layers: s.layers?.join(' '), focus: s.focus, ties: s.ties?.join(' '),
      as_of: s.asOf, west: s.camera?.[0][0], south: s.camera?.[0][1], east: s.camera?.[1][0], north: s.camera?.[1][1],
    })));
  }
  return { files, errors: [] };
}
