/** The slide PNG export. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { countColour, distinctColours, mount, nextEvent, shadow } from '../helpers.ts';
import { SHIPPED_URL } from './steps-expectation.ts';

beforeEach(async () => {
  await page.viewport(1280, 900);
});
afterEach(() => {
  document.body.replaceChildren();
});

// ---- slide export ----------------------------------------------------------------------------

describe('slide PNG export', () => {
  it('gives a PNG at twice the map size, with title band, layer and width keys, that is not blank', async () => {
    const { el } = mount((e) => (e.src = SHIPPED_URL), { width: 1000, height: 560 });
    await nextEvent(el, 'ties-drawn');
    const drawn = nextEvent(el, 'ties-drawn');
    el.setAttribute('scene', 'gaza-isf');
    await drawn;

    const blob = await el.toPNG();
    expect(blob).toBeInstanceOf(Blob);
    expect(blob!.type).toBe('image/png');
    const bitmap = await createImageBitmap(blob!);

    // export-png.ts: the map picture at 2× its CSS size, a title band (and the scene's caption)
    // above it and the legend and credit lines below, type sized as a share of the width.
    const gl = shadow(el).querySelector<HTMLElement>('.gl')!;
    const mapWidth = gl.clientWidth,
      mapHeight = gl.clientHeight;
    expect(mapWidth).toBeGreaterThan(500);
    expect(bitmap.width).toBe(2 * mapWidth);
    const bands = bitmap.height - 2 * mapHeight;
    expect(bands, `height ${bitmap.height}`).toBeGreaterThan(0.08 * bitmap.width);
    expect(bands, `height ${bitmap.height}`).toBeLessThan(0.35 * bitmap.width);

    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const titleBand = Math.round(0.045 * bitmap.width);
    const all = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const title = ctx.getImageData(0, 0, canvas.width, titleBand);
    const picture = ctx.getImageData(
      0,
      Math.round(bitmap.height / 2 - mapHeight / 2),
      canvas.width,
      mapHeight,
    );
    const footerTop = titleBand + 2 * mapHeight;
    const footer = ctx.getImageData(0, footerTop, canvas.width, canvas.height - footerTop);
    const lastLine = ctx.getImageData(
      0,
      canvas.height - Math.round(0.02 * bitmap.width),
      canvas.width,
      Math.round(0.02 * bitmap.width),
    );
    expect(distinctColours(all)).toBeGreaterThan(100);
    expect(distinctColours(picture)).toBeGreaterThan(60);
    // The title band and the last credit line carry text: more than their background colour.
    expect(distinctColours(title)).toBeGreaterThan(4);
    expect(distinctColours(lastLine)).toBeGreaterThan(4);

    // The legend shows the visible layer's colour (the scene shows only diplomatic ties), not a hidden one's.
    const colourOf = (layer: string) =>
      shadow(el).querySelector(`button[data-layer="${layer}"] rect`)!.getAttribute('fill')!;
    expect(colourOf('diplomatic')).toMatch(/^#[0-9a-f]{6}$/i);
    expect(countColour(footer, colourOf('diplomatic'), 12)).toBeGreaterThan(50);
    expect(countColour(footer, colourOf('energy'), 12)).toBeLessThan(10);

    // Under the layer key, the width key: the visible layer's widest stroke per unit, in rows of
    // their own, so the footer has the layer's colour in more than one horizontal band.
    const colourBands = (pixels: ImageData, hex: string) => {
      let bands = 0,
        inBand = false;
      for (let y = 0; y < pixels.height; y++) {
        const row = new ImageData(
          pixels.data.slice(y * pixels.width * 4, (y + 1) * pixels.width * 4),
          pixels.width,
          1,
        );
        const has = countColour(row, hex, 12) > 20;
        if (has && !inBand) bands++;
        inBand = has;
      }
      return bands;
    };
    expect(colourBands(footer, colourOf('diplomatic'))).toBeGreaterThanOrEqual(2);
  });

  it('draws the leader lines the element draws, joining displaced labels to their actors', async () => {
    const { el } = mount((e) => (e.src = SHIPPED_URL), { width: 1000, height: 560 });
    await nextEvent(el, 'ties-drawn');
    const lines = [...shadow(el).querySelectorAll<SVGLineElement>('svg.leaders line')];
    expect(lines.length).toBeGreaterThan(0);
    const [r = 0, g = 0, b = 0] = (getComputedStyle(lines[0] ?? el).stroke.match(/\d+/g) ?? []).map(
      Number,
    );
    const hex = `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;

    const blob = await el.toPNG();
    const bitmap = await createImageBitmap(blob ?? new Blob());
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const ctx = canvas.getContext('2d');
    ctx?.drawImage(bitmap, 0, 0);
    // export-png.ts: with no caption the map starts under the title band (1.9 × the 2.4 % title type), at 2×.
    const header = Math.round(Math.round(0.024 * bitmap.width) * 1.9);
    // Along each leader (away from its ends, which the label and the marker cover), the line's colour.
    let samples = 0,
      drawn = 0;
    for (const line of lines) {
      const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((name) =>
        Number(line.getAttribute(name)),
      );
      for (const t of [0.3, 0.5, 0.7]) {
        const x = Math.round(2 * ((x1 ?? 0) + t * ((x2 ?? 0) - (x1 ?? 0)))),
          y = Math.round(header + 2 * ((y1 ?? 0) + t * ((y2 ?? 0) - (y1 ?? 0))));
        const around = ctx?.getImageData(x - 2, y - 2, 5, 5);
        samples++;
        if (around && countColour(around, hex, 40) > 0) drawn++;
      }
    }
    expect(
      drawn / samples,
      `${drawn} of ${samples} points along ${lines.length} leaders`,
    ).toBeGreaterThan(0.8);
  });
});

describe('slide PNG export right to left', () => {
  /** Each text the slide writes, with where and how it is anchored, as the canvas is asked. */
  async function slideTexts(
    lang: string,
  ): Promise<{ text: string; x: number; align: CanvasTextAlign; width: number }[]> {
    const { el } = mount(
      (e) => {
        e.lang = lang;
        e.src = SHIPPED_URL;
      },
      { width: 1000, height: 560 },
    );
    // Drawn, and in the reader's language (its messages load on first use).
    await Promise.all([nextEvent(el, 'ties-ready'), nextEvent(el, 'ties-drawn')]);
    await el.updateComplete;
    const calls: { text: string; x: number; align: CanvasTextAlign; width: number }[] = [];
    const original = CanvasRenderingContext2D.prototype.fillText;
    const spy = vi
      .spyOn(CanvasRenderingContext2D.prototype, 'fillText')
      .mockImplementation(function (
        this: CanvasRenderingContext2D,
        text: string,
        x: number,
        y: number,
        maxWidth?: number,
      ) {
        calls.push({ text, x, align: this.textAlign, width: this.canvas.width });
        if (maxWidth === undefined) original.call(this, text, x, y);
        else original.call(this, text, x, y, maxWidth);
      });
    try {
      expect(await el.toPNG()).toBeInstanceOf(Blob);
    } finally {
      spy.mockRestore();
    }
    return calls;
  }

  it('mirrors the legend and the title in Arabic: entries from the right margin, text right-aligned before its swatch', async () => {
    const ar = await slideTexts('ar');
    const layer = ar.find((c) => c.text.startsWith('الطاقة ('))!;
    expect(layer, JSON.stringify(ar.map((c) => c.text))).toBeTruthy();
    expect(layer.align).toBe('right');
    // Right of it only the layer's swatch and the margin.
    expect(layer.x).toBeGreaterThan(layer.width * 0.9);
    const title = ar.find((c) => c.text === 'أذربيجان وإسرائيل والولايات المتحدة')!;
    expect(title.align).toBe('right');
    expect(title.x).toBeGreaterThan(title.width * 0.95);
  });

  it('keeps the English legend left to right', async () => {
    const en = await slideTexts('en');
    const layer = en.find((c) => c.text.startsWith('Energy ('))!;
    expect(layer.align).toBe('left');
    expect(layer.x).toBeLessThan(layer.width * 0.1);
  });
});
