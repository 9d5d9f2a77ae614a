/**
 * The SVG picture where WebGL cannot help (issue 16), on the example article served from dist/:
 * in a Chromium launched with --disable-3d-apis the maps draw as SVG and a click on a line opens
 * its evidence card, with nothing alarming said; printed (print emulation, then page.pdf) a WebGL
 * map shows as the SVG picture, its shapes as vector paths in the PDF; the picture's code loads
 * only when a page prints or exports.
 */
import { execFileSync } from 'node:child_process';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.ts';
import { chromiumArgs, chromiumPath } from '../../vite.config.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let server: Server;
let origin: string;
const browsers: Browser[] = [];

beforeAll(async () => {
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  server = await serve(ROOT);
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await Promise.all(browsers.map((b) => b.close()));
  server?.close();
});

async function launch(extraArgs: string[] = []): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, ...extraArgs],
  });
  browsers.push(browser);
  return browser;
}

/** Records every element event from before the page's scripts run. */
function record(): void {
  const w = window as unknown as { __events: { type: string; id: string; detail: unknown }[] };
  w.__events = [];
  for (const type of ['ties-drawn', 'ties-error', 'ties-select']) {
    document.addEventListener(
      type,
      (e) =>
        w.__events.push({ type, id: (e.target as Element).id, detail: (e as CustomEvent).detail }),
      true,
    );
  }
}

type Recorded = { type: string; id: string; detail: unknown }[];
const events = (page: Page) =>
  page.evaluate(() => (window as unknown as { __events: Recorded }).__events);

async function openArticle(
  browser: Browser,
  rewrite: (html: string) => string = (h) => h,
  before: (page: Page) => Promise<void> = async () => {},
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(record);
  await before(page);
  await page.route('**/examples/cms-article.html', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: rewrite(await response.text()) });
  });
  await page.goto(`${origin}/examples/cms-article.html`);
  return page;
}

function drawnBy(page: Page, id: string, renderer: string): Promise<unknown> {
  return page.waitForFunction(
    ([id, renderer]) =>
      (window as unknown as { __events: Recorded }).__events.some(
        (e) =>
          e.type === 'ties-drawn' &&
          e.id === id &&
          (e.detail as { renderer: string }).renderer === renderer,
      ),
    [id, renderer],
    { timeout: 60_000 },
  );
}

describe('without WebGL (--disable-3d-apis)', () => {
  it('draws both maps as SVG, says nothing alarming, and opens the card from a click on a line', async () => {
    const page = await openArticle(await launch(['--disable-3d-apis']));
    expect(
      await page.evaluate(() => document.createElement('canvas').getContext('webgl2')),
    ).toBeNull();
    await drawnBy(page, 'ties', 'svg');
    // The second map starts as the reader nears it.
    await page.evaluate(() => document.getElementById('isf')!.scrollIntoView({ block: 'center' }));
    await drawnBy(page, 'isf', 'svg');
    // The first point along an edge (the Israel → Azerbaijan arms line first) where the SVG line
    // itself is under the pointer (not a label, a figure, nor the keyboard handle at its cue).
    const target = await page.evaluate(() => {
      const el = document.getElementById('ties') as HTMLElement & {
        derived: { scene: { edges: { id: string; tieIds: string[]; path: [number, number][] }[] } };
        mapRenderer: { project(p: [number, number]): { x: number; y: number } };
      };
      el.scrollIntoView({ block: 'center' });
      const edges = [...el.derived.scene.edges].sort(
        (a, b) => Number(b.id === 'ISR>AZE:arms') - Number(a.id === 'ISR>AZE:arms'),
      );
      const box = el.shadowRoot!.querySelector('.gl')!.getBoundingClientRect();
      for (const edge of edges) {
        for (const lonLat of edge.path.slice(1, -1)) {
          const point = el.mapRenderer.project(lonLat);
          const x = box.x + point.x,
            y = box.y + point.y;
          if (
            el
              .shadowRoot!.elementFromPoint(x, y)
              ?.closest('svg [data-edge-id]')
              ?.getAttribute('data-edge-id') === edge.id
          )
            return { x, y, tieIds: edge.tieIds };
        }
      }
      return null;
    });
    expect(target).not.toBeNull();
    if (!target) return;
    await page.mouse.click(target.x, target.y);
    await page.waitForFunction(() =>
      document
        .getElementById('ties')!
        .shadowRoot!.querySelector('[part="evidence"][role="dialog"]'),
    );
    const card = await page.evaluate(() =>
      document
        .getElementById('ties')!
        .shadowRoot!.querySelector('[part="evidence"]')!
        .getAttribute('data-tie-ids'),
    );
    expect(card!.split(' ')).toEqual(target.tieIds);
    const recorded = await events(page);
    expect(recorded.filter((e) => e.type === 'ties-select')).toEqual([
      { type: 'ties-select', id: 'ties', detail: { ties: target.tieIds } },
    ]);
    expect(recorded.filter((e) => e.type === 'ties-error')).toEqual([]);
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('ties-map')].map((el) =>
          el.shadowRoot!.querySelector('[part="map-status"]'),
        ),
      ),
    ).toEqual([null, null]);
    await page.close();
  });
});

/** Path segments (`l`, `c` operators) drawn in the PDF's content streams. */
function pdfPathSegments(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  let segments = 0;
  for (const match of text.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1');
    } catch {
      continue; // an image or a font, not content
    }
    segments += content.match(/ [lc]\n/g)?.length ?? 0;
  }
  return segments;
}

describe('print', () => {
  it('loads no export code for a page view that shows the SVG picture, and prints that picture once printing starts', async () => {
    const page = await openArticle(
      await launch(),
      (h) => h,
      async (p) => {
        await p.addInitScript(() => {
          const w = window as unknown as { __exportChunks: string[] };
          w.__exportChunks = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries())
              if (/\/chunks\/export-/.test(entry.name))
                w.__exportChunks.push(entry.name.replace(/.*\/chunks\//, ''));
          }).observe({ type: 'resource', buffered: true });
        });
      },
    );
    await drawnBy(page, 'ties', 'svg');
    await page.evaluate(() => document.getElementById('isf')!.scrollIntoView());
    await drawnBy(page, 'isf', 'svg');
    const exportChunks = () =>
      page.evaluate(() => (window as unknown as { __exportChunks: string[] }).__exportChunks);
    // Two frames after both drew: where the picture's code loaded on every draw, it was asked for by now.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    expect(await exportChunks()).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('ties-map')].every((el) =>
          el.shadowRoot!.querySelector('.print-picture svg [data-edge-id]'),
        ),
      undefined,
      { timeout: 60_000 },
    );
    expect((await exportChunks()).some((name) => name.startsWith('export-svg-'))).toBe(true);
    const map = await page.evaluate(
      () =>
        getComputedStyle(document.getElementById('ties')!.shadowRoot!.querySelector('.map')!)
          .display,
    );
    expect(map).toBe('none');
    await page.close();
  });

  it('prints a WebGL map as the SVG picture (page.pdf): the picture shown instead of the canvas, vector paths in the PDF, also when printing starts before its code has arrived', async () => {
    // Hold the picture's chunk until printing has begun: the print that starts right as the map
    // draws, which CI once hit by chance, made certain.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let requested!: () => void;
    const chunkRequested = new Promise<void>((resolve) => (requested = resolve));
    const page = await openArticle(
      await launch(),
      (h) => h.replace('<ties-map id="ties" ', '<ties-map id="ties" renderer="webgl" '),
      async (p) => {
        await p.route('**/chunks/export-svg-*.js', async (route) => {
          requested();
          await held;
          await route.continue();
        });
      },
    );
    await page.evaluate(() => document.getElementById('ties')!.scrollIntoView());
    await drawnBy(page, 'ties', 'webgl');
    await chunkRequested;
    // The element hears print media turn on in the next rendering step, before a listener added
    // later: once this one has heard it, so has the element.
    await page.evaluate(() => {
      const w = window as unknown as { __print: Promise<void> };
      w.__print = new Promise((resolve) =>
        matchMedia('print').addEventListener('change', (e) => e.matches && resolve()),
      );
    });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => (window as unknown as { __print: Promise<void> }).__print);
    // Until the picture can be built, print shows the live map rather than an empty frame.
    const early = await page.evaluate(() => {
      const root = document.getElementById('ties')!.shadowRoot!;
      return {
        map: getComputedStyle(root.querySelector('.map')!).display,
        picture: getComputedStyle(root.querySelector('.print-picture')!).display,
      };
    });
    expect(early).toEqual({ map: 'block', picture: 'none' });
    release();
    await page.waitForFunction(() =>
      document.getElementById('ties')!.shadowRoot!.querySelector('.print-picture svg'),
    );
    // What the printed page shows (print media applied; the picture stays through page.pdf).
    const shown = await page.evaluate(() => {
      const root = document.getElementById('ties')!.shadowRoot!;
      const picture = root.querySelector('.print-picture')!;
      return {
        map: getComputedStyle(root.querySelector('.map')!).display,
        picture: getComputedStyle(picture).display,
        edges: picture.querySelectorAll('[data-edge-id]').length,
        labels: [...picture.querySelectorAll('text')].map((t) => t.textContent),
        width: picture.getBoundingClientRect().width,
        table: getComputedStyle(root.querySelector('.table-wrap')!).position,
      };
    });
    expect(shown.map).toBe('none');
    expect(shown.picture).toBe('block');
    expect(shown.edges).toBeGreaterThan(5);
    // The hub's own label keeps its spot in the article's narrow column (the arrival rings leave it free).
    expect(shown.labels).toEqual(expect.arrayContaining(['Azerbaijan', 'Israel', 'Gaza']));
    expect(shown.labels.length).toBeGreaterThan(10);
    expect(shown.width).toBeGreaterThan(300);
    expect(shown.table).toBe('static'); // the table, hidden from sight on screen, prints
    const pdf = await page.pdf({ format: 'A4' });
    // The base map alone is thousands of segments; a canvas prints as one image.
    expect(pdfPathSegments(pdf)).toBeGreaterThan(2000);
    await page.close();
  });
});
