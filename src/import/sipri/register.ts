/**
 * Reads a SIPRI Arms Transfers Database trade register export: the preamble (notes, a blank
 * line, "Source: …", "Data generated: …"), then the header and one row per deal and delivery
 * year. Rows are numbered as a spreadsheet shows them: the file's first line is row 1.
 */
import { csvParseRows } from 'd3-dsv';
import type { SheetProblem } from '../types.ts';

export const SIPRI_COLUMNS = [
  'SIPRI AT Database ID',
  'Supplier',
  'Recipient',
  'Designation',
  'Description',
  'Armament category',
  'Order date',
  'Order date is estimate',
  'Numbers delivered',
  'Numbers delivered is estimate',
  'Delivery year',
  'Delivery year is estimate',
  'Status',
  'SIPRI estimate',
  'TIV deal unit',
  'TIV delivery values',
  'Local production',
] as const;

/** The columns the importer reads; the others may be missing. */
const NEEDED = [
  'SIPRI AT Database ID',
  'Supplier',
  'Recipient',
  'Designation',
  'Description',
  'Numbers delivered',
  'Delivery year',
  'TIV delivery values',
];

export interface RegisterRow {
  row: number;
  cells: Record<string, string>;
}

export interface Register {
  /** "Data generated: 10 March 2025" as an ISO date, when the preamble has it. */
  generated?: string;
  rows: RegisterRow[];
  problems: SheetProblem[];
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "10 March 2025", "March 10, 2025", "2025-03-10" (a time after it is ignored) → "2025-03-10". */
export function parseGeneratedDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dayFirst = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})/.exec(text);
  const monthFirst = /^([A-Za-z]+)\s+(\d{1,2}),?\s+(\d{4})/.exec(text);
  const [day, monthName, year] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3]]
    : monthFirst
      ? [monthFirst[2], monthFirst[1], monthFirst[3]]
      : [];
  const month = monthName
    ? MONTHS.findIndex((m) => m.startsWith(monthName.toLowerCase()) && monthName.length >= 3)
    : -1;
  if (!day || !year || month < 0) return undefined;
  return `${year}-${String(month + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export function readRegister(file: string, text: string): Register {
  const records = csvParseRows(text.replace(/^\uFEFF/, ''));
  const problems: SheetProblem[] = [];
  const headerIndex = records.findIndex((r) => r[0]?.trim() === SIPRI_COLUMNS[0]);
  if (headerIndex < 0) {
    problems.push({
      severity: 'error',
      file,
      message: `no header row starting "${SIPRI_COLUMNS[0]}"; is this a SIPRI trade register export (CSV)?`,
    });
    return { rows: [], problems };
  }
  let generated: string | undefined;
  records.slice(0, headerIndex).forEach((record, i) => {
    const line = record.join(',').trim();
    const match = /^Data generated:\s*(.*)$/i.exec(line);
    if (!match) return;
    generated = parseGeneratedDate(match[1]!);
    if (!generated)
      problems.push({
        severity: 'error',
        file,
        row: i + 1,
        message: `cannot read the date in ${JSON.stringify(line)}; expected e.g. "Data generated: 10 March 2025".`,
      });
  });
  if (generated === undefined && !problems.length) {
    problems.push({
      severity: 'warning',
      file,
      message: 'the preamble has no "Data generated:" line; the source is dated "unknown".',
    });
  }
  const header = records[headerIndex]!.map((h) => h.trim());
  const missing = NEEDED.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    problems.push({
      severity: 'error',
      file,
      row: headerIndex + 1,
      message: `the header lacks ${missing.map((c) => `"${c}"`).join(', ')}; the importer needs ${NEEDED.join(', ')}.`,
    });
    return { generated, rows: [], problems };
  }
  const rows: RegisterRow[] = [];
  records.slice(headerIndex + 1).forEach((record, i) => {
    if (record.every((cell) => cell.trim() === '')) return;
    const cells = Object.create(null) as Record<string, string>;
    header.forEach((name, c) => (cells[name] = (record[c] ?? '').trim()));
    rows.push({ row: headerIndex + i + 2, cells });
  });
  return { generated, rows, problems };
}
