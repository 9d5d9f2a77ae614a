/**
 * No source file outgrows what a newcomer reads in one sitting: every `src/**\/*.ts` file holds at
 * most 400 lines (as Prettier writes them), except the validator, whose messages are one long
 * table of checks, and the files a tool writes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIMIT = 400;

/** The validator: one check per rule of the format, kept together so each message sits by its rule. */
const EXEMPT = new Set(['src/data/validate.ts']);

/**
 * Written by lit-localize (`npm run localize:build`) from xliff/: one module per language, never
 * edited by hand.
 */
const GENERATED = ['src/text/locales/'];

/**
 * Files still waiting to be split by job. This list only shrinks: a file leaves it when it is
 * split, and none joins it.
 */
const NOT_YET_SPLIT = new Set<string>([]);

/** Every TypeScript file under src/, as a path from the repository's root with `/` separators. */
function sourceFiles(): string[] {
  return readdirSync('src', { recursive: true, encoding: 'utf8' })
    .map((path) => join('src', path).split('\\').join('/'))
    .filter((path) => path.endsWith('.ts'))
    .sort();
}

/** Lines in the file as `wc -l` counts them. */
function lineCount(path: string): number {
  return readFileSync(path, 'utf8').split('\n').length - 1;
}

describe(`no src/ file over ${LIMIT} lines`, () => {
  const files = sourceFiles();

  it('finds the source files', () => {
    expect(files).toContain('src/index.ts');
    expect(files.length).toBeGreaterThan(100);
  });

  it(`keeps every file but the validator within ${LIMIT} lines`, () => {
    const over = files
      .filter((path) => !EXEMPT.has(path) && !NOT_YET_SPLIT.has(path))
      .filter((path) => !GENERATED.some((folder) => path.startsWith(folder)))
      .map((path) => ({ path, lines: lineCount(path) }))
      .filter(({ lines }) => lines > LIMIT)
      .map(({ path, lines }) => `${path}: ${lines} lines`);
    expect(over, `split these by job into modules of at most ${LIMIT} lines`).toEqual([]);
  });

  it('lists only files that are still over the limit as waiting to be split', () => {
    const done = [...NOT_YET_SPLIT]
      .filter((path) => !files.includes(path) || lineCount(path) <= LIMIT)
      .map((path) => `${path}: remove it from NOT_YET_SPLIT`);
    expect(done).toEqual([]);
  });
});
