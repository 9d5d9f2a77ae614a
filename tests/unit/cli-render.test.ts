/** `npm run render`: a dataset to a standalone SVG or PNG without a browser; bad input exits non-zero. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';
import { sipriLikeDataset } from '../../bench/sipri-like.ts';

const out = mkdtempSync(join(tmpdir(), 'ties-render-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const render = (...args: string[]) => runCli('src/cli/render.ts', args);

describe('npm run render', { timeout: 60_000 }, () => {
  it('writes a standalone SVG of the dataset at the size asked, one element per edge', () => {
    const file = join(out, 'map.svg');
    const run = render(
      'tests/fixtures/valid-minimal.json',
      '--out',
      file,
      '--width',
      '640',
      '--height',
      '480',
    );
    expect(run.status).toBe(0);
    const svg = readFileSync(file, 'utf8');
    expect(svg).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="640" height="480"/,
    );
    expect([...svg.matchAll(/data-edge-id="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'ISR&gt;AZE:arms',
      'AZE&gt;ISR:energy',
      'ISR&gt;ISF:diplomatic',
    ]);
    expect(svg).toContain('<title>Fixture: Azerbaijan and Israel</title>');
    expect(svg).toContain('Base map: Natural Earth');
    // No external references: no href, no url() but to the document's own hatch pattern, no @import.
    expect(svg).not.toMatch(/href=|url\((?!#ties-disputed-hatch\))|@import/);
    expect(run.stdout).toContain(`${file}: 3 edges, 3 actors, 640×480 (light)`);
  });

  it('writes a PNG of the size asked', () => {
    const file = join(out, 'map.png');
    const run = render(
      'tests/fixtures/valid-minimal.json',
      '--out',
      file,
      '--width',
      '400',
      '--height',
      '600',
      '--theme',
      'dark',
      '--scene',
      'arms',
    );
    expect(run.status).toBe(0);
    const png = readFileSync(file);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: width and height, big-endian, at bytes 16–23.
    expect(png.readUInt32BE(16)).toBe(400);
    expect(png.readUInt32BE(20)).toBe(600);
  });

  it('writes the Gaza dataset as a PNG at the sizes resvg used to panic at (a margin rect far off the canvas)', () => {
    for (const [width, height] of [
      ['1280', '800'],
      ['400', '800'],
    ] as const) {
      const file = join(out, `gaza-${width}.png`);
      const run = render(
        'data/gaza-stabilisation-force.json',
        '--out',
        file,
        '--width',
        width,
        '--height',
        height,
      );
      expect(run.stderr).not.toContain('panicked');
      expect(run.status).toBe(0);
      expect(readFileSync(file).readUInt32BE(16)).toBe(Number(width));
    }
  });

  it('--lang ar: the Arabic texts and names, set right to left, marked ar, in glyphs an installed font has', () => {
    const svgFile = join(out, 'gaza-ar.svg');
    expect(
      render(
        'data/gaza-stabilisation-force.json',
        '--lang',
        'ar',
        '--scene',
        'contenders',
        '--out',
        svgFile,
      ).status,
    ).toBe(0);
    const svg = readFileSync(svgFile, 'utf8');
    const gaza = JSON.parse(readFileSync('data/gaza-stabilisation-force.json', 'utf8')) as {
      translations: { ar: { title: string } };
      actors: { names: { ar: string } }[];
    };
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg [^>]*xml:lang="ar"/);
    const texts = [...svg.matchAll(/<text([^>]*)>(.*?)<\/text>/gs)].map(([, attrs, body]) => ({
      attrs: attrs ?? '',
      body: (body ?? '').replace(/<[^>]+>/g, ''),
    }));
    const title = texts.find((t) => t.body.includes(gaza.translations.ar.title));
    // A right-to-left run (U+202B … U+202C), marked with its language for screen readers and fonts.
    expect(title?.attrs).toContain('xml:lang="ar"');
    expect(title?.body.startsWith('\u202B')).toBe(true);
    for (const actor of gaza.actors)
      expect(
        texts.some((t) => t.body.includes(actor.names.ar)),
        actor.names.ar,
      ).toBe(true);
    // A far actor's name and distance keep their gap in a right-to-left run (a dx gap closed up).
    const tabs = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)]
      .map(([, body]) => body ?? '')
      .filter((b) => /\d/.test(b) && /\p{Script=Arabic}/u.test(b));
    expect(tabs.length).toBeGreaterThan(0);
    for (const tab of tabs) expect(tab.startsWith('\u00a0'), tab).toBe(true);
    // English texts (the legend's words until they are translated) stay left to right.
    expect(
      texts.filter((t) => /^[A-Za-z]/.test(t.body)).every((t) => !t.attrs.includes('xml:lang')),
    ).toBe(true);

    // No tofu: one installed font holds every Arabic letter the picture writes (resvg finds the
    // system fonts; .ci/run installs Debian's fonts-noto-core), and the PNG is written.
    const letters = [
      ...new Set(
        texts
          .map((t) => t.body)
          .join('')
          .match(/\p{Script=Arabic}/gu),
      ),
    ];
    expect(letters.length).toBeGreaterThan(20);
    const charset = letters.map((c) => c.codePointAt(0)?.toString(16)).join(' ');
    const fonts = execFileSync('fc-list', [`:charset=${charset}`, 'family'], { encoding: 'utf8' });
    expect(
      fonts.trim(),
      'no installed font has every Arabic letter of the picture: install fonts-noto-core',
    ).not.toBe('');
    const pngFile = join(out, 'gaza-ar.png');
    expect(
      render(
        'data/gaza-stabilisation-force.json',
        '--lang',
        'ar',
        '--out',
        pngFile,
        '--width',
        '1280',
        '--height',
        '800',
      ).status,
    ).toBe(0);
  });

  it('--lang refuses what is not a language tag, and says when the dataset has no text in it', () => {
    expect(
      render('data/gaza-stabilisation-force.json', '--lang', 'ar_EG', '--out', join(out, 'x.svg'))
        .status,
    ).toBe(2);
    const run = render(
      'data/gaza-stabilisation-force.json',
      '--lang',
      'fa',
      '--out',
      join(out, 'fa.svg'),
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('no text in "fa"');
  });

  it('applies a scene: its title, caption and layers', () => {
    const file = join(out, 'scene.svg');
    expect(
      render('tests/fixtures/valid-minimal.json', '--out', file, '--scene', 'arms').status,
    ).toBe(0);
    const svg = readFileSync(file, 'utf8');
    expect(svg).toContain('<title>Fixture: Azerbaijan and Israel: Arms</title>');
    expect(svg).toContain('>Israeli arms for Azerbaijan</text>');
    expect([...svg.matchAll(/data-edge-id="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'ISR&gt;AZE:arms',
    ]);
  });

  it('refuses an invalid dataset with the validator’s located messages and exit 1, writing nothing', () => {
    const file = join(out, 'invalid.svg');
    const run = render('tests/fixtures/invalid/negative-figure.json', '--out', file);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^tests\/fixtures\/invalid\/negative-figure\.json {2}\$\.ties\[0\]\.figure\.value {2}error: .*-69/m,
    );
    expect(existsSync(file)).toBe(false);
  });

  it('names an unknown layer and exits 2 with its usage', () => {
    const run = render(
      'tests/fixtures/valid-minimal.json',
      '--out',
      join(out, 'x.svg'),
      '--layers',
      'arms trade',
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      '--layers names no layer of tests/fixtures/valid-minimal.json: trade',
    );
    expect(run.stderr).toContain('usage: npm run render --');
  });

  it('refuses a theme named like an Object member and exits 2 with its usage', () => {
    const run = render(
      'tests/fixtures/valid-minimal.json',
      '--out',
      join(out, 'x.svg'),
      '--theme',
      'constructor',
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--theme must be light or dark, not "constructor".');
  });

  it("takes the element's filters: --min, --direction with --focus, --stance; a bad value exits 2 naming it", () => {
    const edges = (...args: string[]) => {
      const file = join(out, 'filtered.svg');
      expect(render('tests/fixtures/valid-minimal.json', '--out', file, ...args).status).toBe(0);
      return [...readFileSync(file, 'utf8').matchAll(/data-edge-id="([^"]+)"/g)].map((m) => m[1]);
    };
    expect(edges('--min', '50')).toEqual(['ISR&gt;AZE:arms']);
    expect(edges('--focus', 'AZE', '--direction', 'out')).toEqual(['AZE&gt;ISR:energy']);
    expect(edges('--stance', 'adversarial')).toEqual(['ISR&gt;ISF:diplomatic']);
    const bad = render(
      'tests/fixtures/valid-minimal.json',
      '--out',
      join(out, 'x.svg'),
      '--min',
      'lots',
      '--status',
      'rumoured',
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(
      '--status "rumoured" must be one of stated, reported, planned, potential.',
    );
    expect(bad.stderr).toContain('--min must be a number of zero or more, not "lots".');
    expect(
      render('tests/fixtures/valid-minimal.json', '--out', join(out, 'x.svg'), '--direction', 'in')
        .stderr,
    ).toContain('--direction is relative to the focused actor');
  });

  it('--group subregion draws Western Asia as one node (its inner ties on no edge); a bad value exits 2 naming it', () => {
    const file = join(out, 'grouped.svg');
    expect(
      render('tests/fixtures/valid-minimal.json', '--out', file, '--group', 'subregion').status,
    ).toBe(0);
    const svg = readFileSync(file, 'utf8');
    // Azerbaijan and Israel are both in M49's Western Asia; the stabilisation force is no country and stays itself.
    expect([...svg.matchAll(/data-edge-id="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'm49%3A145&gt;ISF:diplomatic',
    ]);
    expect(svg).toContain('Western Asia · 2');
    expect(svg).toContain('Countries grouped by UN M49 sub-region');
    const bad = render(
      'tests/fixtures/valid-minimal.json',
      '--out',
      join(out, 'x.svg'),
      '--group',
      'continent',
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(
      '--group must be one of none, region, subregion, not "continent".',
    );
  });

  it('--flows all draws every edge of a register in full, as the flows attribute; a bad value exits 2 naming it', () => {
    const register = join(out, 'register.json');
    writeFileSync(register, JSON.stringify(sipriLikeDataset()));
    const receded = (svg: string) => svg.match(/data-recede="true"/g)?.length ?? 0;
    const top = join(out, 'top.svg');
    expect(render(register, '--out', top).status).toBe(0);
    expect(receded(readFileSync(top, 'utf8'))).toBeGreaterThan(100);
    const all = join(out, 'all.svg');
    expect(render(register, '--out', all, '--flows', 'all').status).toBe(0);
    const svg = readFileSync(all, 'utf8');
    expect(receded(svg)).toBe(0);
    expect(svg).toContain('drawn in full');
    expect(render(register, '--out', join(out, 'x.svg'), '--flows', 'top').status).toBe(0);
    const bad = render(register, '--out', join(out, 'x.svg'), '--flows', 'every');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--flows must be top or all, not "every".');
  });
});
