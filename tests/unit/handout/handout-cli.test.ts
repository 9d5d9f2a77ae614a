/**
 * `npm run render -- DATASET --handout OUT.pdf`: a PDF with a page per scene that pdf-lib reads
 * back; bad input gets a located message and the CLI's exit codes (2 misuse, 1 bad data or I/O).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.ts';

const out = mkdtempSync(join(tmpdir(), 'ties-handout-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const render = (...args: string[]) => runCli('src/cli/render.ts', args);

describe('npm run render --handout', { timeout: 120_000 }, () => {
  it('writes a PDF that loads, one page per scene and its continuations, with the dataset as its title', async () => {
    const file = join(out, 'minimal.pdf');
    const run = render('tests/fixtures/valid-minimal.json', '--handout', file);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const pdf = await PDFDocument.load(readFileSync(file));
    const scenes = (
      JSON.parse(readFileSync('tests/fixtures/valid-minimal.json', 'utf8')) as { scenes: unknown[] }
    ).scenes.length;
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(Math.max(scenes, 1));
    expect(run.stdout).toContain(`${file}: ${pdf.getPageCount()} page`);
    expect(pdf.getTitle()).toBe('Fixture: Azerbaijan and Israel');
    // A4 portrait.
    expect(pdf.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
  });

  it('writes the Gaza dataset in Arabic, embedding an Arabic font, one scene with --scene', async () => {
    const file = join(out, 'gaza-ar.pdf');
    const run = render(
      'data/gaza-stabilisation-force.json',
      '--handout',
      file,
      '--lang',
      'ar',
      '--scene',
      'contenders',
    );
    expect(run.status).toBe(0);
    const bytes = readFileSync(file);
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    // The embedded (subset) fonts, by their descriptors' names: Noto Naskh Arabic beside Noto Sans.
    const fonts = pdf.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter(
        (object): object is PDFDict =>
          object instanceof PDFDict &&
          object.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'),
      )
      .map((d) => String(d.get(PDFName.of('FontName'))));
    expect(fonts.some((name) => name.includes('NotoNaskhArabic'))).toBe(true);
    expect(fonts.some((name) => name.includes('NotoSans-Regular'))).toBe(true);
  });

  it('names an unknown scene and the scenes the dataset has (exit 2)', () => {
    const run = render(
      'data/azerbaijan-israel-usa.json',
      '--handout',
      join(out, 'x.pdf'),
      '--scene',
      'nope',
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      '--scene "nope" is not a scene of data/azerbaijan-israel-usa.json (overview, energy, arms',
    );
  });

  it('says where it cannot write, and why (exit 1)', () => {
    const run = render(
      'tests/fixtures/valid-minimal.json',
      '--handout',
      join(out, 'no-such-folder', 'x.pdf'),
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${join(out, 'no-such-folder', 'x.pdf')}  error: cannot write the file (ENOENT).`,
    );
  });

  it('prints the validator’s located messages for an invalid dataset (exit 1)', () => {
    const bad = join(out, 'bad.json');
    const data = JSON.parse(readFileSync('tests/fixtures/valid-minimal.json', 'utf8')) as {
      ties: { layer: string }[];
    };
    data.ties[0]!.layer = 'no-such-layer';
    writeFileSync(bad, JSON.stringify(data));
    const run = render(bad, '--handout', join(out, 'bad.pdf'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/bad\.json {2}\$\.ties\[0\]\.layer {2}error: /);
    expect(run.stderr).toContain('INVALID, nothing rendered.');
  });

  it('refuses a handout that is not a .pdf, one with --out, and the view options (exit 2)', () => {
    expect(
      render('tests/fixtures/valid-minimal.json', '--handout', join(out, 'x.png')).stderr,
    ).toContain('--handout must name a .pdf file');
    expect(
      render(
        'tests/fixtures/valid-minimal.json',
        '--handout',
        join(out, 'x.pdf'),
        '--out',
        join(out, 'x.svg'),
      ).status,
    ).toBe(2);
    const run = render(
      'tests/fixtures/valid-minimal.json',
      '--handout',
      join(out, 'x.pdf'),
      '--layers',
      'arms',
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--layers does not apply to --handout');
  });

  it('names the Debian package when a font is missing, never a crash (exit 1)', () => {
    const empty = mkdtempSync(join(out, 'fonts-'));
    const run = runCliWithEnv(
      { TIES_MAP_FONT_DIR: empty },
      'tests/fixtures/valid-minimal.json',
      '--handout',
      join(out, 'nofont.pdf'),
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('NotoSans-Regular.ttf');
    expect(run.stderr).toContain('fonts-noto-core');
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

function runCliWithEnv(env: Record<string, string>, ...args: string[]) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    return render(...args);
  } finally {
    for (const key of Object.keys(env)) if (saved[key] === undefined) delete process.env[key];
  }
}
