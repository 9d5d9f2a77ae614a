/**
 * Property: parseDataset (the validator with the shipped geodata) never throws, whatever it is
 * given, and its answer is consistent: a dataset exactly when there is no error, every problem a
 * path and a sentence. 10,000 arbitrary JSON values, 10,000 arbitrary strings, 2,000 mutated valid
 * datasets; about 4 s on a 2-core machine.
 */
import fc from 'fast-check';
import { LIMIT_MS } from './seed.ts';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/data/index.ts';
import { validDataset } from '../../arbitraries/datasets.ts';
import { mutateAll, mutations } from '../../arbitraries/mutations.ts';

function expectAnswer(input: unknown): void {
  const result = parseDataset(input);
  expect(result.dataset !== undefined).toBe(result.errors.length === 0);
  expect(result.problems.length).toBe(result.errors.length + result.warnings.length);
  // The validator's last line of defence turns an exception into this error: for JSON it is a bug.
  expect(
    result.errors
      .map((e) => e.message)
      .filter((m) => m.startsWith('The dataset could not be read')),
  ).toEqual([]);
  for (const problem of result.problems) {
    expect(problem.path).toMatch(/^\$/);
    expect(problem.message).toMatch(/\S.*[.!?)]$/s);
  }
}

/** Text as it arrives over the network: anything, JSON, or a dataset cut short or patched. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.json({ maxDepth: 3 }),
  fc
    .tuple(fc.integer({ min: 1, max: 5_000 }), fc.constantFrom('[', '{"a":'))
    .map(
      ([depth, open]) =>
        open.repeat(depth) + (open === '[' ? ']'.repeat(depth) : `1${'}'.repeat(depth)}`),
    ),
  fc.tuple(validDataset, fc.nat(), fc.string({ maxLength: 3 })).map(([d, cut, patch]) => {
    const json = JSON.stringify(d);
    const at = cut % (json.length + 1);
    return json.slice(0, at) + patch + json.slice(at + patch.length);
  }),
);

describe('parseDataset never throws', { timeout: LIMIT_MS }, () => {
  it('on arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), expectAnswer), { numRuns: 10_000 });
  });

  it('on arbitrary strings', () => {
    fc.assert(fc.property(text, expectAnswer), { numRuns: 10_000 });
  });

  it('on valid datasets with a few values replaced, removed, duplicated or added', () => {
    fc.assert(
      fc.property(validDataset, mutations(3), (d, ms) => expectAnswer(mutateAll(d, ms))),
      { numRuns: 2_000 },
    );
  });
});
