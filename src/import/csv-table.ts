/**
 * One CSV file as a spreadsheet exports it (UTF-8 with or without BOM, CRLF or LF, RFC 4180
 * quoting with doubled quotes and line breaks inside quoted fields), read with d3-dsv into rows
 * keyed by column header. Row numbers are the spreadsheet's: the header is row 1 and a quoted
 * cell holding line breaks is still one row, so rows are counted as records, never as lines.
 */
import { csvParseRows } from 'd3-dsv';
import { coded } from '../data/problems.ts';
import type { SheetProblem } from './types.ts';

export interface SheetRow {
  /** The row number as the spreadsheet shows it (header = 1). */
  row: number;
  /** Cell text by column header; a column the row lacks reads as "". */
  cells: Record<string, string>;
}

export interface SheetTable {
  file: string;
  header: string[];
  rows: SheetRow[];
  /** 1-based numbers of columns with no header that hold data in some row. */
  unnamedWithData: number[];
}

const BOM = '\uFEFF';

/** Parses the CSV text; every row past the header that is not entirely blank becomes a SheetRow. */
export function parseSheet(file: string, text: string): SheetTable {
  const records = csvParseRows(text.startsWith(BOM) ? text.slice(1) : text);
  const header = (records[0] ?? []).map((name) => name.trim().toLowerCase());
  const rows: SheetRow[] = [];
  const unnamed = new Set<number>();
  records.slice(1).forEach((record, i) => {
    if (record.every((cell) => cell.trim() === '')) return;
    // Headers are the file's own words: a column named "constructor" must not meet Object's.
    const cells = Object.create(null) as Record<string, string>;
    record.forEach((cell, c) => {
      const name = header[c] ?? '';
      if (name === '') {
        if (cell.trim() !== '') unnamed.add(c + 1);
      } else if (cells[name] === undefined) cells[name] = cell;
    });
    rows.push({ row: i + 2, cells });
  });
  return { file, header, rows, unnamedWithData: [...unnamed].sort((a, b) => a - b) };
}

/**
 * Header problems: a required column missing or a column named twice is an error; a column the
 * contract does not define is a warning (its cells are ignored).
 */
export function checkHeader(
  table: SheetTable,
  known: readonly string[],
  required: readonly string[],
): SheetProblem[] {
  const problems: SheetProblem[] = [];
  const at = { file: table.file, row: 1 };
  const seen = new Set<string>();
  table.header.forEach((name, c) => {
    if (name === '') return;
    if (seen.has(name)) {
      problems.push({
        severity: 'error',
        ...at,
        column: name,
        ...coded('sheet.columnTwice', { column: name }),
      });
    }
    seen.add(name);
    if (!known.includes(name)) {
      problems.push({
        severity: 'warning',
        ...at,
        column: name,
        ...coded('sheet.columnUnknown', { column: name, index: c + 1, file: table.file, known }),
      });
    }
  });
  for (const c of table.unnamedWithData) {
    problems.push({
      severity: 'warning',
      ...at,
      ...coded('sheet.columnUnnamed', { index: c }),
    });
  }
  for (const name of required) {
    if (!seen.has(name)) {
      problems.push({
        severity: 'error',
        ...at,
        ...coded('sheet.columnMissing', {
          column: name,
          file: table.file,
          required,
          optional: known.filter((k) => !required.includes(k as never)),
        }),
      });
    }
  }
  return problems;
}

/** "ties.csv row 14, column value: …" (warnings say so after the place). */
export function formatSheetProblem(problem: SheetProblem, folder = ''): string {
  const place = [
    problem.file === undefined ? 'dataset' : `${folder}${problem.file}`,
    problem.row === undefined ? undefined : `row ${problem.row}`,
  ]
    .filter(Boolean)
    .join(' ');
  const where = problem.column === undefined ? place : `${place}, column ${problem.column}`;
  return `${where}: ${problem.severity === 'warning' ? 'warning: ' : ''}${problem.message}`;
}
