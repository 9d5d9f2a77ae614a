/**
 * Publishing (issue 19) end to end, from `npm run build`'s dist/ served statically in Chromium: the
 * iframe embed and its parent script, the reserved height (no layout shift, also without
 * blocking="render", by the embed's stylesheet), and a worker that does not load. One file, so dist/ is built once.
 */
import type { Frame, Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { withoutRenderBlocking, withoutStylesheet } from '../../bench/article-variants.ts';
import { useDistSite } from './dist-site.ts';

const site = useDistSite();

/**
 * Waits inside the iframe check their condition on a timer, not on animation frames: Chromium may
 * run no animation frame in an iframe it does not paint (Playwright #27394), and then the default
 * rAF polling never looks again. That was this file's flake: the embed showed its map, but the wait
 * for it ran once, before the dataset arrived, and timed out 60 s later with the map on screen.
 */
const FRAME_POLLING = { polling: 100 } as const;

/** The parent page records every message it gets and every CSP violation. */
function recordMessages(): void {
  const w = window as unknown as { __messages: unknown[]; __violations: string[] };
  w.__messages = [];
  w.__violations = [];
  addEventListener('message', (e) => w.__messages.push(e.data));
  document.addEventListener('securitypolicyviolation', (e) =>
    w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
  );
}

async function openIframeArticle(
  options: { colorScheme?: 'light' | 'dark'; hash?: string; css?: string } = {},
): Promise<{ page: Page; frame: Frame }> {
  const page = await site.browser.newPage({
    viewport: { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
  });
  await page.addInitScript(recordMessages);
  if (options.css) {
    await page.route('**/examples/article.css', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `${await response.text()}\n${options.css}` });
    });
  }
  if (options.hash) {
    await page.route('**/examples/iframe-article.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        body: (await response.text()).replace(/embed\.html#[^"]*/, `embed.html#${options.hash}`),
      });
    });
  }
  // What the page and the embed said, to name the cause if the embed never shows its map.
  const said: string[] = [];
  page.on('console', (m) => said.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => said.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) =>
    said.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`),
  );
  page.on('response', (r) => void (r.status() >= 400 && said.push(`${r.status()}: ${r.url()}`)));
  await page.goto(`${site.origin}/examples/iframe-article.html`);
  const handle = await page.waitForSelector('iframe');
  const frame = (await handle.contentFrame())!;
  await frame
    .waitForFunction(
      () => document.querySelector('ties-map')?.shadowRoot?.querySelector('h2'),
      undefined,
      { timeout: 60_000, ...FRAME_POLLING },
    )
    .catch(async (error: Error) => {
      // Where the embed stood: its document, whether the element upgraded, what its shadow root shows.
      const state = await frame
        .evaluate(() => {
          const el = document.querySelector('ties-map');
          return JSON.stringify({
            readyState: document.readyState,
            hash: location.hash,
            defined: Boolean(customElements.get('ties-map')),
            attributes: el ? el.getAttributeNames().map((n) => `${n}=${el.getAttribute(n)}`) : null,
            shadow: el?.shadowRoot?.innerHTML.replace(/<!--[^>]*-->/g, '').slice(0, 600) ?? null,
          });
        })
        .catch((e: Error) => `(frame not readable: ${e.message})`);
      throw new Error(
        `${error.message}\nframe: ${frame.url()}\nstate: ${state}\n${said.join('\n')}`,
      );
    });
  return { page, frame };
}

/** The newest height each kind of message said, and the iframe's own height. */
async function heights(page: Page) {
  return page.evaluate(() => {
    const messages = (window as unknown as { __messages: Record<string, unknown>[] }).__messages;
    const amp = messages
      .filter((m) => m?.['sentinel'] === 'amp' && m['type'] === 'embed-size')
      .map((m) => m['height'] as number);
    const ours = messages
      .filter((m) => m?.['ties-map-height'])
      .map((m) => (m['ties-map-height'] as Record<string, number>)['ties']);
    return { amp, ours, iframe: document.querySelector('iframe')!.getBoundingClientRect().height };
  });
}

const bodyHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));

describe('dist/embed.html in an iframe, with dist/resize.js on the parent page', () => {
  it('shows the view its hash names and posts its height both ways; resize.js gives the iframe that height', async () => {
    const { page, frame } = await openIframeArticle();
    const view = await frame.evaluate(() => {
      const root = document.querySelector('ties-map')!.shadowRoot!;
      return {
        pressed: [...root.querySelectorAll('button[data-layer][aria-pressed]')].map(
          (b) => `${b.getAttribute('data-layer')}=${b.getAttribute('aria-pressed')}`,
        ),
        focus: root.querySelector('[part="focus-panel"] h3')?.textContent ?? null,
        title: document.title,
      };
    });
    expect(view.pressed).toEqual(['energy=false', 'arms=true', 'diplomatic=false']);
    expect(view.focus).toContain('Armenia');
    expect(view.title).toBe('Azerbaijan, Israel and the United States');
    const height = await bodyHeight(frame);
    await page.waitForFunction(
      (h) => Math.round(document.querySelector('iframe')!.getBoundingClientRect().height) === h,
      height,
    );
    const said = await heights(page);
    expect(said.amp.at(-1)).toBe(height);
    expect(said.ours.at(-1)).toBe(height);
    expect(Math.round(said.iframe)).toBe(height);
    // No scroll bar inside the frame: its document is exactly as tall as the frame.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(
      true,
    );
    expect(
      await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    ).toEqual([]);
    await page.close();
  });

  it('posts again on every size change (the table shown), and resize.js follows; a message from elsewhere sizes nothing', async () => {
    const { page, frame } = await openIframeArticle();
    const before = await bodyHeight(frame);
    await page.waitForFunction(
      (h) => Math.round(document.querySelector('iframe')!.getBoundingClientRect().height) === h,
      before,
    );
    // The page itself (not one of its iframes) posting a height: ignored.
    await page.evaluate(() => window.postMessage({ 'ties-map-height': { ties: 50 } }, '*'));
    await page.waitForFunction(() =>
      (
        window as unknown as { __messages: Record<string, Record<string, number>>[] }
      ).__messages.some((m) => m?.['ties-map-height']?.['ties'] === 50),
    );
    expect(Math.round((await heights(page)).iframe)).toBe(before);
    await frame.evaluate(() =>
      document
        .querySelector('ties-map')!
        .shadowRoot!.querySelector<HTMLButtonElement>('.table-button')!
        .click(),
    );
    await frame.waitForFunction(
      (h) => Math.ceil(document.body.getBoundingClientRect().height) > h,
      before,
      FRAME_POLLING,
    );
    const after = await bodyHeight(frame);
    await page.waitForFunction(
      (h) => Math.round(document.querySelector('iframe')!.getBoundingClientRect().height) === h,
      after,
    );
    expect((await heights(page)).ours.at(-1)).toBe(after);
    await page.close();
  });

  it("follows a changed hash, and #theme=auto the reader's colour scheme where theme=light does not", async () => {
    const { page, frame } = await openIframeArticle({
      colorScheme: 'dark',
      hash: 'src=../data/gaza-stabilisation-force.json&theme=auto&scene=nope&id=ties',
    });
    const panel = () =>
      frame.evaluate(() => getComputedStyle(document.querySelector('ties-map')!).backgroundColor);
    expect(await panel()).toBe('rgb(22, 25, 29)');
    await frame.evaluate(
      () =>
        (location.hash =
          'src=../data/gaza-stabilisation-force.json&theme=light&layers=diplomatic&id=ties'),
    );
    await frame.waitForFunction(
      () => document.querySelector('ties-map')!.getAttribute('theme') === 'light',
      undefined,
      FRAME_POLLING,
    );
    expect(await panel()).toBe('rgb(255, 255, 255)');
    const pressed = await frame.evaluate(() =>
      [
        ...document.querySelector('ties-map')!.shadowRoot!.querySelectorAll('button[data-layer]'),
      ].map((b) => b.getAttribute('aria-pressed')),
    );
    expect(pressed).toEqual(['false', 'true']);
    await page.close();
  });

  it("#theme=auto follows the parent page's own colour scheme, as resize.js tells it, also against the reader's preference", async () => {
    const { page, frame } = await openIframeArticle({
      colorScheme: 'light',
      css: ':root { color-scheme: dark; }',
      hash: 'src=../data/gaza-stabilisation-force.json&theme=auto&id=ties',
    });
    await frame.waitForFunction(
      () => document.querySelector('ties-map')!.getAttribute('theme') === 'dark',
      undefined,
      FRAME_POLLING,
    );
    expect(
      await frame.evaluate(
        () => getComputedStyle(document.querySelector('ties-map')!).backgroundColor,
      ),
    ).toBe('rgb(22, 25, 29)');
    // The site switches its own scheme: the embed follows.
    await page.evaluate(() => (document.documentElement.style.colorScheme = 'light'));
    await frame.waitForFunction(
      () => document.querySelector('ties-map')!.getAttribute('theme') === 'light',
      undefined,
      FRAME_POLLING,
    );
    await page.close();
  });
});

describe('examples/story.html: <ties-map story> follows the article', () => {
  it('selects each scene in turn as its section reaches the middle of the viewport, announcing it politely, and back again', async () => {
    const page = await site.browser.newPage({
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    await page.goto(`${site.origin}/examples/story.html`);
    await page.waitForFunction(
      () => document.getElementById('story-map')?.shadowRoot?.querySelector('h2'),
      undefined,
      { timeout: 60_000 },
    );
    const scenes = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-ties-scene]')].map(
        (s) => s.dataset['tiesScene']!,
      ),
    );
    expect(scenes).toEqual([
      'overview',
      'energy',
      'arms',
      'section-907',
      'iran-armenia',
      'gaza-isf',
    ]);
    const seen: { scene: string | null; counter: string | null; said: string | null }[] = [];
    for (const scene of [...scenes, 'overview']) {
      await page.evaluate(
        (id) =>
          document.querySelector(`[data-ties-scene="${id}"]`)!.scrollIntoView({ block: 'center' }),
        scene,
      );
      await page.waitForFunction(
        (id) =>
          (document.getElementById('story-map') as HTMLElement & { scene: string | null }).scene ===
          id,
        scene,
      );
      // The live region says the scene once its update has painted: wait for this scene's sentence, not the last one's.
      const said = `Scene ${scenes.indexOf(scene) + 1} of ${scenes.length}:`;
      await page.waitForFunction(
        (start) =>
          document
            .getElementById('story-map')!
            .shadowRoot!.querySelector('[part="announcer"]')!
            .textContent!.startsWith(start),
        said,
      );
      seen.push(
        await page.evaluate(() => {
          const el = document.getElementById('story-map') as HTMLElement & { scene: string | null };
          const root = el.shadowRoot!;
          return {
            scene: el.scene,
            counter: root.querySelector('.scenes .counter')?.textContent ?? null,
            said: root.querySelector('[part="announcer"]')!.textContent,
          };
        }),
      );
    }
    expect(seen.map((s) => s.scene)).toEqual([...scenes, 'overview']);
    expect(seen.map((s) => s.counter)).toEqual([
      '1 / 6',
      '2 / 6',
      '3 / 6',
      '4 / 6',
      '5 / 6',
      '6 / 6',
      '1 / 6',
    ]);
    expect(seen[2]!.said).toBe('Scene 3 of 6: Israeli arms for Azerbaijan.');
    // The sections stay plain article text: nothing hidden from or added for assistive technology.
    const touched = await page.evaluate(
      () =>
        [...document.querySelectorAll('[data-ties-scene]')].filter((s) =>
          s.getAttributeNames().some((n) => n !== 'data-ties-scene'),
        ).length,
    );
    expect(touched).toBe(0);
    await page.close();
  });
});

/** Sums the layout shifts the page had without recent input, from before any script runs. */
function recordShifts(): void {
  const w = window as unknown as { __cls: number };
  w.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
    })[]) {
      if (!entry.hadRecentInput) w.__cls += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Holds the page's requests matching PATTERN until the returned function is called. */
async function holdRequests(page: Page, pattern: string): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Two frames painted: what was laid out has been shown, and any shift since was recorded. */
const painted = (page: Page) =>
  page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );

/** Once the page has painted what it has, releases the held requests; the layout shift summed until the first map has drawn and painted. */
async function shiftsOnceReleased(page: Page, release: () => void): Promise<number> {
  await painted(page);
  const drawn = page.evaluate(
    () =>
      new Promise((resolve) =>
        document.getElementById('ties')!.addEventListener('ties-drawn', resolve, { once: true }),
      ),
  );
  release();
  await drawn;
  await painted(page);
  return page.evaluate(() => (window as unknown as { __cls: number }).__cls);
}

describe('the element reserves its height from its first paint', () => {
  for (const authorCss of [true, false]) {
    it(`an article that reserves no height shifts by CLS < 0.01 while the datasets arrive (${authorCss ? 'with' : 'without'} the article's CSS)`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.addInitScript(recordShifts);
      if (!authorCss)
        await page.route('**/examples/article.css', (route) =>
          route.fulfill({ body: '', contentType: 'text/css' }),
        );
      // The datasets wait until the page has painted the elements without them.
      const release = await holdRequests(page, '**/data/*.json');
      await page.goto(`${site.origin}/examples/cms-article.html`);
      await page.waitForFunction(() =>
        [...document.querySelectorAll('ties-map')].every((el) =>
          el.shadowRoot?.querySelector('.map-status'),
        ),
      );
      expect(await shiftsOnceReleased(page, release)).toBeLessThan(0.01);
      await page.close();
    });
  }
});

describe('the embed stylesheet reserves the height in every browser', () => {
  // What Firefox and Safari do with the snippet (they ignore blocking="render"), and what a CMS that
  // drops the attribute emits: the element is still undefined at the first paint. The page adds no
  // rule of its own (its article.css emptied); only the snippet's stylesheet reserves the height.
  for (const stylesheet of [true, false]) {
    it(`${stylesheet ? 'with' : 'without'} dist/ties-map.css, an article loading the script without blocking="render" ${stylesheet ? 'has CLS 0' : 'shifts (the scenario is real)'}`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.addInitScript(recordShifts);
      await page.route('**/examples/article.css', (route) =>
        route.fulfill({ body: '', contentType: 'text/css' }),
      );
      await page.route('**/examples/cms-article.html', async (route) => {
        const response = await route.fetch();
        const html = withoutRenderBlocking(await response.text());
        await route.fulfill({ response, body: stylesheet ? html : withoutStylesheet(html) });
      });
      // The element's script waits until the page has painted the elements undefined.
      const release = await holdRequests(page, '**/dist/ties-map.js');
      await page.goto(`${site.origin}/examples/cms-article.html`, { waitUntil: 'commit' });
      await page.waitForFunction(
        () => document.getElementById('isf') && !customElements.get('ties-map'),
      );
      const cls = await shiftsOnceReleased(page, release);
      if (stylesheet) expect(cls).toBe(0);
      else expect(cls).toBeGreaterThan(0.05);
      await page.close();
    });
  }
});

describe('a MapLibre worker that does not load', () => {
  it('gives ties-error and says on the map what to serve', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.route('**/*maplibre-gl-worker*', (route) =>
      route.fulfill({ status: 404, body: 'not found' }),
    );
    // The worker is MapLibre's: the map asks for WebGL (the default draws SVG until the reader zooms).
    await page.route('**/examples/cms-article.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        body: (await response.text()).replace(
          '<ties-map id="ties" ',
          '<ties-map id="ties" renderer="webgl" ',
        ),
      });
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __errors: unknown[] };
      w.__errors = [];
      document.addEventListener('ties-error', (e) =>
        w.__errors.push({ id: (e.target as Element).id, ...(e as CustomEvent).detail }),
      );
    });
    await page.goto(`${site.origin}/examples/cms-article.html`);
    await page.waitForFunction(
      () =>
        (window as unknown as { __errors: { id: string }[] }).__errors.some((e) => e.id === 'ties'),
      undefined,
      { timeout: 60_000 },
    );
    const outcome = await page.evaluate(() => ({
      error: (window as unknown as { __errors: { id: string }[] }).__errors.find(
        (e) => e.id === 'ties',
      ),
      status:
        document.getElementById('ties')!.shadowRoot!.querySelector('[part="map-status"]')
          ?.textContent ?? null,
    }));
    expect(outcome.error).toMatchObject({ type: 'webgl', errors: [{ path: 'renderer' }] });
    expect(JSON.stringify(outcome.error)).toContain('worker script did not load from');
    expect(outcome.status).toContain('dist/assets/');
    await page.close();
  });
});
