/**
 * One CSV file as Google Sheets, Excel and LibreOffice write it: BOM, CRLF, quoted fields with
 * commas, doubled quotes and line breaks, and row numbers as the spreadsheet shows them.
 */
import { describe, expect, it } from 'vitest';
import { checkHeader, formatSheetProblem, parseSheet } from '../../../src/import/csv-table.ts';

/** A problem's place and sentence, without its code and params (checked in tests/unit/text/). */
function withoutCode<T extends { code?: unknown; params?: unknown }>(problem: T) {
  const rest = { ...problem };
  delete rest.code;
  delete rest.params;
  return rest;
}

// Excel's "CSV UTF-8": a BOM, CRLF between rows, a bare LF inside a quoted cell (Alt+Enter).
const EXCEL =
  '\uFEFFid,quote,note\r\n' +
  'a,"He said ""no"", twice",plain\r\n' +
  'b,"first line\nsecond line",x\r\n' +
  ',,\r\n' +
  'c,“typographic” – kept,\r\n';

describe('parseSheet', () => {
  it('reads a BOM-prefixed CRLF file with quoted commas, doubled quotes and line breaks', () => {
    const table = parseSheet('ties.csv', EXCEL);
    expect(table.header).toEqual(['id', 'quote', 'note']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      { id: 'a', quote: 'He said "no", twice', note: 'plain' },
      { id: 'b', quote: 'first line\nsecond line', note: 'x' },
      { id: 'c', quote: '“typographic” – kept', note: '' },
    ]);
  });

  it('numbers rows as the spreadsheet does: a cell with a line break is one row, a blank row still counts', () => {
    const rows = parseSheet('ties.csv', EXCEL).rows.map((r) => r.row);
    // Lines in the file: a=2, b=3–4, blank=5, c=6; rows in the sheet: a=2, b=3, blank=4, c=5.
    expect(rows).toEqual([2, 3, 5]);
  });

  it('reads LF files without a BOM the same way', () => {
    const lf = EXCEL.slice(1).replace(/\r\n/g, '\n');
    expect(parseSheet('ties.csv', lf).rows).toEqual(parseSheet('ties.csv', EXCEL).rows);
  });

  it('reads header names whatever their case and surrounding spaces', () => {
    expect(parseSheet('actors.csv', ' ID , Name \nAZE,Azerbaijan\n').rows[0]!.cells).toEqual({
      id: 'AZE',
      name: 'Azerbaijan',
    });
  });
});

describe('checkHeader', () => {
  const known = ['id', 'name', 'kind'];

  it('warns about a column the contract does not define, at row 1 and that column', () => {
    const problems = checkHeader(parseSheet('actors.csv', 'id,name,kind,colour\n'), known, known);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'actors.csv',
        row: 1,
        column: 'colour',
      }),
    ]);
  });

  it('fails a missing required column and a column named twice', () => {
    const problems = checkHeader(parseSheet('actors.csv', 'id,name,name\n'), known, known);
    expect(problems.map((p) => p.code)).toEqual(['sheet.columnTwice', 'sheet.columnMissing']);
    expect(problems.map(withoutCode)).toEqual([
      {
        severity: 'error',
        file: 'actors.csv',
        row: 1,
        column: 'name',
        message: 'the column "name" appears twice; keep one.',
      },
      {
        severity: 'error',
        file: 'actors.csv',
        row: 1,
        message: expect.stringContaining('the header row has no column "kind"'),
      },
    ]);
  });

  it('warns when a column without a header holds data instead of dropping it silently', () => {
    const problems = checkHeader(
      parseSheet('actors.csv', 'id,name,kind,\nAZE,Azerbaijan,country,note\n'),
      known,
      known,
    );
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        row: 1,
        message: expect.stringContaining('column 4 has no header'),
      }),
    ]);
  });
});

describe('formatSheetProblem', () => {
  it('says file, row and column first, then the sentence', () => {
    expect(
      formatSheetProblem(
        { severity: 'error', file: 'ties.csv', row: 14, column: 'value', message: 'x.' },
        'sheet/',
      ),
    ).toBe('sheet/ties.csv row 14, column value: x.');
    expect(
      formatSheetProblem({
        severity: 'warning',
        file: 'ties.csv',
        row: 1,
        column: 'colour',
        message: 'y.',
      }),
    ).toBe('ties.csv row 1, column colour: warning: y.');
  });
});
