/** A small valid CSV folder for the import tests, and helpers to write its files row by row. */
import { csvFormatRows } from 'd3-dsv';
import { SHEET_FILES, type SheetKind } from '../../../src/import/columns.ts';
import type { SheetFiles } from '../../../src/import/sheets.ts';

type Row = Partial<Record<string, string>>;

/** A CSV file of the given kind with all its contract columns and these rows. */
export function sheet(
  kind: SheetKind,
  rows: Row[],
  columns: readonly string[] = SHEET_FILES[kind].columns,
): string {
  return csvFormatRows([[...columns], ...rows.map((r) => columns.map((c) => r[c] ?? ''))]) + '\n';
}

export const QUOTE_A = 'Azerbaijan supplies over 60% of Israel’s gasoline';

export const tieRow = (over: Row = {}): Row => ({
  id: 'aze-isr-gasoline',
  layer: 'energy',
  from: 'AZE',
  to: 'ISR',
  summary: 'Azerbaijan supplies over 60% of Israel’s gasoline.',
  value: '60',
  unit: '%',
  qualifier: 'over',
  source: 'src-a',
  quote: QUOTE_A,
  ...over,
});

/** The folder: one source, two countries, one tie; `over` replaces whole files. */
export function folder(over: SheetFiles = {}): SheetFiles {
  return {
    dataset: sheet('dataset', [{ title: 'Test map' }]),
    sources: sheet('sources', [
      { id: 'src-a', title: 'Text A', publisher: 'Publisher A', published: '2025-10' },
    ]),
    actors: sheet('actors', [
      { id: 'AZE', name: 'Azerbaijan', kind: 'country' },
      { id: 'ISR', name: 'Israel', kind: 'country' },
    ]),
    ties: sheet('ties', [tieRow()]),
    ...over,
  };
}
