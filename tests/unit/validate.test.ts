/**
 * The validator as a data author meets it: each rule of DESIGN.md ("Rules the validator enforces")
 * is broken once on a copy of a small valid dataset, and the test checks the JSON path and the key
 * words of the one sentence the author reads.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/data/types.ts';
import {
  MAX_FIGURE_VALUE,
  validateDataset,
  validateDatasetSteps,
  type ValidationResult,
} from '../../src/data/validate.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Ids with a shape in the (pretend) geodata. */
const shapeIds: ReadonlySet<string> = new Set(['AZE', 'ISR', 'ARM', 'PS-GZA', 'USA']);

// Tests build deliberately malformed datasets, so the helper's result is untyped on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;

/** A fresh small valid dataset: 2 sources, 3 actors (one an organisation with a point), 3 ties, 1 scene. */
function minimal(): Doc {
  return {
    format: 'ties-map/1',
    title: 'Azerbaijan and Israel',
    sources: [
      {
        id: 'src-a',
        title: 'Arms and peacekeepers',
        publisher: 'OC Media',
        published: '2025-10',
        url: 'https://example.org/a',
      },
      {
        id: 'src-b',
        title: 'Energy brief',
        publisher: 'unknown',
        published: 'unknown',
        notBefore: '2024',
      },
    ],
    layers: [
      { id: 'energy', label: 'Energy' },
      { id: 'arms', label: 'Arms' },
      { id: 'diplomatic', label: 'Diplomatic' },
    ],
    actors: [
      { id: 'AZE', name: 'Azerbaijan', kind: 'country' },
      { id: 'ISR', name: 'Israel', kind: 'country' },
      {
        id: 'ISF',
        name: 'International Stabilization Force',
        kind: 'organisation',
        point: [34.45, 31.45],
      },
    ],
    ties: [
      {
        id: 'isr-aze-arms',
        layer: 'arms',
        from: 'ISR',
        to: 'AZE',
        stance: 'cooperative',
        summary: "Israel supplied up to 69% of Azerbaijan's arms imports in 2016–2020",
        figure: { value: 69, unit: '%', of: "Azerbaijan's arms imports", qualifier: 'up to' },
        when: { from: '2016', to: '2020' },
        evidence: [
          {
            source: 'src-a',
            quote:
              'the figure reached up to 69% of all arms imported into Azerbaijan from 2016–2020',
          },
        ],
      },
      {
        id: 'aze-isr-oil',
        layer: 'energy',
        from: 'AZE',
        to: 'ISR',
        summary: "Azerbaijan supplies about 40% of Israel's oil",
        figure: { value: 40, unit: '%' },
        when: { from: '2024' },
        evidence: [{ source: 'src-b', quote: "Azerbaijan supplies about 40% of Israel's oil" }],
      },
      {
        id: 'isr-isf-deployment',
        layer: 'diplomatic',
        from: 'ISR',
        to: 'ISF',
        stance: 'adversarial',
        summary: 'Israel agreed to the deployment of the International Stabilization Force',
        ended: '2025-12',
        evidence: [
          {
            source: 'src-a',
            quote:
              'Israel agreed that the International Stabilization Force would be deployed in Gaza',
          },
          { source: 'src-b', quote: 'carried through the Baku–Tbilisi–Ceyhan pipeline' },
        ],
      },
    ],
    scenes: [
      {
        id: 'arms',
        title: 'Arms',
        caption: 'Israeli arms for Azerbaijan',
        layers: ['arms'],
        focus: 'AZE',
        ties: ['isr-aze-arms'],
        asOf: '2024-12-31',
        camera: [
          [26, 25],
          [52, 44],
        ],
      },
    ],
  };
}

function check(input: unknown): ValidationResult {
  return validateDataset(input, { shapeIds });
}

/** Validates `minimal()` after `mutate` has broken it. */
function checkMutated(mutate: (d: Doc) => void): ValidationResult {
  const d = minimal();
  mutate(d);
  return check(d);
}

function summarise(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.severity} ${p.path}: ${p.message}`).join('\n');
}

/** Exactly one error, at `path`, whose message holds every fragment; no dataset comes back. */
function expectOneError(result: ValidationResult, path: string, ...fragments: string[]): void {
  expect(
    result.errors.map((e) => e.path),
    summarise(result.problems),
  ).toEqual([path]);
  for (const fragment of fragments) expect(result.errors[0]!.message).toContain(fragment);
  expect(result.errors[0]!.severity).toBe('error');
  expect(result.dataset).toBeUndefined();
}

/** No errors, exactly one warning, at `path`, holding every fragment; the dataset comes back. */
function expectOneWarning(result: ValidationResult, path: string, ...fragments: string[]): void {
  expect(result.errors, summarise(result.errors)).toEqual([]);
  expect(
    result.warnings.map((w) => w.path),
    summarise(result.problems),
  ).toEqual([path]);
  for (const fragment of fragments) expect(result.warnings[0]!.message).toContain(fragment);
  expect(result.dataset).toBeDefined();
}

describe('a valid dataset', () => {
  it('comes back as a dataset with no errors and no warnings', () => {
    const result = check(minimal());
    expect(result.problems).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.dataset?.actors.map((a) => a.id)).toEqual(['AZE', 'ISR', 'ISF']);
    expect(result.dataset?.ties.map((t) => t.id)).toEqual([
      'isr-aze-arms',
      'aze-isr-oil',
      'isr-isf-deployment',
    ]);
    expect(result.dataset?.scenes[0]?.camera).toEqual([
      [26, 25],
      [52, 44],
    ]);
  });

  it('is accepted as JSON text as well as a parsed object', () => {
    const result = check(JSON.stringify(minimal(), null, 2));
    expect(result.problems).toEqual([]);
    expect(result.dataset?.title).toBe('Azerbaijan and Israel');
  });

  it('tests/fixtures/valid-minimal.json (used by the schema and CLI tests) is valid too', () => {
    const text = readFileSync(new URL('../fixtures/valid-minimal.json', import.meta.url), 'utf8');
    expect(summarise(check(text).problems)).toBe('');
  });

  it('gets the default stance "cooperative" when a tie gives none', () => {
    expect(check(minimal()).dataset?.ties[1]?.stance).toBe('cooperative');
  });

  it('gets the default layers energy, arms, diplomatic when "layers" is left out', () => {
    const result = checkMutated((d) => delete d.layers);
    expect(result.errors).toEqual([]);
    expect(result.dataset?.layers.map((l) => l.id)).toEqual(['energy', 'arms', 'diplomatic']);
  });

  it('may leave out scenes', () => {
    const result = checkMutated((d) => delete d.scenes);
    expect(result.problems).toEqual([]);
    expect(result.dataset?.scenes).toEqual([]);
  });

  it('may carry "$schema" at the root without a warning', () => {
    const result = checkMutated((d) => (d.$schema = '../src/data/ties-map-1.schema.json'));
    expect(result.problems).toEqual([]);
    expect(result.dataset).toBeDefined();
  });

  it('may use the same id for things of different kinds (a scene and a layer both called "arms")', () => {
    expect(check(minimal()).problems).toEqual([]);
    expect(minimal().scenes[0].id).toBe(minimal().layers[1].id);
  });

  it('accepts a figure of 0', () => {
    expect(checkMutated((d) => (d.ties[0].figure.value = 0)).problems).toEqual([]);
  });

  it('compares dates as the periods they name ("2020-05" to "2020" runs forwards)', () => {
    const result = checkMutated((d) => {
      d.ties[0].when = { from: '2020-05', to: '2020' };
      d.ties[1].when = { from: '2024-02-29', to: '2024-02' };
      d.ties[2].when = { from: '2020', to: '2020-01' };
    });
    expect(result.problems).toEqual([]);
  });

  it('accepts http and https URLs', () => {
    const result = checkMutated((d) => {
      d.sources[0].url = 'http://example.org/a?x=1#y';
      d.sources[1].url = 'https://example.org/b';
    });
    expect(result.problems).toEqual([]);
    expect(result.dataset?.sources.map((s) => s.url)).toEqual([
      'http://example.org/a?x=1#y',
      'https://example.org/b',
    ]);
  });
});

describe('all problems at once', () => {
  it('reports three different errors in one pass, each at its own path', () => {
    const result = checkMutated((d) => {
      d.ties[0].figure.value = -1;
      d.sources[0].url = 'javascript:alert(1)';
      d.ties[1].from = 'IRN';
    });
    expect(result.errors.map((e) => e.path).sort()).toEqual([
      '$.sources[0].url',
      '$.ties[0].figure.value',
      '$.ties[1].from',
    ]);
    expect(result.dataset).toBeUndefined();
  });

  it('gives no dataset when there is any error, even alongside warnings', () => {
    const result = checkMutated((d) => {
      d.extra = true;
      d.ties[0].stance = 'hostile';
    });
    expect(result.errors).toHaveLength(1);
    expect(result.warnings).toHaveLength(1);
    expect(result.dataset).toBeUndefined();
  });

  it('keeps errors and warnings also in `problems`, each with its severity', () => {
    const result = checkMutated((d) => {
      d.extra = true;
      d.ties[0].stance = 'hostile';
    });
    expect(result.problems.map((p) => `${p.severity} ${p.path}`).sort()).toEqual([
      'error $.ties[0].stance',
      'warning $.extra',
    ]);
  });
});

describe('input that is not a dataset', () => {
  it('reports text that is not JSON with its line and column', () => {
    const text = '{\n  "format": "ties-map/1",\n  "title": "x",\n}';
    expectOneError(check(text), '$', 'not valid JSON', 'line 4, column 1');
  });

  // Node 20's JSON.parse gives no position for "Unexpected token" errors (a missing value, a
  // single-quoted string, a comment): the author still needs to know where to look.
  it('reports a missing value with its line and column', () => {
    const text = '{\n  "format": "ties-map/1",\n  "title": \n}';
    expectOneError(check(text), '$', 'not valid JSON', 'line 4, column 1');
  });

  it('reports a single-quoted string with its line and column', () => {
    const text = '{\n  "format": \'ties-map/1\'\n}';
    expectOneError(check(text), '$', 'not valid JSON', 'line 2, column 13');
  });

  it('reports an empty string as not JSON', () => {
    expectOneError(check(''), '$', 'not valid JSON');
  });

  it('reports null', () => {
    expectOneError(check(null), '$', 'must be a JSON object', '"format": "ties-map/1"', 'got null');
    expectOneError(check('null'), '$', 'must be a JSON object', 'got null');
  });

  it('reports an array', () => {
    expectOneError(check([minimal()]), '$', 'must be a JSON object', 'got an array');
    expectOneError(check('[]'), '$', 'must be a JSON object', 'got an array');
  });

  it('reports a number and a JSON string', () => {
    expectOneError(check(42), '$', 'must be a JSON object', 'got the number 42');
    expectOneError(
      check('"ties-map/1"'),
      '$',
      'must be a JSON object',
      'got the string "ties-map/1"',
    );
  });

  it('reports undefined without throwing', () => {
    const result = check(undefined);
    expect(result.errors.map((e) => e.path)).toEqual(['$']);
    expect(result.dataset).toBeUndefined();
  });

  it('reports a field whose getter throws instead of throwing itself', () => {
    const d = minimal();
    Object.defineProperty(d, 'ties', {
      enumerable: true,
      get() {
        throw new Error('no access');
      },
    });
    const result = check(d);
    expect(result.errors.map((e) => e.path)).toContain('$');
    expect(result.errors.find((e) => e.path === '$')?.message).toContain('no access');
    expect(result.dataset).toBeUndefined();
  });

  it('survives 100000 nested arrays given as text', () => {
    const text = '['.repeat(100_000) + ']'.repeat(100_000);
    expectOneError(check(text), '$', 'must be a JSON object', 'got an array');
  });

  it('survives 100000 nested arrays built as an object', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expectOneError(check(deep), '$', 'must be a JSON object', 'got an array');
  });

  it('survives 100000 nested objects in an unknown field and in place of the title', () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const result = checkMutated((d) => {
      d.extra = deep;
      d.title = deep;
    });
    expectOneError(result, '$.title', 'must be a string', 'got an object');
    expect(result.warnings.map((w) => w.path)).toEqual(['$.extra']);
  });

  it('survives 100000 nested objects given as text', () => {
    const text = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    const result = check(text);
    expect(result.errors.map((e) => e.path)).toContain('$.format');
    expect(result.dataset).toBeUndefined();
  });
});

/**
 * Large inputs run in a child process: a validator that takes minutes cannot be interrupted inside
 * the test worker, so the child is killed after DEADLINE_MS and the test fails instead of hanging.
 * The bound catches what these cases guard against (quadratic listing, regex backtracking: minutes
 * on 5 MB), not speed: each takes about a second here, and how long is the benchmark's to say
 * (`npm run bench:large`), since a time limit in a test fails on a loaded machine (it did, at load 12).
 * `build` is JavaScript whose last statement returns the input.
 */
const DEADLINE_MS = 60_000;

function validateInChild(build: string): {
  finished: boolean;
  errors?: number;
  warnings?: number;
  first?: Problem;
} {
  const validateUrl = pathToFileURL(`${root}src/data/validate.ts`).href;
  const code = `
    const { validateDataset } = await import(${JSON.stringify(validateUrl)});
    const input = (() => { ${build} })();
    const r = validateDataset(input, { shapeIds: new Set(['AZE', 'ISR']) });
    console.log(JSON.stringify({ finished: true, errors: r.errors.length, warnings: r.warnings.length, first: r.errors[0] }));
  `;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    cwd: root,
    encoding: 'utf8',
    timeout: DEADLINE_MS,
  });
  if (run.signal !== null || run.status !== 0) {
    if (run.signal === null) throw new Error(`the child failed: ${run.stderr}`);
    return { finished: false };
  }
  return JSON.parse(run.stdout) as {
    finished: boolean;
    errors: number;
    warnings: number;
    first: Problem;
  };
}

describe('validation in steps (the element spreads a fetched dataset over several tasks)', () => {
  const drain = (steps: Generator<void, ValidationResult, void>) => {
    let pauses = 0;
    for (;;) {
      const step = steps.next();
      if (step.done) return { pauses, result: step.value };
      pauses++;
    }
  };

  it('pauses after the parse and after each actor and tie, and gives the same result', () => {
    const doc = minimal();
    const text = JSON.stringify(doc);
    const { pauses, result } = drain(validateDatasetSteps(text, { shapeIds }));
    expect(pauses).toBe(1 + doc.actors.length + doc.ties.length);
    expect(result).toEqual(validateDataset(text, { shapeIds }));
    expect(result.dataset?.ties).toHaveLength(doc.ties.length);
  });

  it('reports the same located problems in steps as at once', () => {
    const doc = minimal();
    doc.ties[1].from = 'NOWHERE';
    doc.actors.push({ id: 'AZE', name: 'again', kind: 'country' });
    const { result } = drain(validateDatasetSteps(doc, { shapeIds }));
    expect(result.dataset).toBeUndefined();
    expect(result).toEqual(validateDataset(doc, { shapeIds }));
    expect(result.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['$.ties[1].from', '$.actors[3].id']),
    );
  });
});

describe('large input returns quickly', () => {
  it('5 MB of junk text', { timeout: DEADLINE_MS + 5_000 }, () => {
    const result = validateInChild(`return 'x'.repeat(5 * 1024 * 1024);`);
    expect(result.finished, `still running after ${DEADLINE_MS} ms`).toBe(true);
    expect(result.first?.message).toContain('not valid JSON');
  });

  it('a 5 MB valid dataset (25000 actors, 20000 ties)', { timeout: DEADLINE_MS + 5_000 }, () => {
    const result = validateInChild(`
      const actors = Array.from({ length: 25000 }, (_, i) => ({ id: 'A' + i, name: 'Actor ' + i, kind: 'other', point: [i % 180, i % 90] }));
      const ties = Array.from({ length: 20000 }, (_, i) => ({ id: 'T' + i, layer: 'arms', from: 'A' + i, to: 'A' + (i + 1),
        summary: 'a summary of tie ' + i, figure: { value: i, unit: 'USD' }, evidence: [{ source: 's', quote: 'a quote for tie ' + i }] }));
      const text = JSON.stringify({ format: 'ties-map/1', title: 'big', sources: [{ id: 's', title: 's', publisher: 'p', published: '2025' }], actors, ties });
      if (text.length < 5e6) throw new Error('too small: ' + text.length);
      return text;`);
    expect(result.finished, `still running after ${DEADLINE_MS} ms`).toBe(true);
    expect(result).toMatchObject({ errors: 0, warnings: 0 });
  });

  // Every unresolved reference lists the known ids; listing must not cost the size of the whole list.
  it(
    'a 5 MB dataset whose 40000 tie ends all point to unknown actors',
    { timeout: DEADLINE_MS + 5_000 },
    () => {
      const result = validateInChild(`
      const actors = Array.from({ length: 40000 }, (_, i) => ({ id: 'A' + i, name: 'x', kind: 'other', point: [0, 0] }));
      const ties = Array.from({ length: 20000 }, (_, i) => ({ id: 'T' + i, layer: 'arms', from: 'Q' + i, to: 'R' + i,
        summary: 's', evidence: [{ source: 's', quote: 'q' }] }));
      return JSON.stringify({ format: 'ties-map/1', title: 'x', sources: [{ id: 's', title: 's', publisher: 'p', published: '2025' }], actors, ties });`);
      expect(result.finished, `still running after ${DEADLINE_MS} ms`).toBe(true);
      expect(result.errors).toBe(40000);
      expect(result.first?.message).toContain('(40000 in all)');
    },
  );

  // The markup check must not backtrack over the whole string at every "<".
  it('a 5 MB summary full of "<a" without a closing ">"', { timeout: DEADLINE_MS + 5_000 }, () => {
    const result = validateInChild(`
      const d = { format: 'ties-map/1', title: 'x', sources: [{ id: 's', title: 's', publisher: 'p', published: '2025' }],
        actors: [{ id: 'AZE', name: 'Azerbaijan', kind: 'country' }, { id: 'ISR', name: 'Israel', kind: 'country' }],
        ties: [{ id: 't', layer: 'arms', from: 'ISR', to: 'AZE', summary: '<a'.repeat(2.5 * 1024 * 1024), evidence: [{ source: 's', quote: 'q' }] }] };
      return JSON.stringify(d);`);
    expect(result.finished, `still running after ${DEADLINE_MS} ms`).toBe(true);
    expect(result.errors).toBe(0);
  });
});

describe('format and title', () => {
  it('reports a wrong format', () => {
    expectOneError(
      checkMutated((d) => (d.format = 'ties-map/2')),
      '$.format',
      '"ties-map/1"',
      'the string "ties-map/2"',
    );
  });

  it('reports a missing format', () => {
    expectOneError(
      checkMutated((d) => delete d.format),
      '$.format',
      'needs "format": "ties-map/1"',
    );
  });

  it('reports a missing title', () => {
    expectOneError(
      checkMutated((d) => delete d.title),
      '$.title',
      'needs a "title"',
    );
  });

  it('reports an empty title', () => {
    expectOneError(
      checkMutated((d) => (d.title = '   ')),
      '$.title',
      '"title" is empty',
    );
  });

  it('reports missing required lists', () => {
    const result = checkMutated((d) => {
      delete d.sources;
      delete d.actors;
      delete d.ties;
      delete d.scenes;
    });
    expect(result.errors.map((e) => e.path)).toEqual(['$.sources', '$.actors', '$.ties']);
    expect(result.errors[0]!.message).toContain('needs "sources", a list');
  });

  it('reports a list that is not a list', () => {
    expectOneError(
      checkMutated((d) => (d.scenes = { id: 'arms', title: 'Arms' })),
      '$.scenes',
      '"scenes" must be a list',
      'got an object',
    );
  });
});

describe('ids are unique within their kind', () => {
  it('reports a layer id with a space or comma, which the layers attribute could not name', () => {
    expectOneError(
      checkMutated((d) => d.layers.push({ id: 'soft power', label: 'Soft power' })),
      `$.layers[${minimal().layers.length}].id`,
      'cannot contain spaces or commas',
      '"soft-power"',
    );
  });

  it('reports a duplicate source id', () => {
    expectOneError(
      checkMutated((d) => d.sources.push({ ...d.sources[0] })),
      '$.sources[2].id',
      'reuses the id "src-a"',
      'already used at $.sources[0]',
    );
  });

  it('reports a duplicate actor id', () => {
    expectOneError(
      checkMutated((d) => d.actors.push({ id: 'AZE', name: 'Azerbaijan again', kind: 'country' })),
      '$.actors[3].id',
      'reuses the id "AZE"',
      'already used at $.actors[0]',
    );
  });

  it('reports a duplicate tie id', () => {
    expectOneError(
      checkMutated((d) => d.ties.push(structuredClone(d.ties[0]))),
      '$.ties[3].id',
      'reuses the id "isr-aze-arms"',
      'already used at $.ties[0]',
    );
  });

  it('reports a duplicate layer id', () => {
    expectOneError(
      checkMutated((d) => d.layers.push({ id: 'arms', label: 'Arms again' })),
      '$.layers[3].id',
      'reuses the id "arms"',
      'already used at $.layers[1]',
    );
  });

  it('reports a duplicate scene id', () => {
    expectOneError(
      checkMutated((d) => d.scenes.push({ id: 'arms', title: 'Arms, again' })),
      '$.scenes[1].id',
      'reuses the id "arms"',
      'already used at $.scenes[0]',
    );
  });

  it('reports a missing id', () => {
    expectOneError(
      checkMutated((d) => d.layers.push({ label: 'Trade' })),
      '$.layers[3].id',
      'needs an "id"',
    );
  });
});

describe('references resolve', () => {
  it('reports a tie "from" that names no actor, listing the known actors', () => {
    expectOneError(
      checkMutated((d) => (d.ties[0].from = 'IRN')),
      '$.ties[0].from',
      'actor "IRN", which is not defined',
      'known actors: AZE, ISR, ISF',
    );
  });

  it('reports a tie "to" that names no actor, listing the known actors', () => {
    expectOneError(
      checkMutated((d) => (d.ties[1].to = 'isr')),
      '$.ties[1].to',
      'points to actor "isr", which is not defined',
      'known actors: AZE, ISR, ISF',
    );
  });

  it('reports a tie layer that is not defined, listing the known layers', () => {
    expectOneError(
      checkMutated((d) => (d.ties[0].layer = 'trade')),
      '$.ties[0].layer',
      'layer "trade", which is not defined',
      'known layers: energy, arms, diplomatic',
    );
  });

  it('checks tie layers against the default layers when "layers" is left out', () => {
    expectOneError(
      checkMutated((d) => {
        delete d.layers;
        d.ties[0].layer = 'trade';
      }),
      '$.ties[0].layer',
      'known layers: energy, arms, diplomatic',
    );
  });

  it('reports evidence citing a source that is not defined, listing the known sources', () => {
    expectOneError(
      checkMutated((d) => (d.ties[0].evidence[0].source = 'src-z')),
      '$.ties[0].evidence[0].source',
      'cites source "src-z", which is not defined',
      'known sources: src-a, src-b',
    );
  });

  it('shortens a long list of known ids', () => {
    const result = checkMutated((d) => {
      for (let i = 0; i < 20; i++)
        d.actors.push({ id: `X${i}`, name: `X${i}`, kind: 'other', point: [0, 0] });
      d.ties[0].from = 'IRN';
    });
    expectOneError(result, '$.ties[0].from', 'known actors: AZE, ISR, ISF, X0,', '(23 in all)');
    expect(result.errors[0]!.message).not.toContain('X19');
  });

  it('reports a scene layer that is not defined', () => {
    expectOneError(
      checkMutated((d) => (d.scenes[0].layers = ['arms', 'trade'])),
      '$.scenes[0].layers[1]',
      'layer "trade", which is not defined',
      'known layers: energy, arms, diplomatic',
    );
  });

  it('reports a scene focus that is not an actor', () => {
    expectOneError(
      checkMutated((d) => (d.scenes[0].focus = 'IRN')),
      '$.scenes[0].focus',
      'actor "IRN", which is not defined',
      'known actors: AZE, ISR, ISF',
    );
  });

  it('reports a scene tie that is not defined', () => {
    expectOneError(
      checkMutated((d) => (d.scenes[0].ties = ['isr-aze-arms', 'nope'])),
      '$.scenes[0].ties[1]',
      'tie "nope", which is not defined',
      'known ties: isr-aze-arms, aze-isr-oil, isr-isf-deployment',
    );
  });

  it('reports a scene id list that holds a number', () => {
    expectOneError(
      checkMutated((d) => (d.scenes[0].layers = [1])),
      '$.scenes[0].layers[0]',
      'layer ids (strings)',
      'got the number 1',
    );
  });
});

describe('actors and places', () => {
  it('reports a country whose id has no shape in the geodata and no point', () => {
    expectOneError(
      checkMutated((d) => d.actors.push({ id: 'Azerbaijan', name: 'Azerbaijan', kind: 'country' })),
      '$.actors[3].id',
      'no shape with the id "Azerbaijan"',
      'ISO 3166-1 alpha-3',
      '"point"',
    );
  });

  it('reports a territory whose id has no shape in the geodata and no point', () => {
    expectOneError(
      checkMutated((d) => d.actors.push({ id: 'PS-WBK', name: 'West Bank', kind: 'territory' })),
      '$.actors[3].id',
      'no shape with the id "PS-WBK"',
    );
  });

  it('accepts a territory the geodata has, and a country without a shape that has a point', () => {
    const result = checkMutated((d) => {
      d.actors.push({ id: 'PS-GZA', name: 'Gaza', kind: 'territory' });
      d.actors.push({ id: 'XKX', name: 'Kosovo', kind: 'country', point: [20.9, 42.6] });
    });
    expect(result.problems).toEqual([]);
    expect(result.dataset?.actors.find((a) => a.id === 'XKX')?.point).toEqual([20.9, 42.6]);
  });

  it('reports an organisation without a point', () => {
    expectOneError(
      checkMutated((d) => delete d.actors[2].point),
      '$.actors[2]',
      'kind "organisation"',
      'needs a "point": [longitude, latitude]',
    );
  });

  it('reports an actor of kind "other" without a point', () => {
    expectOneError(
      checkMutated((d) => d.actors.push({ id: 'Wagner', name: 'Wagner', kind: 'other' })),
      '$.actors[3]',
      'kind "other"',
      'needs a "point"',
    );
  });

  it('reports an unknown kind', () => {
    expectOneError(
      checkMutated((d) => (d.actors[0].kind = 'state')),
      '$.actors[0].kind',
      'must be one of country, territory, organisation, other',
      'the string "state"',
    );
  });

  it('reports a point off the globe', () => {
    expectOneError(
      checkMutated((d) => (d.actors[2].point = [200, 31.45])),
      '$.actors[2].point',
      '[200, 31.45] is off the globe',
      'longitude must lie in −180…180',
    );
    expectOneError(
      checkMutated((d) => (d.actors[2].point = [34.45, -91])),
      '$.actors[2].point',
      'off the globe',
    );
  });

  it('reports a point that is not a pair of numbers', () => {
    for (const point of [
      [34.45],
      [34.45, 31.45, 0],
      ['34.45', '31.45'],
      '34.45, 31.45',
      { lon: 34.45, lat: 31.45 },
    ]) {
      expectOneError(
        checkMutated((d) => (d.actors[2].point = point)),
        '$.actors[2].point',
        'must be [longitude, latitude], two numbers',
      );
    }
  });

  it('reports a point holding Infinity or NaN (possible only in a parsed object)', () => {
    expectOneError(
      checkMutated((d) => (d.actors[2].point = [Infinity, 31])),
      '$.actors[2].point',
      'two numbers',
    );
    expectOneError(
      checkMutated((d) => (d.actors[2].point = [34, Number.NaN])),
      '$.actors[2].point',
      'two numbers',
    );
  });
});

describe('figures', () => {
  it('reports a negative value', () => {
    expectOneError(
      checkMutated((d) => (d.ties[0].figure.value = -69)),
      '$.ties[0].figure.value',
      'is -69',
      'must be 0 or more',
    );
  });

  it('reports a value written as a string and hints to drop the quotes', () => {
    expectOneError(
      checkMutated((d) => (d.ties[0].figure.value = '69')),
      '$.ties[0].figure.value',
      'must be a number',
      'the string "69"',
      'without quotes',
    );
  });

  it('does not hint to drop quotes around text that is no number', () => {
    const result = checkMutated((d) => (d.ties[0].figure.value = 'about 69'));
    expectOneError(result, '$.ties[0].figure.value', 'must be a number');
    expect(result.errors[0]!.message).not.toContain('without quotes');
  });

  it('reports Infinity and NaN (possible only in a parsed object)', () => {
    expectOneError(
      checkMutated((d) => (d.ties[0].figure.value = Infinity)),
      '$.ties[0].figure.value',
      'must be a finite number',
      'Infinity',
    );
    expectOneError(
      checkMutated((d) => (d.ties[0].figure.value = Number.NaN)),
      '$.ties[0].figure.value',
      'must be a finite number',
      'NaN',
    );
  });

  it('reports a value above the largest accepted figure (1e308 made its edge infinitely wide)', () => {
    expectOneError(
      checkMutated((d) => (d.ties[0].figure.value = 1e308)),
      '$.ties[0].figure.value',
      'is 1e+308',
      'above the largest figure ties-map accepts (1,000,000,000,000)',
    );
    expect(checkMutated((d) => (d.ties[0].figure.value = MAX_FIGURE_VALUE)).problems).toEqual([]);
  });

  it('reports a missing value', () => {
    expectOneError(
      checkMutated((d) => delete d.ties[0].figure.value),
      '$.ties[0].figure.value',
      'needs a "value"',
    );
  });

  it('reports a missing unit', () => {
    expectOneError(
      checkMutated((d) => delete d.ties[0].figure.unit),
      '$.ties[0].figure.unit',
      'needs a "unit"',
    );
  });

  it('reports an empty unit', () => {
    expectOneError(
      checkMutated((d) => (d.ties[0].figure.unit = ' ')),
      '$.ties[0].figure.unit',
      '"unit" is empty',
    );
  });

  it('reports a figure that is a bare number', () => {
    expectOneError(
      checkMutated((d) => (d.ties[0].figure = 69)),
      '$.ties[0].figure',
      'must be an object with a "value" and a "unit"',
    );
  });
});

describe('evidence', () => {
  it('reports a tie without evidence', () => {
    expectOneError(
      checkMutated((d) => delete d.ties[1].evidence),
      '$.ties[1].evidence',
      'Tie "aze-isr-oil" has no evidence',
      'at least one',
    );
  });

  it('reports a tie with an empty evidence list', () => {
    expectOneError(
      checkMutated((d) => (d.ties[1].evidence = [])),
      '$.ties[1].evidence',
      'has no evidence',
    );
  });

  it('reports evidence that is not a list', () => {
    expectOneError(
      checkMutated((d) => (d.ties[1].evidence = { source: 'src-b', quote: 'x' })),
      '$.ties[1].evidence',
      'must be a list',
    );
  });

  it('reports an empty quote', () => {
    expectOneError(
      checkMutated((d) => (d.ties[0].evidence[0].quote = '')),
      '$.ties[0].evidence[0].quote',
      '"quote" is empty',
    );
  });

  it('reports a missing quote', () => {
    expectOneError(
      checkMutated((d) => delete d.ties[2].evidence[1].quote),
      '$.ties[2].evidence[1].quote',
      'needs a "quote"',
    );
  });
});

describe('dates', () => {
  for (const bad of ['2025-13', 'Oct 2025', '2025/10', '2025-02-30', '25', '2025-1']) {
    it(`reports ${JSON.stringify(bad)} as not an ISO 8601 date`, () => {
      expectOneError(
        checkMutated((d) => (d.ties[0].when.from = bad)),
        '$.ties[0].when.from',
        'must be an ISO 8601 date',
        `got the string ${JSON.stringify(bad)}`,
      );
    });
  }

  it('checks "published", allowing "unknown"', () => {
    expectOneError(
      checkMutated((d) => (d.sources[0].published = 'October 2025')),
      '$.sources[0].published',
      'ISO 8601',
      'or "unknown"',
    );
  });

  it('reports a missing "published"', () => {
    expectOneError(
      checkMutated((d) => delete d.sources[0].published),
      '$.sources[0].published',
      'needs "published"',
    );
  });

  it('checks "notBefore", "ended" and a scene\'s "asOf"', () => {
    expectOneError(
      checkMutated((d) => (d.sources[1].notBefore = '2024/01')),
      '$.sources[1].notBefore',
      'ISO 8601',
    );
    expectOneError(
      checkMutated((d) => (d.ties[2].ended = 'December 2025')),
      '$.ties[2].ended',
      'ISO 8601',
    );
    expectOneError(
      checkMutated((d) => (d.scenes[0].asOf = '31.12.2024')),
      '$.scenes[0].asOf',
      'ISO 8601',
    );
  });

  it('reports a period whose "from" is after its "to"', () => {
    expectOneError(
      checkMutated((d) => (d.ties[0].when = { from: '2021', to: '2020' })),
      '$.ties[0].when',
      'runs backwards',
      '"from" 2021 is after "to" 2020',
    );
    expectOneError(
      checkMutated((d) => (d.ties[0].when = { from: '2020-06', to: '2020-05-31' })),
      '$.ties[0].when',
      'runs backwards',
    );
  });
});

describe('URLs are http or https', () => {
  const cases: [string, string][] = [
    ['javascript:alert(1)', '"javascript:" links are not allowed'],
    ['data:text/html,<script>alert(1)</script>', '"data:" links are not allowed'],
    ['ftp://example.org/a', '"ftp:" links are not allowed'],
    ['file:///etc/passwd', '"file:" links are not allowed'],
  ];
  for (const [url, words] of cases) {
    it(`reports ${url.slice(0, 20)}…`, () => {
      const result = checkMutated((d) => (d.sources[0].url = url));
      expect(
        result.errors.map((e) => e.path),
        summarise(result.problems),
      ).toEqual(['$.sources[0].url']);
      expect(result.errors[0]!.message).toContain('must start with http:// or https://');
      expect(result.errors[0]!.message).toContain(words);
      expect(result.dataset).toBeUndefined();
    });
  }

  it('reports a relative URL', () => {
    expectOneError(
      checkMutated((d) => (d.sources[0].url = '/articles/a')),
      '$.sources[0].url',
      'not a valid absolute URL',
      '"/articles/a"',
    );
    expectOneError(
      checkMutated((d) => (d.sources[0].url = 'example.org/a')),
      '$.sources[0].url',
      'not a valid absolute URL',
    );
  });
});

describe('ties', () => {
  it('reports a tie from an actor to itself', () => {
    expectOneError(
      checkMutated((d) => (d.ties[0].to = 'ISR')),
      '$.ties[0].to',
      'runs from "ISR" to itself',
      'two different actors',
    );
  });

  it('reports a stance other than cooperative or adversarial', () => {
    expectOneError(
      checkMutated((d) => (d.ties[0].stance = 'hostile')),
      '$.ties[0].stance',
      'must be "cooperative" or "adversarial"',
      'the string "hostile"',
    );
  });

  it('reports a missing summary', () => {
    expectOneError(
      checkMutated((d) => delete d.ties[0].summary),
      '$.ties[0].summary',
      'Tie "isr-aze-arms" needs a "summary"',
    );
  });

  it('reports a tie that is not an object', () => {
    expectOneError(
      checkMutated((d) => d.ties.push('ISR -> AZE')),
      '$.ties[3]',
      'Each tie must be an object',
      'the string "ISR -> AZE"',
    );
  });
});

describe('unknown fields are warnings, not errors', () => {
  it('warns about an unknown root field at its path and keeps the dataset', () => {
    expectOneWarning(
      checkMutated((d) => (d.author = 'someone')),
      '$.author',
      'field "author" that ties-map/1 does not define',
      'ignored',
    );
  });

  it('warns about unknown fields deep inside, each at its own path', () => {
    const result = checkMutated((d) => {
      d.ties[0].confidence = 'high';
      d.ties[0].figure.year = 2020;
      d.ties[2].evidence[1].page = 4;
      d.actors[2].flag = '🏳';
      d.scenes[0].zoom = 4;
    });
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.path).sort()).toEqual([
      '$.actors[2].flag',
      '$.scenes[0].zoom',
      '$.ties[0].confidence',
      '$.ties[0].figure.year',
      '$.ties[2].evidence[1].page',
    ]);
    expect(result.dataset).toBeDefined();
  });

  it('writes an odd key as a bracketed path', () => {
    expectOneWarning(
      checkMutated((d) => (d.sources[0]['published date'] = '2025')),
      '$.sources[0]["published date"]',
      'field "published date"',
      'known fields: id, title, publisher, published',
    );
  });

  it('warns about a misspelt field and still reports the field it lacks', () => {
    const result = checkMutated((d) => {
      d.ties[0].evidance = d.ties[0].evidence;
      delete d.ties[0].evidence;
    });
    expect(result.warnings.map((w) => w.path)).toEqual(['$.ties[0].evidance']);
    expect(result.errors.map((e) => e.path)).toEqual(['$.ties[0].evidence']);
  });
});

describe('markup in text', () => {
  it('warns about markup in a summary and keeps the text as it is', () => {
    const summary = '<script>alert(1)</script> Israel supplied arms';
    const result = checkMutated((d) => (d.ties[0].summary = summary));
    expectOneWarning(result, '$.ties[0].summary', 'contains markup', '"<script>"', 'plain text');
    expect(result.dataset?.ties[0]?.summary).toBe(summary);
  });

  it('warns about markup in a title and in a quote', () => {
    const result = checkMutated((d) => {
      d.title = 'Ties <b>now</b>';
      d.ties[1].evidence[0].quote = 'about 40%<br/>of oil';
    });
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.path)).toEqual(['$.title', '$.ties[1].evidence[0].quote']);
    expect(result.dataset?.title).toBe('Ties <b>now</b>');
  });

  it('does not take a comparison for markup', () => {
    expect(
      checkMutated((d) => (d.ties[0].summary = 'a share of <5%, later >10%')).problems,
    ).toEqual([]);
  });
});

describe('bidirectional control characters in text', () => {
  it('warns, at the field, about an override that makes "gnp.exe" read "exe.png", and keeps the text', () => {
    const quote = 'the file \u202Egnp.exe\u202C was attached';
    const result = checkMutated((d) => (d.ties[1].evidence[0].quote = quote));
    expectOneWarning(
      result,
      '$.ties[1].evidence[0].quote',
      'bidirectional control characters (U+202E, U+202C)',
      'code points',
    );
    expect(result.dataset?.ties[1]?.evidence[0]?.quote).toBe(quote);
  });

  it('warns about embeddings and isolates in names and titles too', () => {
    const result = checkMutated((d) => {
      d.actors[0].name = '\u2067Azerbaijan\u2069';
      d.title = 'Ties \u202Anow\u202C';
    });
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.path)).toEqual(['$.title', '$.actors[0].name']);
    expect(result.warnings[1]!.message).toContain('U+2067, U+2069');
  });
});

describe('sources', () => {
  it('warns about a source no tie cites', () => {
    expectOneWarning(
      checkMutated((d) =>
        d.sources.push({ id: 'src-c', title: 'Unused', publisher: 'Nobody', published: '2020' }),
      ),
      '$.sources[2]',
      'Source "src-c" is not cited by any tie',
    );
  });

  it('reports a missing title and publisher', () => {
    const result = checkMutated((d) => {
      delete d.sources[0].title;
      delete d.sources[0].publisher;
    });
    expect(result.errors.map((e) => e.path)).toEqual([
      '$.sources[0].title',
      '$.sources[0].publisher',
    ]);
    expect(result.errors[1]!.message).toContain('Source "src-a" needs a "publisher"');
  });
});

describe('scene camera', () => {
  it('reports a camera that is not two corners', () => {
    expectOneError(
      checkMutated((d) => (d.scenes[0].camera = [26, 25, 52, 44])),
      '$.scenes[0].camera',
      'must be [[west, south], [east, north]]',
    );
  });

  it('reports a camera corner off the globe', () => {
    expectOneError(
      checkMutated(
        (d) =>
          (d.scenes[0].camera = [
            [26, 25],
            [52, 95],
          ]),
      ),
      '$.scenes[0].camera[1]',
      'north-east corner',
      'off the globe',
    );
  });

  it('reports a camera corner that is not a pair of numbers', () => {
    expectOneError(
      checkMutated(
        (d) =>
          (d.scenes[0].camera = [
            ['26', 25],
            [52, 44],
          ]),
      ),
      '$.scenes[0].camera[0]',
      'south-west corner',
      'two numbers',
    );
  });

  it('reports a camera upside down', () => {
    expectOneError(
      checkMutated(
        (d) =>
          (d.scenes[0].camera = [
            [52, 44],
            [26, 25],
          ]),
      ),
      '$.scenes[0].camera',
      'upside down',
      'south edge 44 is not below its north edge 25',
    );
  });

  it('accepts a camera that crosses the antimeridian (west > east)', () => {
    expect(
      checkMutated(
        (d) =>
          (d.scenes[0].camera = [
            [170, -50],
            [-170, -30],
          ]),
      ).problems,
    ).toEqual([]);
  });
});

describe('without shapeIds', () => {
  it('does not check country ids against geodata it was not given', () => {
    const d = minimal();
    d.actors.push({ id: 'Azerbaijan', name: 'Azerbaijan', kind: 'country' });
    expect(validateDataset(d).problems).toEqual([]);
  });
});

describe('status, ranges, measures and where a quote stands (DESIGN.md, revised contract)', () => {
  it('accepts the four statuses, a range, a caption quote and a measure, and keeps them', () => {
    const result = checkMutated((d) => {
      d.layers[1].measure = { unit: '%', label: "share of the recipient's arms imports" };
      d.ties[0].status = 'reported';
      d.ties[0].figure = { value: 60, upper: 69, unit: '%' };
      d.ties[0].evidence[0].in = 'caption';
      d.ties[1].status = 'planned';
      d.ties[2].status = 'potential';
    });
    expect(result.problems).toEqual([]);
    const tie = result.dataset!.ties[0]!;
    expect(tie.status).toBe('reported');
    expect(tie.figure).toEqual({ value: 60, upper: 69, unit: '%' });
    expect(tie.evidence[0]!.in).toBe('caption');
    expect(result.dataset!.layers[1]!.measure).toEqual({
      unit: '%',
      label: "share of the recipient's arms imports",
    });
  });

  it('reports a status that is not one of the four words', () => {
    expectOneError(
      checkMutated((d) => (d.ties[0].status = 'rumoured')),
      '$.ties[0].status',
      'Tie "isr-aze-arms"',
      '"stated", "reported", "planned", "potential"',
      'the string "rumoured"',
    );
  });

  it('reports a range whose upper end is below its value', () => {
    expectOneError(
      checkMutated((d) => (d.ties[0].figure = { value: 69, upper: 60, unit: '%' })),
      '$.ties[0].figure.upper',
      '"upper" 60 is below "value" 69',
    );
  });

  it('reports an upper end that is not a number', () => {
    expectOneError(
      checkMutated((d) => (d.ties[0].figure.upper = '69')),
      '$.ties[0].figure.upper',
      'finite number',
      'the string "69"',
    );
  });

  it('reports an evidence "in" that is neither body nor caption', () => {
    expectOneError(
      checkMutated((d) => (d.ties[0].evidence[0].in = 'teaser')),
      '$.ties[0].evidence[0].in',
      '"body", "caption"',
      'the string "teaser"',
    );
  });

  it('reports a measure without a unit', () => {
    expectOneError(
      checkMutated((d) => (d.layers[1].measure = { label: 'share' })),
      '$.layers[1].measure.unit',
      'measure needs a "unit"',
    );
  });

  it("warns when no tie of the layer carries the measure's unit", () => {
    expectOneWarning(
      checkMutated(
        (d) => (d.layers[1].measure = { unit: 'TIV m', label: 'SIPRI trend-indicator value' }),
      ),
      '$.layers[1].measure.unit',
      'Layer "arms" measures its widths in "TIV m"',
      'units its ties carry: %',
    );
  });
});

describe('scenes that respect their dates (DESIGN.md, "What is visible")', () => {
  it('keeps a scene whose highlighted and focused ties show at its date free of warnings', () => {
    expect(check(minimal()).warnings).toEqual([]);
  });

  it("warns, at the scene's tie, when its date falls before a highlighted tie starts", () => {
    expectOneWarning(
      checkMutated((d) => {
        delete d.scenes[0].focus;
        d.scenes[0].asOf = '2015-12-31';
      }),
      '$.scenes[0].ties[0]',
      'Scene "arms" highlights tie "isr-aze-arms", which its date 2015-12-31 does not show: it starts in 2016',
    );
  });

  it('dates an undated highlighted tie by its earliest source, a notBefore standing for an unknown date', () => {
    const result = checkMutated((d) => {
      delete d.ties[0].when;
      delete d.scenes[0].focus;
      d.ties[0].evidence.push({ source: 'src-b', quote: 'up to 69%' }); // src-b: not before 2024
      d.scenes[0].asOf = '2023-06';
    });
    expectOneWarning(
      result,
      '$.scenes[0].ties[0]',
      'it is undated, and its earliest source ("src-b") dates from 2024',
    );
    expect(
      checkMutated((d) => {
        delete d.ties[0].when;
        d.scenes[0].asOf = '2025-10-01';
      }).warnings,
    ).toEqual([]);
  });

  it("warns when a highlighted tie ended before the scene's date", () => {
    expectOneWarning(
      checkMutated((d) => {
        delete d.scenes[0].focus;
        d.ties[0].ended = '2020';
      }),
      '$.scenes[0].ties[0]',
      'it ended in 2020',
    );
  });

  it("warns, at the focus, when the scene's date shows none of the focused actor's ties on its layers", () => {
    const result = checkMutated((d) => {
      d.scenes[0].ties = [];
      d.scenes[0].asOf = '2015';
    });
    expectOneWarning(
      result,
      '$.scenes[0].focus',
      'Scene "arms" focuses "AZE", but its date 2015 shows none of its ties',
      '"isr-aze-arms": it starts in 2016',
    );
  });

  it('warns when a scene highlights a tie of a layer it hides', () => {
    expectOneWarning(
      checkMutated((d) => d.scenes[0].ties.push('aze-isr-oil')),
      '$.scenes[0].ties[1]',
      'highlights tie "aze-isr-oil" of layer "energy", which the scene does not show (its layers: arms)',
    );
  });
});

describe("a tie's note", () => {
  it("keeps the editor's reason for a judgement, with no warning", () => {
    const result = checkMutated(
      (d) => (d.ties[0].note = 'Direction: the text makes Israel the supplier.'),
    );
    expect(result.warnings).toEqual([]);
    expect(result.dataset!.ties[0]!.note).toBe('Direction: the text makes Israel the supplier.');
  });

  it('reports a note that is not text', () => {
    expectOneError(
      checkMutated((d) => (d.ties[0].note = 3)),
      '$.ties[0].note',
      'must be a string',
    );
  });
});

describe('one measure counts one kind of quantity', () => {
  it("warns, at the layer's measure, when its figures mix figures in force with planned or potential ones", () => {
    const result = checkMutated((d) => {
      d.layers[1].measure = { unit: '%', label: "share of the recipient's arms imports" };
      d.ties.push({ ...d.ties[0], id: 'isr-aze-arms-target', status: 'planned' });
    });
    expectOneWarning(
      result,
      '$.layers[1].measure',
      'Layer "arms" measures "%" with figures in force ("isr-aze-arms") and planned or potential ones ("isr-aze-arms-target")',
      'set no width',
    );
  });

  it('accepts a measure whose figures are all of one status', () => {
    expect(
      checkMutated((d) => {
        d.layers[1].measure = { unit: '%', label: 'planned shares' };
        d.ties[0].status = 'planned';
      }).warnings,
    ).toEqual([]);
  });
});
