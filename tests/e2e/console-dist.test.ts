/**
 * The presenter console from the published build: on the example article served from dist/, the
 * map's "Presenter console" opens a window that loads dist/ties-map.js by its URL and shows the
 * map's notes, and a step taken there moves the article's map.
 */
import { execFileSync } from 'node:child_process';
import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
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

describe('the presenter console from dist/', () => {
  it("opens from the article, runs on dist/ties-map.js, and steps the article's map", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/examples/cms-article.html`);
    await page.waitForFunction(
      () => document.getElementById('ties')?.shadowRoot?.querySelector('.console-button') != null,
      undefined,
      { timeout: 60_000 },
    );
    const popup = context.waitForEvent('page');
    await page.evaluate(() =>
      document
        .getElementById('ties')!
        .shadowRoot!.querySelector<HTMLButtonElement>('.console-button')!
        .click(),
    );
    const consolePage = await popup;
    consolePage.on('pageerror', (e) => errors.push(`console: ${e.message}`));
    await consolePage.waitForFunction(
      () => document.querySelector('ties-console')?.shadowRoot?.querySelector('ol button') != null,
      undefined,
      { timeout: 60_000 },
    );
    await consolePage.evaluate(() =>
      document
        .querySelector('ties-console')!
        .shadowRoot!.querySelector<HTMLButtonElement>('button[data-scene="arms"]')!
        .click(),
    );
    await page.waitForFunction(
      () =>
        (document.getElementById('ties') as unknown as { view: { step: string | null } }).view
          .step === 'arms',
    );
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
    const frame = (await iframe.contentFrame())!;
    // A frame Chromium does not paint may run no animation frame: wait on a timer, as the
    // publishing tests do.
    await frame.waitForFunction(
      () =>
        document.querySelector('ties-map')?.shadowRoot?.querySelector('.console-button') != null,
      undefined,
      { timeout: 60_000, polling: 100 },
    );
    const popup = context.waitForEvent('page');
    await frame.evaluate(() =>
      document
        .querySelector('ties-map')!
        .shadowRoot!.querySelector<HTMLButtonElement>('.console-button')!
        .click(),
    );
    const consolePage = await popup;
    consolePage.on('pageerror', (e) => errors.push(`console: ${e.message}`));
    await consolePage.waitForFunction(
      () => document.querySelector('ties-console')?.shadowRoot?.querySelector('ol button') != null,
      undefined,
      { timeout: 60_000 },
    );
    await consolePage.evaluate(() =>
      document
        .querySelector('ties-console')!
        .shadowRoot!.querySelector<HTMLButtonElement>('button[data-scene="energy"]')!
        .click(),
    );
    await frame.waitForFunction(
      () =>
        (document.querySelector('ties-map') as unknown as { view: { step: string | null } }).view
          .step === 'energy',
      undefined,
      { timeout: 60_000, polling: 100 },
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
