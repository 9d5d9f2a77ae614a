/**
 * One source for every tie: each dataset under data/subsets/ is derived from its parent, so a fix
 * made in the parent reaches it through `npm run derive-data`, and a derived file edited by hand or
 * left behind fails here.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetText, deriveSubset, readSelection } from '../../src/data/subset.ts';
import { runCli } from './run-cli.ts';

const SELECTIONS = readdirSync('data/subsets')
  .filter((f) => f.endsWith('.json'))
  .map((f) => join('data/subsets', f));
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

describe.each(SELECTIONS)('%s', (file) => {
  const { selection, problems } = readSelection(readJson(file));
  const parentFile = resolve(dirname(file), selection!.from);
  const outFile = resolve(dirname(file), selection!.out);

  it('is a well-formed selection', () => {
    expect(problems).toEqual([]);
  });

  it('matches what its parent gives: the derived file has not drifted', () => {
    const { dataset, problems: deriving } = deriveSubset(
      readJson(parentFile),
      selection!,
      relative(dirname(outFile), 'src/data/ties-map-1.schema.json'),
    );
    expect(deriving).toEqual([]);
    expect(readFileSync(outFile, 'utf8')).toBe(datasetText(dataset));
  });

  it('holds every tie exactly as the parent has it', () => {
    const parentTies = new Map(
      (readJson(parentFile) as { ties: { id: string }[] }).ties.map((t) => [t.id, t]),
    );
    for (const tie of (readJson(outFile) as { ties: { id: string }[] }).ties)
      expect(tie).toEqual(parentTies.get(tie.id));
  });
});

describe('deriveSubset', () => {
  const parent = {
    format: 'ties-map/1',
    title: 'Parent',
    sources: [{ id: 'a' }, { id: 'b' }],
    layers: [
      { id: 'arms', label: 'Arms' },
      { id: 'energy', label: 'Energy', measure: { unit: '%', label: 'share' } },
    ],
    actors: [{ id: 'AZE' }, { id: 'ISR' }, { id: 'USA' }],
    ties: [
      {
        id: 't1',
        layer: 'energy',
        from: 'AZE',
        to: 'ISR',
        evidence: [{ source: 'b', quote: 'q' }],
      },
      { id: 't2', layer: 'arms', from: 'USA', to: 'ISR', evidence: [{ source: 'a', quote: 'q' }] },
    ],
  };

  it("takes the chosen ties in the selection's order, with the parent's actors, layers and sources they use", () => {
    const { dataset } = deriveSubset(parent, {
      from: 'p.json',
      out: 'o.json',
      title: 'Sub',
      ties: ['t1'],
    });
    expect(dataset).toEqual({
      format: 'ties-map/1',
      title: 'Sub',
      sources: [{ id: 'b' }],
      layers: [parent.layers[1]],
      actors: [{ id: 'AZE' }, { id: 'ISR' }],
      ties: [parent.ties[0]],
      scenes: [],
    });
  });

  it("names the selection's entry when the parent lacks a tie or it is listed twice", () => {
    const { dataset, problems } = deriveSubset(parent, {
      from: 'p.json',
      out: 'o.json',
      title: 'Sub',
      ties: ['t1', 'gone', 't1'],
    });
    expect(dataset).toBeUndefined();
    expect(problems).toEqual([
      {
        path: '$.ties[1]',
        message: 'The parent "p.json" has no tie "gone"; was it renamed or removed there?',
      },
      { path: '$.ties[2]', message: 'The tie "t1" is listed twice.' },
    ]);
  });

  it("carries the parent's translations of the ties and layers it keeps, and its own title and scenes", () => {
    const credit = { translator: 'T', method: 'human', reviewed: false };
    const translated = {
      ...parent,
      translations: {
        ar: {
          ...credit,
          title: 'الأصل',
          layers: { arms: { label: 'أ' }, energy: { label: 'ط' } },
          ties: { t1: { summary: 'س' }, t2: { summary: 'ص' } },
        },
      },
    };
    const { dataset } = deriveSubset(translated, {
      from: 'p.json',
      out: 'o.json',
      title: 'Sub',
      ties: ['t1'],
      translations: {
        ar: { title: 'فرعي', scenes: { s: { title: 'م' } } },
        he: { ...credit, title: 'משנה' },
      },
    });
    expect(dataset?.['translations']).toEqual({
      ar: {
        ...credit,
        title: 'فرعي',
        layers: { energy: { label: 'ط' } },
        ties: { t1: { summary: 'س' } },
        scenes: { s: { title: 'م' } },
      },
      he: { ...credit, title: 'משנה' },
    });
  });

  it('reads a broken selection as located problems', () => {
    expect(
      readSelection({ from: 'p.json', ties: [3], extra: 1 }).problems.map((p) => p.path),
    ).toEqual(['$.out', '$.title', '$.ties[0]', '$.extra']);
  });
});

describe('npm run derive-data', () => {
  it('writes a subset from its parent, and --check fails once the parent changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'derive-'));
    mkdirSync(join(dir, 'subsets'));
    const parent = readJson('data/azerbaijan-israel-usa.json') as {
      ties: { id: string; summary: string }[];
    };
    writeFileSync(join(dir, 'parent.json'), datasetText(parent));
    const selection = join(dir, 'subsets', 'sub.json');
    writeFileSync(
      selection,
      JSON.stringify({
        from: '../parent.json',
        out: '../sub.json',
        title: 'Sub',
        ties: [parent.ties[0]!.id],
      }),
    );

    const write = runCli('src/cli/derive-data.ts', [selection]);
    expect(write.status, write.output).toBe(0);
    expect((readJson(join(dir, 'sub.json')) as { ties: unknown[] }).ties).toEqual([parent.ties[0]]);

    parent.ties[0]!.summary += ' (corrected)';
    writeFileSync(join(dir, 'parent.json'), datasetText(parent));
    const drift = runCli('src/cli/derive-data.ts', ['--check', selection]);
    expect(drift.status).toBe(1);
    expect(drift.output).toMatch(/sub\.json: differs from what .*parent\.json gives/);
  }, 120_000);
});
