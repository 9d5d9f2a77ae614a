/**
 * The presenter console from the published build: on the example article served from dist/, the
 * map's "Presenter console" opens a window that loads its own script
 * (dist/assets/console-window-*.js) by its URL and shows the map's notes, and a step taken there
 * moves the article's map.
 */
import { execFileSync } from 'node:child_process';
import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.ts';
import { chromiumArgs, chromiumPath } from '../../vite.config.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const shipped = JSON.parse(readFileSync(`${ROOT}data/azerbaijan-israel-usa.json`, 'utf8')) as {
  scenes: { id: string; notes: string }[];
};
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  server = await serve(ROOT);
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/**
 * Opens the console from the map `selector` names in `frame`, steps to `scene` from the console,
 * and waits for the map to follow; the console's page is returned. A frame Chromium does not paint
 * may run no animation frame, so inside an iframe the waits check on a timer, as the publishing
 * tests do.
 */
async function stepFromConsole(
  context: BrowserContext,
  frame: Frame,
  selector: string,
  scene: string,
  errors: string[],
): Promise<Page> {
  const wait =
    frame === frame.page().mainFrame()
      ? { timeout: 60_000 }
      : ({ timeout: 60_000, polling: 100 } as const);
  await frame.waitForFunction(
    (sel) => document.querySelector(sel)?.shadowRoot?.querySelector('.console-button') != null,
    selector,
    wait,
  );
  const popup = context.waitForEvent('page');
  await frame.evaluate(
    (sel) =>
      document
        .querySelector(sel)!
        .shadowRoot!.querySelector<HTMLButtonElement>('.console-button')!
        .click(),
    selector,
  );
  const consolePage = await popup;
  consolePage.on('pageerror', (e) => errors.push(`console: ${e.message}`));
  await consolePage.waitForFunction(
    () => document.querySelector('ties-console')?.shadowRoot?.querySelector('ol button') != null,
    undefined,
    { timeout: 60_000 },
  );
  await consolePage.evaluate(
    (id) =>
      document
        .querySelector('ties-console')!
        .shadowRoot!.querySelector<HTMLButtonElement>(`button[data-scene="${id}"]`)!
        .click(),
    scene,
  );
  await frame.waitForFunction(
    ([sel, id]) =>
      (document.querySelector(sel!) as unknown as { view: { step: string | null } }).view.step ===
      id,
    [selector, scene],
    wait,
  );
  return consolePage;
}

describe('the presenter console from dist/', () => {
  it("opens from the article, runs on its own script from dist/, and steps the article's map", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/examples/cms-article.html`);
    const consolePage = await stepFromConsole(context, page.mainFrame(), '#ties', 'arms', errors);
    const notes = await consolePage.evaluate(
      () =>
        document.querySelector('ties-console')!.shadowRoot!.querySelector('[part="notes"]')!
          .textContent,
    );
    expect(notes).toContain(shipped.scenes.find((s) => s.id === 'arms')!.notes.split('\n\n')[0]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens from the iframe embed (dist/embed.html) and steps the framed map', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/examples/iframe-article.html`);
    const iframe = await page.waitForSelector('iframe.ties-embed');
    await iframe.scrollIntoViewIfNeeded();
    await stepFromConsole(context, (await iframe.contentFrame())!, 'ties-map', 'energy', errors);
    expect(errors).toEqual([]);
    await context.close();
  });
});
