/**
 * Every kind of problem a CSV folder can have, each told with its file, its row as the
 * spreadsheet numbers it (header = 1) and its column header, all at once.
 */
import { describe, expect, it } from 'vitest';
import { importSheets } from '../../../src/import/sheets.ts';
import { folder, sheet, tieRow } from './sheet-folder.ts';

/** A problem's place and sentence, without its code and params (checked in tests/unit/text/). */
function withoutCode<T extends { code?: unknown; params?: unknown }>(problem: T) {
  const rest = { ...problem };
  delete rest.code;
  delete rest.params;
  return rest;
}

/** The errors as the author reads them: place and sentence. */
const errorsOf = (files: Parameters<typeof importSheets>[0]) =>
  importSheets(files)
    .problems.filter((p) => p.severity === 'error')
    .map(withoutCode);

describe('importSheets: a clean folder', () => {
  it('builds a ties-map/1 dataset with no problems', () => {
    const { dataset, problems } = importSheets(folder());
    expect(problems).toEqual([]);
    expect(dataset?.ties).toEqual([
      {
        id: 'aze-isr-gasoline',
        layer: 'energy',
        from: 'AZE',
        to: 'ISR',
        summary: 'Azerbaijan supplies over 60% of Israel’s gasoline.',
        figure: { value: 60, unit: '%', qualifier: 'over' },
        evidence: [{ source: 'src-a', quote: 'Azerbaijan supplies over 60% of Israel’s gasoline' }],
      },
    ]);
  });

  it('turns further rows of one id into further quotes of that tie', () => {
    const ties = sheet('ties', [
      tieRow(),
      { id: 'aze-isr-gasoline', source: 'src-a', quote: 'second quote' },
    ]);
    expect(importSheets(folder({ ties })).dataset?.ties[0]!.evidence.map((e) => e.quote)).toEqual([
      tieRow().quote,
      'second quote',
    ]);
  });
});

describe('importSheets: problems found by the import', () => {
  it('a percentage in value: "69%" is not a number; write 69 and put % in unit', () => {
    const ties = sheet('ties', [tieRow({ value: '69%' })]);
    expect(errorsOf(folder({ ties }))).toEqual([
      {
        severity: 'error',
        file: 'ties.csv',
        row: 2,
        column: 'value',
        message: '"69%" is not a number; write 69 and put % in unit.',
      },
    ]);
  });

  it('thousands separators and decimal commas get their own hint', () => {
    const ties = sheet('ties', [tieRow({ value: '1,500' }), tieRow({ id: 'b', upper: '12,5' })]);
    expect(errorsOf(folder({ ties })).map((p) => [p.row, p.column, p.message])).toEqual([
      [2, 'value', '"1,500" is not a number; write 1500 without thousands separators.'],
      [3, 'upper', '"12,5" is not a number; write 12.5 with a decimal point.'],
    ]);
  });

  it('rows of one tie that disagree on its own columns: an error naming both rows', () => {
    const ties = sheet('ties', [
      tieRow(),
      tieRow({ from: '', to: 'AZE', source: 'src-a', quote: 'another' }),
    ]);
    expect(errorsOf(folder({ ties }))).toEqual([
      {
        severity: 'error',
        file: 'ties.csv',
        row: 3,
        column: 'to',
        message:
          'tie "aze-isr-gasoline" has "AZE" here but "ISR" in row 2; rows of one tie must agree (leave the cell empty on its further rows).',
      },
    ]);
  });

  it('a ties row without an id', () => {
    const ties = sheet('ties', [tieRow(), tieRow({ id: '' })]);
    expect(errorsOf(folder({ ties }))).toEqual([
      expect.objectContaining({ file: 'ties.csv', row: 3, column: 'id' }),
    ]);
  });

  it('an actor with lon but no lat', () => {
    const actors = sheet('actors', [
      { id: 'AZE', name: 'Azerbaijan', kind: 'country' },
      { id: 'ISR', name: 'Israel', kind: 'country' },
      { id: 'EU', name: 'EU', kind: 'organisation', lon: '4.35' },
    ]);
    expect(errorsOf(folder({ actors }))).toContainEqual(
      expect.objectContaining({ file: 'actors.csv', row: 4, column: 'lat' }),
    );
  });

  it('a scene camera with only some sides', () => {
    const scenes = sheet('scenes', [{ id: 's', title: 'S', west: '26', south: '25' }]);
    expect(errorsOf(folder({ scenes }))).toEqual([
      expect.objectContaining({
        file: 'scenes.csv',
        row: 2,
        column: 'east',
        message: expect.stringContaining('east, north are empty'),
      }),
    ]);
  });

  it('a missing required file, and a missing required column', () => {
    const { problems } = importSheets({
      ...folder(),
      actors: undefined,
      ties: 'id,layer,from,to,summary,source\n',
    });
    expect(
      problems
        .filter((p) => p.severity === 'error')
        .map((p) => [p.file, p.row, p.message.slice(0, 30)]),
    ).toEqual([
      ['actors.csv', undefined, 'the folder has no actors.csv; '],
      ['ties.csv', 1, 'the header row has no column "'],
    ]);
  });

  it('an unknown column is a warning at row 1, and the import still succeeds', () => {
    const ties = sheet(
      'ties',
      [{ ...tieRow(), colour: 'red' }],
      [
        'id',
        'layer',
        'from',
        'to',
        'summary',
        'value',
        'unit',
        'qualifier',
        'source',
        'quote',
        'colour',
      ],
    );
    const { dataset, problems } = importSheets(folder({ ties }));
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'ties.csv', row: 1, column: 'colour' }),
    ]);
    expect(dataset?.ties).toHaveLength(1);
  });
});

describe('importSheets: validator problems told back as file, row and column', () => {
  it('an unknown actor in to', () => {
    const ties = sheet('ties', [tieRow(), tieRow({ id: 'b', to: 'XXX' })]);
    expect(errorsOf(folder({ ties }))).toEqual([
      {
        severity: 'error',
        file: 'ties.csv',
        row: 3,
        column: 'to',
        message: expect.stringContaining(
          'points to actor "XXX", which is not defined; known actors: AZE, ISR',
        ),
      },
    ]);
  });

  it('an unknown source on a later quote row points at that row', () => {
    const ties = sheet('ties', [tieRow(), { id: 'aze-isr-gasoline', source: 'src-z', quote: 'q' }]);
    expect(errorsOf(folder({ ties }))).toEqual([
      expect.objectContaining({
        file: 'ties.csv',
        row: 3,
        column: 'source',
        message: expect.stringContaining('"src-z"'),
      }),
    ]);
  });

  it('a bad date, a bad stance and a tie without quotes, each at its cell', () => {
    const ties = sheet('ties', [
      tieRow({ when_from: '2020-13' }),
      tieRow({ id: 'b', stance: 'friendly' }),
      tieRow({ id: 'c', source: '', quote: '' }),
    ]);
    expect(errorsOf(folder({ ties })).map((p) => [p.row, p.column])).toEqual([
      [2, 'when_from'],
      [3, 'stance'],
      [4, 'quote'],
    ]);
  });

  it('counts rows past a quoted cell with line breaks as the spreadsheet does', () => {
    const ties = sheet('ties', [
      tieRow({ quote: 'line one\nline two\nline three' }),
      tieRow({ id: 'b', to: 'XXX' }),
    ]);
    expect(errorsOf(folder({ ties }))[0]).toMatchObject({ row: 3, column: 'to' });
  });

  it('sources, actors and scenes: duplicate id, unknown country, organisation without a point, unknown tie in a scene', () => {
    const files = folder({
      sources: sheet('sources', [
        { id: 'src-a', title: 'A', publisher: 'P', published: '2025' },
        { id: 'src-a', title: 'B', publisher: 'P', published: '2025' },
      ]),
      actors: sheet('actors', [
        { id: 'AZE', name: 'Azerbaijan', kind: 'country' },
        { id: 'ISR', name: 'Israel', kind: 'country' },
        { id: 'ATL', name: 'Atlantis', kind: 'country' },
        { id: 'ISF', name: 'Force', kind: 'organisation' },
      ]),
      scenes: sheet('scenes', [
        { id: 's', title: 'S', ties: 'aze-isr-gasoline nope', as_of: 'soon' },
      ]),
    });
    expect(errorsOf(files).map((p) => [p.file, p.row, p.column])).toEqual([
      ['sources.csv', 3, 'id'],
      ['actors.csv', 4, 'id'],
      ['actors.csv', 5, 'lon'],
      ['scenes.csv', 2, 'ties'],
      ['scenes.csv', 2, 'as_of'],
    ]);
  });

  it('reports every problem of every file at once', () => {
    const files = folder({
      sources: sheet('sources', [
        { id: 'src-a', title: 'A', publisher: 'P', published: 'last year' },
      ]),
      ties: sheet('ties', [tieRow({ value: '69%' }), tieRow({ id: 'b', from: 'XXX' })]),
    });
    expect(errorsOf(files).map((p) => `${p.file} ${p.row} ${p.column}`)).toEqual([
      'sources.csv 2 published',
      'ties.csv 2 value',
      'ties.csv 3 from',
    ]);
  });

  it('a folder without dataset.csv is told where the title goes', () => {
    expect(errorsOf({ ...folder(), dataset: undefined })).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('Add a dataset.csv with a title column'),
      }),
    ]);
  });
});
