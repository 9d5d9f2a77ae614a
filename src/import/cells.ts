/**
 * Reading single cells: text as typed, and numbers with the hints a spreadsheet user needs
 * ("69%", "1,500", "12,5" are common ways a number cell goes wrong).
 */
import { coded, type CodedMessage } from '../data/problems.ts';
import type { SheetRow } from './csv-table.ts';

/** Columns whose text is kept exactly as typed (quotes must stay verbatim); others are trimmed. */
const VERBATIM = new Set([
  'title',
  'description',
  'publisher',
  'note',
  'name',
  'label',
  'measure_label',
  'summary',
  'of',
  'qualifier',
  'quote',
  'caption',
  'notes',
]);

/** The cell's text, or undefined when it is empty (or only spaces). */
export function cellText(row: SheetRow, column: string): string | undefined {
  const raw = row.cells[column];
  if (raw === undefined || raw.trim() === '') return undefined;
  return VERBATIM.has(column) ? raw : raw.trim();
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** A number cell: `{ value }`, or `{ problem }`, a sentence saying how to write it. */
export function parseNumberCell(
  text: string,
  column: string,
): { value: number } | { problem: CodedMessage } {
  if (NUMBER.test(text)) return { value: Number(text) };
  const percent = /^([+-]?[\d.,]+)\s*%$/.exec(text);
  if (percent && column !== 'lon' && column !== 'lat') {
    return { problem: coded('sheet.numberPercent', { text, write: percent[1]! }) };
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) {
    return { problem: coded('sheet.numberThousands', { text, write: text.replace(/,/g, '') }) };
  }
  if (/^\d+,\d+$/.test(text)) {
    return { problem: coded('sheet.numberComma', { text, write: text.replace(',', '.') }) };
  }
  const digits = /[\d.]+/.exec(text)?.[0];
  const example = digits && NUMBER.test(digits) ? digits : '69';
  const unitHint = column === 'value' || column === 'upper';
  return { problem: coded('sheet.numberDigits', { text, write: example, unitHint }) };
}
