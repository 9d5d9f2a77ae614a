/**
 * The offline briefing file (`npm run briefing`), opened as a briefing-room machine would: from
 * file:// with every network request refused. It reaches ties-ready, draws its SVG picture, steps
 * through the scenes with the clicker keys, and opens the presenter console as a second window of
 * the same file that steps with it; nothing is ever requested.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../vite.config.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const shipped = JSON.parse(readFileSync(join(ROOT, 'data/azerbaijan-israel-usa.json'), 'utf8')) as {
  scenes: { id: string; notes: string }[];
};
let file: string;
let browser: Browser;

beforeAll(async () => {
  file = join(mkdtempSync(join(tmpdir(), 'briefing-')), 'briefing.html');
  execFileSync(
    process.execPath,
    [
      'node_modules/tsx/dist/cli.mjs',
      'src/cli/briefing.ts',
      'data/azerbaijan-israel-usa.json',
      '--out',
      file,
      '--scene',
      'overview',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
});

describe('the offline briefing file', () => {
  it('is one file under 1.5 MB', () => {
    expect(statSync(file).size).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('opens from file:// with all network refused, steps with the clicker keys, and its console steps with it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const requests: string[] = [];
    const url = pathToFileURL(file).href;
    context.on('request', (request) => {
      if (request.url().split('#')[0] !== url) requests.push(request.url());
    });
    // Every request refused but the file itself (and its own second window).
    await context.route('**/*', (route) =>
      route.request().url().split('#')[0] === url ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      document.addEventListener(
        'ties-ready',
        () => ((window as unknown as { __ready: boolean }).__ready = true),
        true,
      );
      document.addEventListener(
        'ties-drawn',
        (e) => ((window as unknown as { __drawn: unknown }).__drawn = (e as CustomEvent).detail),
        true,
      );
    });
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
    await page.waitForFunction(
      () => (window as unknown as { __drawn?: unknown }).__drawn !== undefined,
    );
    expect(
      await page.evaluate(
        () => (window as unknown as { __drawn: { renderer: string } }).__drawn.renderer,
      ),
    ).toBe('svg');
    const step = () =>
      page.evaluate(
        () =>
          (document.querySelector('ties-map') as unknown as { view: { step: string | null } }).view
            .step,
      );
    expect(await step()).toBe('overview');

    // The clicker keys (as in presenter mode).
    await page.evaluate(
      () =>
        ((document.querySelector('ties-map') as unknown as { presenter: boolean }).presenter =
          true),
    );
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      () =>
        (document.querySelector('ties-map') as unknown as { view: { step: string } }).view.step ===
        'energy',
    );
    await page.keyboard.press('PageDown');
    await page.waitForFunction(
      () =>
        (document.querySelector('ties-map') as unknown as { view: { step: string } }).view.step ===
        'arms',
    );
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(
      () =>
        (document.querySelector('ties-map') as unknown as { view: { step: string } }).view.step ===
        'energy',
    );

    // C opens the console: the same file as a second window, in step both ways.
    const popup = context.waitForEvent('page');
    await page.keyboard.press('c');
    const consolePage = await popup;
    await consolePage.waitForFunction(
      () =>
        document.querySelector('ties-console')?.shadowRoot?.querySelector('[part="notes"]') != null,
    );
    await consolePage.waitForFunction(
      () => (document.querySelector('ties-console') as unknown as { index: number }).index === 1,
    );
    expect(
      await consolePage.evaluate(
        () =>
          document.querySelector('ties-console')!.shadowRoot!.querySelector('[part="notes"]')!
            .textContent,
      ),
    ).toContain(shipped.scenes[1]!.notes.split('\n\n')[0]);
    await consolePage.keyboard.press('ArrowRight');
    await page.waitForFunction(
      () =>
        (document.querySelector('ties-map') as unknown as { view: { step: string } }).view.step ===
        'arms',
    );
    // The notes never show on the audience's page.
    const audienceText = await page.evaluate(
      () => document.querySelector('ties-map')!.shadowRoot!.textContent ?? '',
    );
    for (const scene of shipped.scenes)
      expect(audienceText).not.toContain(scene.notes.split('\n\n')[0]);

    // The slide and picture exports work from the file too.
    const exports = await page.evaluate(async () => {
      const map = document.querySelector('ties-map') as unknown as {
        toPNG(): Promise<Blob | null>;
        toSVG(): Promise<string | null>;
      };
      const [png, svg] = await Promise.all([map.toPNG(), map.toSVG()]);
      return { png: png?.size ?? 0, svg: svg?.length ?? 0 };
    });
    expect(exports.png).toBeGreaterThan(10_000);
    expect(exports.svg).toBeGreaterThan(10_000);

    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await context.close();
  });
});
