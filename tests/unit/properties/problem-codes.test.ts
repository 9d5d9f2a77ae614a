/**
 * Property: every problem the validator gives, on any input, has a code the text layer knows,
 * params from which its English sentence is made exactly, and a sentence in another language
 * (src/text/problem-strings.ts). The one documented fallback, English `message`, is for problems
 * without a code (the loader's, the importer's own), which the validator never gives.
 */
import fc from 'fast-check';
import { LIMIT_MS } from './seed.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/data/index.ts';
import { PROBLEM_CODES, problemEn } from '../../../src/data/problems.ts';
import { loadLanguage } from '../../../src/text/languages.ts';
import { localisedProblem } from '../../../src/text/problem-strings.ts';
import { validDataset } from '../../arbitraries/datasets.ts';
import { mutateAll, mutations } from '../../arbitraries/mutations.ts';

const codes = new Set<string>(PROBLEM_CODES);

function expectCoded(input: unknown): void {
  for (const problem of parseDataset(input).problems) {
    expect(codes.has(problem.code ?? '')).toBe(true);
    expect(problemEn(problem.code!, problem.params as never)).toBe(problem.message);
    // The params survive a trip through structured clone / JSON (the worker, the CLI's JSON).
    const copy = JSON.parse(JSON.stringify(problem)) as typeof problem;
    const fa = localisedProblem(copy, 'fa');
    expect(fa).toBeDefined();
    // No placeholder left in the sentence, once the data's own words (isolated) are taken out.
    expect(fa!.replace(/\u2068[^\u2068\u2069]*\u2069/g, '')).not.toContain('${');
  }
}

beforeAll(() => loadLanguage('fa'));

describe('every validator problem has a known code', { timeout: LIMIT_MS }, () => {
  it('on arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), expectCoded), { numRuns: 2_000 });
  });

  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), expectCoded), { numRuns: 1_000 });
  });

  it('on valid datasets with a few values replaced, removed, duplicated or added', () => {
    fc.assert(
      fc.property(validDataset, mutations(3), (d, ms) => expectCoded(mutateAll(d, ms))),
      { numRuns: 300 },
    );
  });
});
