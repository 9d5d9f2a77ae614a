/**
 * The SIPRI trade register importer on fixtures in the register's format (fictional deals):
 * a valid dataset, each supplier–recipient pair's TIV total kept, unknown parties counted and not
 * drawn, quotes built from the rows, Latin-1 files read right, unknown names located.
 */
import { readFileSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/data/index.ts';
import { decodeBytes } from '../../../src/import/decode.ts';
import { importSipri } from '../../../src/import/sipri/import-sipri.ts';
import { sipriActor } from '../../../src/import/sipri/names.ts';
import { legendFacts } from '../../../src/scene/legend.ts';

const FIXTURE = 'tests/fixtures/sipri/trade-register.csv';
const LATIN1 = 'tests/fixtures/sipri/trade-register-latin1.csv';
const text = decodeBytes(readFileSync(FIXTURE)).text;

/** Pair totals computed straight from the file: the header is line 12, TIV is column 16. */
function expectedPairTotals(csv: string): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of csvParseRows(csv).slice(12)) {
    const [from, to] = [sipriActor(row[1]!), sipriActor(row[2]!)];
    if (!from || !to || from.kind === 'unknown' || to.kind === 'unknown') continue;
    const key = `${from.id}→${to.id}`;
    totals.set(key, (totals.get(key) ?? 0) + Number(row[15]));
  }
  return totals;
}

function pairTotals(
  ties: { from?: string; to?: string; figure?: { value?: number } }[],
): Map<string, number> {
  const totals = new Map<string, number>();
  for (const t of ties)
    totals.set(`${t.from}→${t.to}`, (totals.get(`${t.from}→${t.to}`) ?? 0) + t.figure!.value!);
  return totals;
}

function expectSameTotals(actual: Map<string, number>, expected: Map<string, number>): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [pair, total] of expected) expect(actual.get(pair), pair).toBeCloseTo(total, 6);
}

describe('importSipri on the fixture, one tie per pair and delivery year', () => {
  const result = importSipri(text, { file: 'trade-register.csv' });
  const ties = result.dataset!.ties;

  it('builds a dataset the validator accepts', () => {
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(parseDataset(result.dataset).errors).toEqual([]);
  });

  it('keeps each supplier–recipient pair’s TIV total', () => {
    expectSameTotals(pairTotals(ties), expectedPairTotals(text));
  });

  it('makes one tie per pair and year, the year as its period', () => {
    const usaAre = ties.filter((t) => t.from === 'USA' && t.to === 'ARE');
    expect(usaAre.map((t) => [t.id, t.when, t.figure?.value])).toEqual([
      ['sipri-usa-are-2019', { from: '2019', to: '2019' }, 205.5],
      ['sipri-usa-are-2020', { from: '2020', to: '2020' }, 60],
    ]);
  });

  it('quotes each register row: designation, description and numbers as they stand in the file', () => {
    const tie = ties.find((t) => t.id === 'sipri-tur-aze-2020')!;
    expect(tie.evidence).toEqual([
      {
        source: 'sipri-at-database',
        quote:
          'SIPRI AT Database ID 90006: Example "Falcon" UAV (armed UAV), numbers delivered 6, delivery year 2020, TIV delivery values 30',
      },
    ]);
    expect(ties.find((t) => t.id === 'sipri-usa-are-2019')!.evidence).toHaveLength(2);
  });

  it('puts the ties in an arms layer measured in TIV m, with SIPRI as the dated source', () => {
    expect(result.dataset!.layers).toEqual([
      {
        id: 'arms',
        label: 'Arms',
        measure: { unit: 'TIV m', label: 'SIPRI trend-indicator value (TIV), millions' },
      },
    ]);
    expect(ties.every((t) => t.layer === 'arms' && t.figure?.unit === 'TIV m')).toBe(true);
    expect(result.dataset!.sources).toEqual([
      expect.objectContaining({ id: 'sipri-at-database', published: '2026-02-14' }),
    ]);
  });

  it("dates the map by its last delivery year, the export date staying the source's", () => {
    const dataset = parseDataset(result.dataset).dataset!;
    expect(legendFacts(dataset).dataAsOf).toBe('2021');
    expect(dataset.sources[0]!.published).toBe('2026-02-14');
  });

  it('places non-state actors and organisations as points', () => {
    const ids = result
      .dataset!.actors.filter((a) => a.point)
      .map((a) => a.id)
      .sort();
    expect(ids).toEqual(['nsa-hezbollah-lebanon', 'org-nato', 'org-united-nations']);
  });

  it('counts unknown suppliers and recipients, reports them and draws none', () => {
    expect(result.summary).toEqual({ rows: 36, unknownRows: 2, unknownTiv: 7 });
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining(
          '2 rows name an unknown supplier or recipient (7 million TIV)',
        ),
      }),
    );
    expect(ties.some((t) => t.to === 'YEM')).toBe(false);
  });
});

describe('importSipri with perPair', () => {
  const { dataset } = importSipri(text, { file: 'trade-register.csv', perPair: true });

  it('makes one tie per pair over the period, with the same pair totals', () => {
    const ties = dataset!.ties;
    expect(new Set(ties.map((t) => `${t.from}→${t.to}`)).size).toBe(ties.length);
    expectSameTotals(pairTotals(ties), expectedPairTotals(text));
    expect(ties.find((t) => t.from === 'USA' && t.to === 'ARE')).toMatchObject({
      id: 'sipri-usa-are-2019-2020',
      when: { from: '2019', to: '2020' },
      figure: { value: 265.5 },
    });
  });
});

describe('decoding', () => {
  it('reads the UTF-8 fixture as UTF-8 and the Latin-1 one as Latin-1, with its accents', () => {
    expect(decodeBytes(readFileSync(FIXTURE)).encoding).toBe('UTF-8');
    const latin = decodeBytes(readFileSync(LATIN1));
    expect(latin.encoding).toBe('Latin-1');
    const { dataset } = importSipri(latin.text, { file: 'trade-register-latin1.csv' });
    expect(dataset!.actors.find((a) => a.id === 'CUW')?.name).toBe('Curaçao');
    expect(
      dataset!.ties.find((t) => t.to === 'CUW' && t.when?.from === '2020')?.evidence[0]!.quote,
    ).toContain('Hélice-7 (patrol boat)');
  });
});

describe('importSipri: located problems', () => {
  const rowOf = (csv: string, needle: string) =>
    csv.split(/\r?\n/).findIndex((line) => line.includes(needle)) + 1;

  it('an unknown name is an error at its row and column, suggesting the closest known name', () => {
    const broken = text.replace('Ukraine,United Nations**', 'Ukriane,United Nations**');
    const { problems } = importSipri(broken, { file: 'r.csv' });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([
      {
        severity: 'error',
        file: 'r.csv',
        row: rowOf(broken, 'Ukriane'),
        column: 'Supplier',
        message: '"Ukriane" is not a name the importer knows; did you mean "Ukraine"?',
      },
    ]);
  });

  it('a TIV that is not a number is an error at its cell', () => {
    const broken = text.replace(',120,No', ',about 120,No');
    expect(
      importSipri(broken, { file: 'r.csv' }).problems.filter((p) => p.severity === 'error'),
    ).toEqual([
      expect.objectContaining({ row: rowOf(broken, 'about 120'), column: 'TIV delivery values' }),
    ]);
  });

  it('a file without the register header says what it expected', () => {
    expect(importSipri('a,b\n1,2\n', { file: 'r.csv' }).problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringContaining('SIPRI AT Database ID'),
      }),
    ]);
  });
});
