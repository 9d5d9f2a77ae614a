/**
 * Property: every problem the validator reports points at something in the input: its JSON path
 * resolves to a value, or (for a missing required field) to an absent field of an object that is
 * there. An author follows the path to the mistake; a path into nowhere sends them nowhere.
 * About 2 s on a 2-core machine.
 */
import fc from 'fast-check';
import { LIMIT_MS } from './seed.ts';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/data/index.ts';
import valid from '../../fixtures/valid-minimal.json';
import translated from '../../fixtures/valid-translated.json';
import { validDataset } from '../../arbitraries/datasets.ts';
import { mutateAll, mutations } from '../../arbitraries/mutations.ts';
import { resolvePath } from './json-path.ts';

function expectPathsInInput(input: unknown): void {
  const document = typeof input === 'string' ? parseOr(input) : input;
  for (const problem of parseDataset(input).problems) {
    const found = resolvePath(document, problem.path);
    const allowed = problem.severity === 'error' ? ['value', 'missing-field'] : ['value'];
    expect(allowed, `${problem.severity} at ${problem.path}: ${problem.message}`).toContain(found);
  }
}

/** Broken JSON text is reported at `$`, the text itself. */
function parseOr(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

describe("every problem's path exists in the input", { timeout: LIMIT_MS }, () => {
  it('for arbitrary JSON values and JSON text', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.json()), expectPathsInInput), {
      numRuns: 5_000,
    });
  });

  it('for mutations of tests/fixtures/valid-minimal.json', () => {
    fc.assert(
      fc.property(mutations(3), (ms) => expectPathsInInput(mutateAll(valid, ms))),
      { numRuns: 3_000 },
    );
  });

  it('for mutations of tests/fixtures/valid-translated.json (translations, names, quote translations)', () => {
    fc.assert(
      fc.property(mutations(3), (ms) => expectPathsInInput(mutateAll(translated, ms))),
      { numRuns: 2_000 },
    );
  });

  it('for mutations of arbitrary valid datasets', () => {
    fc.assert(
      fc.property(validDataset, mutations(3), (d, ms) => expectPathsInInput(mutateAll(d, ms))),
      { numRuns: 2_000 },
    );
  });
});
