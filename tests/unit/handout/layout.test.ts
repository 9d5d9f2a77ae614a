/**
 * The handout's pages as the lines it draws: each scene's title, picture, notes, call-outs and
 * the quotes of its ties, wrapped inside the page and carried onto continuation pages.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  A4,
  footerLines,
  handoutScene,
  layoutHandout,
  wrap,
  type HandoutScene,
} from '../../../src/cli/handout/layout.ts';
import { parseDataset } from '../../../src/data/index.ts';
import { stringsFor } from '../../../src/text/strings.ts';

const { dataset } = parseDataset(
  readFileSync(new URL('../../../data/azerbaijan-israel-usa.json', import.meta.url), 'utf8'),
);
if (!dataset) throw new Error('the shipped dataset does not parse');
const strings = stringsFor('en');
// A font whose every character is half its size wide: the layout's arithmetic, without a font file.
const measure = (text: string, size: number, bold: boolean) =>
  [...text].length * size * (bold ? 0.55 : 0.5);

const scenes: HandoutScene[] = dataset.scenes.map((step) =>
  handoutScene(
    dataset,
    step,
    {
      tieIds: dataset.ties.map((t) => t.id),
      callouts: (dataset.annotations ?? [])
        .filter((a) => a.scenes?.includes(step.id))
        .map((a, i) => ({ number: i + 1, text: a.text })),
      credit: 'Sources: … · Base map: Natural Earth · Borders: de facto',
      picture: { width: 1280, height: 720 },
    },
    strings,
    undefined,
  ),
);
const pages = layoutHandout(scenes, measure, strings, { rtl: false });
const textOf = (scene: number) =>
  pages
    .filter((p) => p.scene === scene)
    .flatMap((p) => p.lines.map((l) => l.text))
    .join(' ');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('handout layout', () => {
  it('gives each scene a first page with its picture, then continuation pages in scene order', () => {
    expect(pages.filter((p) => p.picture).map((p) => p.scene)).toEqual(
      dataset.scenes.map((_, i) => i),
    );
    expect(pages.map((p) => p.scene)).toEqual([...pages.map((p) => p.scene)].sort((a, b) => a - b));
    // The overview lists every tie drawn: more than one page.
    expect(pages.filter((p) => p.scene === 0).length).toBeGreaterThan(1);
    const continued = pages.find((p, i) => i > 0 && p.scene === pages[i - 1]!.scene)!;
    expect(continued.lines[0]!.text).toBe(`${dataset.scenes[continued.scene]!.title} (continued)`);
  });

  it('holds each scene’s title, caption, notes, call-outs and the verbatim quotes of its highlighted ties', () => {
    dataset.scenes.forEach((step, i) => {
      const text = squash(textOf(i));
      expect(text).toContain(step.title);
      if (step.caption) expect(text).toContain(squash(step.caption));
      for (const paragraph of (step.notes ?? '').split(/\n\s*\n/))
        expect(text).toContain(squash(paragraph));
      for (const id of step.ties ?? []) {
        const tie = dataset.ties.find((t) => t.id === id)!;
        expect(text).toContain(squash(`“${tie.evidence[0]!.quote}”`));
      }
    });
    // The Gaza scene's call-outs, numbered as on the map.
    const gaza = squash(textOf(dataset.scenes.findIndex((s) => s.id === 'gaza-isf')));
    expect(gaza).toContain('Call-outs on the map');
    expect(gaza).toMatch(/1\. \S/);
    expect(gaza).toMatch(/2\. \S/);
    // A highlighting scene lists its own ties, not every tie of the dataset.
    expect(scenes[2]!.ties.map((t) => t.summary)).toEqual([
      dataset.ties.find((t) => t.id === 'isr-aze-arms-share-2016-2020')!.summary,
    ]);
  });

  it('keeps every line inside the page: within the margins, above the footer', () => {
    for (const page of pages) {
      for (const line of page.lines) {
        expect(line.x + measure(line.text, line.size, line.bold)).toBeLessThanOrEqual(
          A4.width - A4.margin + 0.01,
        );
        expect(line.x).toBeGreaterThanOrEqual(A4.margin);
        expect(line.y).toBeGreaterThan(A4.margin + 40);
        expect(line.y).toBeLessThan(A4.height - A4.margin);
      }
      if (page.picture)
        expect(page.lines.every((l) => l.y > page.picture!.y || l.y < page.picture!.y)).toBe(true);
    }
  });

  it('sets a right-to-left handout from the right margin, and an English paragraph in it from the left', () => {
    const ar = layoutHandout([{ ...scenes[1]!, title: 'النفط لإسرائيل' }], measure, strings, {
      rtl: true,
    });
    const title = ar[0]!.lines[0]!;
    expect(title).toMatchObject({ text: 'النفط لإسرائيل', rtl: true, x: A4.width - A4.margin });
    const quote = ar.flatMap((p) => p.lines).find((l) => l.text.startsWith('“'))!;
    expect(quote.rtl).toBe(false);
    expect(quote.x).toBeLessThan(A4.width / 2);
  });

  it('wraps at spaces, breaks a URL longer than a line, and numbers the footer', () => {
    const lines = wrap(
      'one two three https://example.org/a/very/long/path/that/does/not/fit',
      20,
      (t) => t.length,
    );
    expect(lines[0]).toBe('one two three');
    expect(lines.slice(1).join('')).toBe('https://example.org/a/very/long/path/that/does/not/fit');
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    const footer = footerLines('Sources: x · Borders: de facto', 3, 24, measure, strings, {
      rtl: false,
    });
    expect(footer.map((l) => l.text).join(' ')).toBe(
      'Sources: x · Borders: de facto · Page 3 of 24',
    );
  });
});
