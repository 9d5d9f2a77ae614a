/**
 * The standalone SVG in a right-to-left language (`npm run render -- --lang ar`, the element's
 * `toSVG()`): the legend's entries read from the right, each with its text before its swatch in
 * reading order, and no Arabic or Hebrew text is set in italic, which no system face carries for
 * those scripts (resvg fell back to a monospaced face).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage } from '../../../src/text/languages.ts';
import type { SvgNode } from '../../../src/render/svg/tree.ts';
import { renderScenario } from './helpers.ts';

const SHIPPED = 'data/azerbaijan-israel-usa.json';
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const WIDTH = 1280;

const textOf = (node: SvgNode | string): string =>
  typeof node === 'string' ? node : node.children.map(textOf).join('');

/** Every `<text>` with the font style it is drawn in (its own, else inherited). */
function texts(
  node: SvgNode,
  inherited: string | undefined = undefined,
): { node: SvgNode; style: string | undefined }[] {
  const own = node.attrs['font-style'];
  const style = typeof own === 'string' ? own : inherited;
  if (node.tag === 'text') return [{ node, style }];
  return node.children.flatMap((child) => (typeof child === 'string' ? [] : texts(child, style)));
}

function find(node: SvgNode, test: (n: SvgNode) => boolean): SvgNode | undefined {
  if (test(node)) return node;
  for (const child of node.children) {
    if (typeof child === 'string') continue;
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

/** The first layer entry of the legend: its swatch's span and its text's anchor point. */
function firstLayerEntry(root: SvgNode) {
  const legend = find(root, (n) => n.attrs['class'] === 'legend')!;
  const [swatch, label] = legend.children as SvgNode[];
  const [, x, , w] = /^M([\d.-]+) ([\d.-]+)h([\d.-]+)$/
    .exec(String(swatch!.attrs['d']))!
    .map(Number);
  return {
    swatchLeft: x!,
    swatchRight: x! + w!,
    textX: Number(label!.attrs['x']),
    anchor: label!.attrs['text-anchor'],
    label: textOf(label!),
  };
}

const render = (lang: string) =>
  renderScenario(SHIPPED, { width: WIDTH, height: 800, shapes: [], lang }).node;

beforeAll(async () => {
  await Promise.all(['ar', 'he', 'fa'].map(loadLanguage));
});

describe('the standalone SVG right to left', () => {
  it('keeps the English legend left to right: swatch, then its text', () => {
    const entry = firstLayerEntry(render('en'));
    expect(entry.anchor).toBeUndefined();
    expect(entry.textX).toBeGreaterThan(entry.swatchRight);
    expect(entry.swatchLeft).toBeLessThan(WIDTH / 2);
  });

  for (const lang of ['ar', 'he', 'fa']) {
    it(`${lang}: mirrors the legend (entries from the right margin, text right-aligned before its swatch) and the title`, () => {
      const root = render(lang);
      const entry = firstLayerEntry(root);
      // The first entry sits at the right margin, its swatch rightmost, its text ending left of it.
      expect(entry.swatchRight).toBeGreaterThan(WIDTH * 0.95);
      expect(entry.anchor).toBe('end');
      expect(entry.textX).toBeLessThan(entry.swatchLeft);
      const title = find(root, (n) => n.tag === 'text' && n.attrs['font-weight'] === '700')!;
      expect(title.attrs['text-anchor']).toBe('end');
      expect(Number(title.attrs['x'])).toBeGreaterThan(WIDTH * 0.95);
    });

    it(`${lang}: sets no Arabic or Hebrew text in italic, the tentative figures included`, () => {
      const all = texts(render(lang));
      const slanted = all.filter(
        (t) => RTL_LETTER.test(textOf(t.node)) && (t.style === 'italic' || t.style === 'oblique'),
      );
      expect(slanted.map((t) => textOf(t.node))).toEqual([]);
      // Indonesia's offer of troops is potential: a tentative figure, italic in English, upright here.
      const offer = all.find((t) => textOf(t.node).includes('prepared to dispatch'));
      expect(offer?.style).toBe('normal');
    });
  }

  it("keeps an English picture's tentative figures italic", () => {
    const offer = texts(render('en')).find((t) => textOf(t.node).includes('prepared to dispatch'));
    expect(offer?.style).toBe('italic');
  });
});

describe('the credit line as resvg sets it', () => {
  for (const lang of ['ar', 'he']) {
    it(`stays inside a narrow ${lang} picture (no word past its left edge)`, async () => {
      const { svg, node } = renderScenario(SHIPPED, { lang, width: 400, height: 800 });
      const credit: number[] = [];
      const walk = (n: SvgNode): void => {
        if (n.attrs['class'] === 'credit') credit.push(Number(n.attrs['y']));
        for (const child of n.children) if (typeof child !== 'string') walk(child);
      };
      walk(node);
      expect(credit.length).toBeGreaterThan(1);
      const { Resvg } = await import('@resvg/resvg-js');
      const image = new Resvg(svg, {
        fitTo: { mode: 'original' },
        font: { loadSystemFonts: true, sansSerifFamily: 'Liberation Sans' },
      }).render();
      // The two leftmost columns, over the credit lines' rows, hold only the picture's paper.
      const dark: number[] = [];
      for (let y = Math.floor(Math.min(...credit) - 12); y <= Math.max(...credit) + 4; y++) {
        for (let x = 0; x < 2; x++) {
          const i = (y * image.width + x) * 4;
          if (image.pixels[i]! < 160) dark.push(y);
        }
      }
      expect(dark).toEqual([]);
    });
  }
});
