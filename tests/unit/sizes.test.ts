/**
 * The build's size report (scripts/sizes.mjs): the figures go to dist/SIZES.md and nowhere else,
 * the entry chunk's budget still fails the build, and the start-up download counts the chunks the
 * entry imports statically.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = resolve('scripts/sizes.mjs');
const README = '# A project\n\nNo size table here.\n';
let root = '';

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'ties-sizes-'));
  mkdirSync(join(root, 'dist', 'chunks'), { recursive: true });
  mkdirSync(join(root, 'dist', 'types'), { recursive: true });
  writeFileSync(join(root, 'README.md'), README);
  writeFileSync(
    join(root, 'dist', 'chunks', 'maplibre-abc.js'),
    'export const map = 1;\n'.repeat(100),
  );
  writeFileSync(join(root, 'dist', 'types', 'index.d.ts'), 'export {};\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const runSizes = () => spawnSync(process.execPath, [SCRIPT], { cwd: root, encoding: 'utf8' });

describe('npm run build: the size report', () => {
  it('writes every browser file to dist/SIZES.md and leaves the README alone', () => {
    writeFileSync(join(root, 'dist', 'ties-map.js'), 'export const element = 1;\n');
    const run = runSizes();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = readFileSync(join(root, 'dist', 'SIZES.md'), 'utf8');
    expect(report).toMatch(/^# Sizes of dist\//);
    expect(report).toMatch(/^\| chunks\/maplibre-abc\.js \| 2\.1 KB \| [0-9.]+ KB \|$/m);
    expect(report).toMatch(/^\| ties-map\.js \| 0\.0 KB \| 0\.0 KB \|$/m);
    expect(report).not.toContain('index.d.ts');
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe(README);
  });

  it('counts the chunks the entry imports statically, not those it loads when needed', () => {
    const chunk = (name: string) =>
      writeFileSync(join(root, 'dist', 'chunks', name), randomBytes(4096));
    chunk('deep-b.js');
    chunk('lazy-c.js');
    writeFileSync(
      join(root, 'dist', 'chunks', 'shared-a.js'),
      `import{t}from"./deep-b.js";${randomBytes(4096).toString('hex')}`,
    );
    writeFileSync(
      join(root, 'dist', 'ties-map.js'),
      'import{a}from"./chunks/shared-a.js";const l=()=>import("./chunks/lazy-c.js");',
    );
    const run = runSizes();
    expect(run.status).toBe(0);
    const report = readFileSync(join(root, 'dist', 'SIZES.md'), 'utf8');
    const gzipOf = (file: string) =>
      Number(
        new RegExp(
          `^\\| ${file.replace('.', '\\.')} \\| [0-9.]+ KB \\| ([0-9.]+) KB \\|$`,
          'm',
        ).exec(report)?.[1],
      );
    const startup = Number(
      /At start-up \(ties-map\.js and the 2 chunk\(s\) it imports statically\): ([0-9.]+) KB gzip/.exec(
        report,
      )?.[1],
    );
    // The lazy chunk (4 KB of random bytes, incompressible) is not in it.
    expect(startup).toBeCloseTo(
      gzipOf('ties-map.js') + gzipOf('chunks/shared-a.js') + gzipOf('chunks/deep-b.js'),
      0,
    );
    expect(startup).toBeLessThan(
      gzipOf('ties-map.js') +
        gzipOf('chunks/shared-a.js') +
        gzipOf('chunks/deep-b.js') +
        gzipOf('chunks/lazy-c.js') -
        2,
    );
  });

  it('fails when the entry chunk passes its gzip budget, naming the size', () => {
    writeFileSync(join(root, 'dist', 'ties-map.js'), randomBytes(70 * 1024));
    const run = runSizes();
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/ties-map\.js is 70\.\d KB gzip, over its 60\.0 KB budget/);
  });
});
