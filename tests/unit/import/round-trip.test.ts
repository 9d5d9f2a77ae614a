/**
 * Export then import gives the dataset back: every tie, quote and field of both shipped
 * datasets, and the fields this stage adds (layer measure, status, upper, evidence "in").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHEET_FILES, type SheetKind } from '../../../src/import/columns.ts';
import { exportSheets } from '../../../src/import/export-sheets.ts';
import { importSheets, type SheetFiles } from '../../../src/import/sheets.ts';

function roundTrip(dataset: unknown) {
  const { files, errors } = exportSheets(dataset);
  expect(errors).toEqual([]);
  const byKind: SheetFiles = {};
  for (const kind of Object.keys(SHEET_FILES) as SheetKind[])
    byKind[kind] = files![SHEET_FILES[kind].file];
  return importSheets(byKind);
}

/** A CSV cell cannot tell an empty list from none; the element treats both alike. */
function withoutEmptyLists(dataset: Record<string, unknown>): Record<string, unknown> {
  const rest = { ...dataset };
  delete rest['$schema'];
  return JSON.parse(
    JSON.stringify(rest, (_key, value) =>
      Array.isArray(value) && value.length === 0 ? undefined : value,
    ),
  );
}

describe.each(['azerbaijan-israel-usa', 'gaza-stabilisation-force'])(
  'round trip of data/%s.json',
  (name) => {
    const original = JSON.parse(readFileSync(`data/${name}.json`, 'utf8')) as Record<
      string,
      unknown
    >;

    it('imports what it exported with no problem and the same ties, quotes and fields', () => {
      const { dataset, problems } = roundTrip(original);
      expect(problems).toEqual([]);
      expect(withoutEmptyLists(dataset as never)).toEqual(withoutEmptyLists(original));
    });
  },
);

describe('round trip of the fields this stage adds', () => {
  const dataset = {
    format: 'ties-map/1',
    title: 'New fields',
    sources: [{ id: 's', title: 'T', publisher: 'P', published: '2025', notBefore: '2025-02' }],
    layers: [{ id: 'arms', label: 'Arms', measure: { unit: '%', label: 'share of arms imports' } }],
    actors: [
      { id: 'ISR', name: 'Israel', kind: 'country' },
      { id: 'AZE', name: 'Azerbaijan', kind: 'country' },
      { id: 'ISF', name: 'Force', kind: 'organisation', point: [34.1, 31.65] },
    ],
    ties: [
      {
        id: 't',
        layer: 'arms',
        from: 'ISR',
        to: 'AZE',
        stance: 'cooperative',
        status: 'reported',
        summary: 'Between 60 and 69%, "quoted", on\ntwo lines.',
        figure: { value: 60, upper: 69, unit: '%' },
        when: { from: '2016', to: '2020' },
        ended: '2024',
        evidence: [
          { source: 's', quote: 'between 60 and 69%', in: 'caption' },
          { source: 's', quote: 'a second, “typographic” quote' },
        ],
      },
    ],
    scenes: [
      {
        id: 'x',
        title: 'X',
        layers: ['arms'],
        focus: 'ISR',
        ties: ['t'],
        asOf: '2020-12-31',
        camera: [
          [26, 25],
          [52, 44],
        ],
      },
    ],
  };

  it('keeps measure, status, upper and in', () => {
    expect(roundTrip(dataset).dataset).toEqual(dataset);
  });
});
