/**
 * Shared by examples/frameworks/test.ts (`npm run test:frameworks`) and tests/e2e/vite-consumer.test.ts:
 * pack the package as npm publishes it, and check in Chromium that a consumer's page draws the
 * WebGL map and that a `ties-select` reaches the app's handler.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright';

/** `npm pack` of the already built project into DIR, as DIR/ties-map.tgz (the name the apps depend on). */
export function packTarball(root: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir))
    if (f.endsWith('.tgz')) renameSync(join(dir, f), join(dir, `${f}.old`));
  execFileSync('npm', ['pack', '--pack-destination', dir, '--ignore-scripts', '--silent'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const packed = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
  const tarball = join(dir, 'ties-map.tgz');
  renameSync(join(dir, packed), tarball);
  return tarball;
}

export interface PageResult {
  /** `ties-ready` events heard on the document. */
  ready: number;
  /** What the app's `ties-ready` handler wrote into `#ready`; null where the page has no `#ready`. */
  readyHandler: string | null;
  /** Renderers named by `ties-drawn`, in order. */
  drawn: string[];
  /** What the app's `ties-select` handler wrote into `#selected` after an actor label was clicked. */
  selected: string;
  /** Console errors, page errors and failed requests (a worker that cannot load shows here). */
  problems: string[];
  /**
   * The presenter console opened from the app's map: the scene it stepped the app's map to, or
   * what went wrong ('' before the check ran).
   */
  console: string;
}

/** Opens URL, waits for the SVG picture, zooms for the WebGL one, clicks the first actor label, reads what the handler wrote. */
export async function checkMapPage(
  browser: Browser,
  url: string,
  timeout = 60_000,
): Promise<PageResult> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  const problems: string[] = [];
  // Failed loads are reported with their URL below; the console's copy names none.
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      problems.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico'))
      problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) =>
    problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`),
  );
  await page.addInitScript(() => {
    const w = window as unknown as { __drawn: string[]; __errors: string[]; __ready: number };
    w.__drawn = [];
    w.__errors = [];
    w.__ready = 0;
    document.addEventListener('ties-ready', () => w.__ready++, true);
    document.addEventListener(
      'ties-drawn',
      (e) => w.__drawn.push((e as CustomEvent).detail.renderer),
      true,
    );
    document.addEventListener(
      'ties-error',
      (e) => w.__errors.push(JSON.stringify((e as CustomEvent).detail)),
      true,
    );
  });
  try {
    await page.goto(url);
    try {
      // renderer="auto": the SVG picture first; a wheel turn over it (a reader zooming) brings WebGL.
      await page.waitForFunction(
        () => {
          const w = window as unknown as { __drawn: string[]; __errors: string[] };
          return w.__drawn.length > 0 || w.__errors.length > 0;
        },
        undefined,
        { timeout },
      );
      await page.evaluate(() =>
        document
          .querySelector('ties-map')!
          .shadowRoot!.querySelector('.gl svg')
          ?.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, bubbles: true, composed: true })),
      );
      await page.waitForFunction(
        () => {
          const w = window as unknown as { __drawn: string[]; __errors: string[] };
          return w.__drawn.includes('webgl') || w.__errors.length > 0;
        },
        undefined,
        { timeout },
      );
    } catch {
      const { ready, readyHandler, drawn } = await readEvents(page);
      return {
        ready,
        readyHandler,
        drawn,
        selected: '',
        problems: [...problems, `no WebGL picture within ${timeout / 1000} s`],
        console: '',
      };
    }
    const { ready, readyHandler, drawn, errors } = await readEvents(page);
    if (errors.length > 0)
      return {
        ready,
        readyHandler,
        drawn,
        selected: '',
        problems: [...problems, ...errors.map((e) => `ties-error: ${e}`)],
        console: '',
      };
    await page.evaluate(() =>
      document
        .querySelector('ties-map')!
        .shadowRoot!.querySelector<HTMLElement>('[part="actor-label"]')!
        .click(),
    );
    await page
      .waitForFunction(
        () => (document.getElementById('selected')?.textContent ?? '') !== '',
        undefined,
        { timeout: 10_000 },
      )
      .catch(() => undefined);
    const selected = await page.evaluate(
      () => document.getElementById('selected')?.textContent ?? '',
    );
    const consoleResult = await stepFromConsole(page, problems, timeout);
    return { ready, readyHandler, drawn, selected, problems, console: consoleResult };
  } finally {
    await context.close();
  }
}

/**
 * Opens the presenter console from the app's map (its window loads the package from the app's
 * own bundle), takes a step there to the dataset's last scene, and waits for the app's map to
 * follow. Returns the scene the map reached, or why it did not.
 */
async function stepFromConsole(page: Page, problems: string[], timeout: number): Promise<string> {
  const hasButton = await page.evaluate(
    () => document.querySelector('ties-map')?.shadowRoot?.querySelector('.console-button') != null,
  );
  if (!hasButton) return 'no "Presenter console" button';
  const popup = page.context().waitForEvent('page', { timeout });
  await page.evaluate(() =>
    document
      .querySelector('ties-map')!
      .shadowRoot!.querySelector<HTMLButtonElement>('.console-button')!
      .click(),
  );
  let consolePage: Page;
  try {
    consolePage = await popup;
  } catch {
    return 'no console window opened';
  }
  consolePage.on('pageerror', (e) => problems.push(`console window: ${e.message}`));
  try {
    await consolePage.waitForFunction(
      () => document.querySelector('ties-console')?.shadowRoot?.querySelector('ol button') != null,
      undefined,
      { timeout },
    );
  } catch {
    return `the console window showed no scenes within ${timeout / 1000} s`;
  }
  const last = await consolePage.evaluate(() => {
    const buttons = document
      .querySelector('ties-console')!
      .shadowRoot!.querySelectorAll<HTMLButtonElement>('button[data-scene]');
    const button = buttons[buttons.length - 1]!;
    button.click();
    return button.dataset.scene!;
  });
  try {
    await page.waitForFunction(
      (id) =>
        (document.querySelector('ties-map') as unknown as { view: { step: string | null } }).view
          .step === id,
      last,
      { timeout },
    );
  } catch {
    return `the app's map did not follow the console to scene "${last}"`;
  }
  return `stepped to "${last}"`;
}

function readEvents(
  page: Page,
): Promise<{ ready: number; readyHandler: string | null; drawn: string[]; errors: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __drawn: string[]; __errors: string[]; __ready: number };
    return {
      ready: w.__ready,
      readyHandler: document.getElementById('ready')?.textContent ?? null,
      drawn: w.__drawn,
      errors: w.__errors,
    };
  });
}
