/** `npm run render`: a dataset to a standalone SVG or PNG without a browser; bad input exits non-zero. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const out = mkdtempSync(join(tmpdir(), 'ties-render-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const render = (...args: string[]) => runCli('src/cli/render.ts', args);

describe('npm run render', { timeout: 60_000 }, () => {
  it('writes a standalone SVG of the dataset at the size asked, one element per edge', () => {
    const file = join(out, 'map.svg');
    const run = render('tests/fixtures/valid-minimal.json', '--out', file, '--width', '640', '--height', '480');
    expect(run.status).toBe(0);
    const svg = readFileSync(file, 'utf8');
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="640" height="480"/);
    expect([...svg.matchAll(/data-edge-id="([^"]+)"/g)].map((m) => m[1])).toEqual(['ISR&gt;AZE:arms', 'AZE&gt;ISR:energy', 'ISR&gt;ISF:diplomatic']);
    expect(svg).toContain('<title>Fixture: Azerbaijan and Israel</title>');
    expect(svg).toContain('Base map: Natural Earth');
    // No external references: no href, no url() but to the document's own hatch pattern, no @import.
    expect(svg).not.toMatch(/href=|url\((?!#ties-disputed-hatch\))|@import/);
    expect(run.stdout).toContain(`${file}: 3 edges, 3 actors, 640×480 (light)`);
  });

  it('writes a PNG of the size asked', () => {
    const file = join(out, 'map.png');
    const run = render('tests/fixtures/valid-minimal.json', '--out', file, '--width', '400', '--height', '600', '--theme', 'dark', '--scene', 'arms');
    expect(run.status).toBe(0);
    const png = readFileSync(file);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: width and height, big-endian, at bytes 16–23.
    expect(png.readUInt32BE(16)).toBe(400);
    expect(png.readUInt32BE(20)).toBe(600);
  });

  it('applies a scene: its title, caption and layers', () => {
    const file = join(out, 'scene.svg');
    expect(render('tests/fixtures/valid-minimal.json', '--out', file, '--scene', 'arms').status).toBe(0);
    const svg = readFileSync(file, 'utf8');
    expect(svg).toContain('<title>Fixture: Azerbaijan and Israel: Arms</title>');
    expect(svg).toContain('>Israeli arms for Azerbaijan</text>');
    expect([...svg.matchAll(/data-edge-id="([^"]+)"/g)].map((m) => m[1])).toEqual(['ISR&gt;AZE:arms']);
  });

  it('refuses an invalid dataset with the validator’s located messages and exit 1, writing nothing', () => {
    const file = join(out, 'invalid.svg');
    const run = render('tests/fixtures/invalid/negative-figure.json', '--out', file);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^tests\/fixtures\/invalid\/negative-figure\.json {2}\$\.ties\[0\]\.figure\.value {2}error: .*-69/m);
    expect(existsSync(file)).toBe(false);
  });

  it('names an unknown layer and exits 2 with its usage', () => {
    const run = render('tests/fixtures/valid-minimal.json', '--out', join(out, 'x.svg'), '--layers', 'arms trade');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--layers names no layer of tests/fixtures/valid-minimal.json: trade');
    expect(run.stderr).toContain('usage: npm run render --');
  });

  it('refuses a theme named like an Object member and exits 2 with its usage', () => {
    const run = render('tests/fixtures/valid-minimal.json', '--out', join(out, 'x.svg'), '--theme', 'constructor');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--theme must be light or dark, not "constructor".');
  });
});
