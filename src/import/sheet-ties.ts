/**
 * The ties sheet read into the draft dataset: one row a tie or a further quote of the tie above,
 * with its figure, period and evidence.
 */
import { coded } from '../data/problems.ts';
import { cellText } from './cells.ts';
import { EVIDENCE_COLUMNS, TIE_OWN_COLUMNS } from './columns.ts';
import type { SheetRow, SheetTable } from './csv-table.ts';
import type { DraftEvidence, DraftFigure, DraftTie } from './types.ts';
import { Build } from './sheet-build.ts';

/** The tie's own cells, each with the row that filled it first. */
type OwnCells = Map<string, { text: string; row: number }>;

function ownCells(build: Build, table: SheetTable, id: string, rows: SheetRow[]): OwnCells {
  const own: OwnCells = new Map();
  // A tie's summary and `of` in another language are its own cells too.
  const translated = (build.languages.ties ?? [])
    .filter((c) => c.base === 'summary' || c.base === 'of')
    .map((c) => c.name);
  for (const row of rows) {
    for (const column of [...TIE_OWN_COLUMNS, ...translated]) {
      const text = cellText(row, column);
      if (text === undefined) continue;
      const first = own.get(column);
      if (!first) own.set(column, { text, row: row.row });
      else if (first.text !== text) {
        build.error(
          table.file,
          row.row,
          column,
          coded('sheet.tieDisagrees', { tie: id, text, first: first.text, firstRow: first.row }),
        );
      }
    }
  }
  return own;
}

function tie(
  build: Build,
  table: SheetTable,
  id: string,
  rows: SheetRow[],
  path: string,
): DraftTie {
  const own = ownCells(build, table, id, rows);
  const first = rows[0]!;
  const at = (column: string) => ({
    file: table.file,
    row: own.get(column)?.row ?? first.row,
    column,
  });
  const text = (column: string) => own.get(column)?.text;
  const number = (column: string) => {
    const cell = own.get(column);
    return cell
      ? build.number(
          table,
          rows.find((r) => r.row === cell.row)!,
          column,
        )
      : undefined;
  };
  build.locations.set(path, { file: table.file, row: first.row, column: 'id' });
  const draft: DraftTie = { id, evidence: [] };
  const simple = [
    ['layer', 'layer'],
    ['from', 'from'],
    ['to', 'to'],
    ['stance', 'stance'],
    ['status', 'status'],
    ['summary', 'summary'],
    ['note', 'note'],
  ] as const;
  for (const [field, column] of simple) {
    build.locations.set(`${path}.${field}`, at(column));
    const value = text(column);
    if (value !== undefined) draft[field] = value;
  }
  const figure: DraftFigure = {};
  build.locations.set(`${path}.figure`, at('value'));
  for (const field of ['value', 'upper'] as const) {
    build.locations.set(`${path}.figure.${field}`, at(field));
    const value = number(field);
    if (value !== undefined) figure[field] = value;
  }
  for (const field of ['unit', 'of', 'qualifier'] as const) {
    build.locations.set(`${path}.figure.${field}`, at(field));
    const value = text(field);
    if (value !== undefined) figure[field] = value;
  }
  const figureCells = ['value', 'upper', 'unit', 'of', 'qualifier'].some((c) => own.has(c));
  if (figureCells) draft.figure = figure;
  const when: NonNullable<DraftTie['when']> = {};
  build.locations.set(`${path}.when`, at('when_from'));
  for (const [field, column] of [
    ['from', 'when_from'],
    ['to', 'when_to'],
  ] as const) {
    build.locations.set(`${path}.when.${field}`, at(column));
    const value = text(column);
    if (value !== undefined) when[field] = value;
  }
  if (Object.keys(when).length > 0) draft.when = when;
  build.locations.set(`${path}.ended`, at('ended'));
  const ended = text('ended');
  if (ended !== undefined) draft.ended = ended;
  for (const c of build.languages.ties ?? []) {
    const value = c.base === 'summary' || c.base === 'of' ? text(c.name) : undefined;
    if (value !== undefined) build.translated(c.tag, ['ties', id, c.base], value, at(c.name));
  }
  build.locations.set(`${path}.evidence`, { file: table.file, row: first.row, column: 'quote' });
  for (const row of rows) {
    if (
      EVIDENCE_COLUMNS.every((c) => cellText(row, c) === undefined) &&
      build.languageCells('ties', row, 'quote').length === 0
    )
      continue;
    const evidencePath = `${path}.evidence[${draft.evidence.length}]`;
    build.locations.set(evidencePath, { file: table.file, row: row.row, column: 'quote' });
    const evidence: DraftEvidence = {};
    build.fields(evidence, table, row, evidencePath, [
      ['source', 'source'],
      ['quote', 'quote'],
      ['in', 'in'],
      ['lang', 'lang'],
    ]);
    const translations = build.languageCells('ties', row, 'quote');
    translations.forEach(({ column }, i) =>
      build.locations.set(`${evidencePath}.translations[${i}]`, {
        file: table.file,
        row: row.row,
        column,
      }),
    );
    if (translations.length > 0)
      evidence.translations = translations.map(({ tag, text }) => ({ lang: tag, text }));
    draft.evidence.push(evidence);
  }
  return draft;
}

export function ties(build: Build, table: SheetTable): DraftTie[] {
  const groups = new Map<string, SheetRow[]>();
  for (const row of table.rows) {
    const id = cellText(row, 'id');
    if (id === undefined) {
      build.error(table.file, row.row, 'id', coded('sheet.tieNoId', {}));
      continue;
    }
    const group = groups.get(id);
    if (group) group.push(row);
    else groups.set(id, [row]);
  }
  return [...groups].map(([id, rows], i) => tie(build, table, id, rows, `$.ties[${i}]`));
}
