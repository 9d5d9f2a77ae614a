/**
 * The embed kit end to end: `npm run build`'s dist/ and examples/cms-article.html (strict CSP with
 * Trusted Types, hostile page CSS, two maps) served by a plain static server, in Chromium.
 */
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { useDistSite } from './dist-site.ts';
import { syntheticDataset } from '../../bench/synthetic.ts';

const site = useDistSite();

/** Counts CSP violations and WebGL contexts created and lost, from before any page script runs. */
function instrument(): void {
  const w = window as unknown as {
    __violations: string[];
    __gl: { created: number; lost: number; restored: number };
    __loseEarly?: boolean;
    __drawnAfterRestore: string[];
  };
  w.__violations = [];
  w.__gl = { created: 0, lost: 0, restored: 0 };
  w.__drawnAfterRestore = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
  );
  document.addEventListener('ties-drawn', (e) => {
    if (w.__gl.restored > 0) w.__drawnAfterRestore.push((e.target as Element).id);
  });
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (
    this: HTMLCanvasElement,
    type: string,
    ...rest: unknown[]
  ) {
    const context = (original as (...a: unknown[]) => unknown).call(
      this,
      type,
      ...rest,
    ) as WebGL2RenderingContext | null;
    const canvas = this as HTMLCanvasElement & { counted?: boolean };
    if (context && type.startsWith('webgl') && !canvas.counted) {
      canvas.counted = true;
      w.__gl.created++;
      canvas.addEventListener('webglcontextlost', () => w.__gl.lost++);
      canvas.addEventListener('webglcontextrestored', () => w.__gl.restored++);
      if (w.__loseEarly && canvas.width > 1) {
        // A map's context lost before the map has loaded, and given back shortly after.
        const lose = context.getExtension('WEBGL_lose_context');
        setTimeout(() => lose?.loseContext(), 0);
        setTimeout(() => lose?.restoreContext(), 400);
      }
    }
    return context;
  } as typeof original;
}

async function openExample(
  options: { html?: (html: string) => string; loseEarly?: boolean } = {},
): Promise<{ page: Page; requests: string[] }> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(instrument);
  if (options.loseEarly)
    await page.addInitScript(
      () => ((window as unknown as { __loseEarly: boolean }).__loseEarly = true),
    );
  // These tests are about MapLibre in the article (its worker, WebGL contexts, context loss): the
  // maps ask for WebGL. The default renderer (SVG first) is tested in svg-fallback.test.ts.
  const webgl = (html: string) => html.replaceAll('<ties-map ', '<ties-map renderer="webgl" ');
  await page.route('**/examples/cms-article.html', async (route) => {
    const response = await route.fetch();
    const html = webgl(await response.text());
    await route.fulfill({ response, body: options.html ? options.html(html) : html });
  });
  await page.goto(`${site.origin}/examples/cms-article.html`);
  return { page, requests };
}

/** Scrolls to a map and waits for its picture. */
function drawn(page: Page, id: string): Promise<unknown> {
  return page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const el = document.getElementById(id)!;
        el.scrollIntoView();
        el.addEventListener('ties-drawn', resolve, { once: true });
        el.addEventListener(
          'ties-error',
          (e) => reject(new Error(JSON.stringify((e as CustomEvent).detail))),
          { once: true },
        );
        // Already drawn before we listened: its canvas is there and no draw is pending.
        setTimeout(() => {
          if (el.shadowRoot?.querySelector('canvas')) resolve('already');
        }, 3000);
      }),
    id,
  );
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
const liveContexts = (page: Page) =>
  page.evaluate(() => {
    const gl = (window as unknown as { __gl: { created: number; lost: number } }).__gl;
    return gl.created - gl.lost;
  });

describe('the example article, served from dist/ by a static server', () => {
  it('shows both maps under a strict CSP with Trusted Types, with no violation and no outside request', async () => {
    const { page, requests } = await openExample();
    await drawn(page, 'ties');
    await drawn(page, 'isf');
    expect(await violations(page)).toEqual([]);
    for (const url of requests) expect(new URL(url).origin, url).toBe(site.origin);
    expect(requests.some((u) => u.includes('/dist/chunks/maplibre'))).toBe(true);
    expect(requests.some((u) => u.includes('maplibre-gl-worker'))).toBe(true);
    // The two maps are independent: each has its own title, layers and table.
    const titles = await page.evaluate(() =>
      [...document.querySelectorAll('ties-map')].map(
        (el) => el.shadowRoot!.querySelector('h2')!.textContent,
      ),
    );
    expect(titles).toEqual([
      'Azerbaijan, Israel and the United States',
      'Who might police Gaza? The stabilisation force question',
    ]);
    const pressed = await page.evaluate(() =>
      [...document.getElementById('isf')!.shadowRoot!.querySelectorAll('button[data-layer]')].map(
        (b) => `${b.getAttribute('data-layer')}=${b.getAttribute('aria-pressed')}`,
      ),
    );
    expect(pressed).toEqual(['arms=false', 'diplomatic=true']);
    await page.close();
  });

  it('parses a large dataset in its worker under the strict CSP with Trusted Types, and MapLibre still starts its own', async () => {
    const text = JSON.stringify(syntheticDataset(7000, 200, 11));
    const { page, requests } = await openExample();
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    const ready = await page.evaluate(
      (text) =>
        new Promise((resolve, reject) => {
          const el = document.createElement('ties-map');
          el.addEventListener('ties-ready', (e) => resolve((e as CustomEvent).detail), {
            once: true,
          });
          el.addEventListener(
            'ties-error',
            (e) => reject(new Error(JSON.stringify((e as CustomEvent).detail))),
            { once: true },
          );
          (el as HTMLElement & { data: unknown }).data = text;
          document.body.append(el);
        }),
      text,
    );
    expect(ready).toEqual({ actors: 200, ties: 7000 });
    expect(requests.some((u) => /\/dist\/assets\/dataset-worker-[\w-]+\.js$/.test(u))).toBe(true);
    expect(warnings.filter((w) => /worker/i.test(w))).toEqual([]);
    await drawn(page, 'ties');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('also works under the strict CSP without Trusted Types', async () => {
    const { page } = await openExample({
      html: (h) =>
        h.replace(/; require-trusted-types-for 'script'; trusted-types lit-html ties-map/, ''),
    });
    await drawn(page, 'ties');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('keeps page CSS out of the element and its own CSS in', async () => {
    const { page } = await openExample();
    await drawn(page, 'ties');
    const styles = await page.evaluate(() => {
      const root = document.getElementById('ties')!.shadowRoot!;
      root.querySelector<HTMLButtonElement>('.table-button')!.click();
      const h2 = getComputedStyle(root.querySelector('h2')!);
      const toggle = getComputedStyle(root.querySelector('button[data-layer]')!);
      return {
        innerH2: [h2.fontSize, h2.color, h2.textTransform],
        toggle: [toggle.backgroundColor, toggle.fontSize],
        pageH2: getComputedStyle(document.querySelector('main h2')!).fontSize,
      };
    });
    await page.waitForFunction(
      () =>
        getComputedStyle(document.getElementById('ties')!.shadowRoot!.querySelector('table')!)
          .display !== 'none',
    );
    expect(styles.innerH2).toEqual(['18.4px', 'rgb(29, 29, 27)', 'none']);
    expect(styles.toggle[0]).not.toBe('rgb(255, 0, 255)');
    expect(styles.toggle[1]).not.toBe('30px');
    expect(styles.pageH2).toBe('44px');
    await page.close();
  });

  it('frees its WebGL context on removal: 20 remove/re-add cycles leave no extra contexts, and the view comes back', async () => {
    const { page } = await openExample();
    await drawn(page, 'ties');
    await drawn(page, 'isf');
    const before = await liveContexts(page);
    expect(before).toBe(2);
    await page.evaluate(async () => {
      const el = document.getElementById('ties')!;
      el.setAttribute('focus', 'ARM');
      const parent = el.parentElement!;
      const next = el.nextElementSibling;
      for (let i = 0; i < 20; i++) {
        el.remove();
        const again = new Promise((resolve) =>
          el.addEventListener('ties-drawn', resolve, { once: true }),
        );
        parent.insertBefore(el, next);
        el.scrollIntoView();
        await again;
      }
    });
    await page.waitForTimeout(500);
    expect(await liveContexts(page)).toBe(before);
    const state = await page.evaluate(() => {
      const root = document.getElementById('ties')!.shadowRoot!;
      return {
        focus: root.querySelector('[part="focus-panel"] h3')?.textContent,
        canvases: root.querySelectorAll('canvas').length,
      };
    });
    expect(state.focus).toContain('Armenia');
    expect(state.canvases).toBe(1);
    await page.close();
  }, 300_000); // 25 s alone; CI runs it beside the browser tests on two cores (94 s seen there)

  it('recovers from a context lost before the map loaded', async () => {
    const { page } = await openExample({ loseEarly: true });
    // Wait for the recovery itself, not for a time: on a loaded machine the context can take more
    // than the 2 s grace to come back, and then the map says so until it does (the next test).
    await page.waitForFunction(
      () => {
        const w = window as unknown as {
          __gl: { restored: number };
          __drawnAfterRestore: string[];
        };
        return w.__gl.restored > 0 && w.__drawnAfterRestore.includes('ties');
        // The bound only stops a hang: on a machine loaded far past the stress run's (the whole suite
        // and more at once) the map's first load after the restore alone took over 30 s.
      },
      undefined,
      { timeout: 90_000 },
    );
    // Past the grace period: a recovered map must not then say its picture is unavailable.
    await page.waitForTimeout(2500);
    const state = await page.evaluate(() => {
      const root = document.getElementById('ties')!.shadowRoot!;
      return {
        status: root.querySelector('[part="map-status"]')?.textContent ?? null,
        lost: (window as unknown as { __gl: { lost: number } }).__gl.lost,
      };
    });
    expect(state.lost).toBeGreaterThan(0);
    expect(state.status).toBeNull();
    await page.close();
  });

  it('says the picture is unavailable after a lost context is not restored for 2 s, and comes back when it is', async () => {
    const { page } = await openExample();
    await drawn(page, 'ties');
    const outcome = await page.evaluate(async () => {
      const el = document.getElementById('ties')!;
      const gl = el.shadowRoot!.querySelector('canvas')!.getContext('webgl2')!;
      const lose = gl.getExtension('WEBGL_lose_context')!;
      const error = new Promise<unknown>((resolve) =>
        el.addEventListener('ties-error', (e) => resolve((e as CustomEvent).detail), {
          once: true,
        }),
      );
      lose.loseContext();
      const detail = await error;
      const message = el.shadowRoot!.querySelector('[part="map-status"]')?.textContent;
      const tableRows = el.shadowRoot!.querySelectorAll('tr[data-tie-id]').length;
      const back = new Promise((resolve) =>
        el.addEventListener('ties-drawn', resolve, { once: true }),
      );
      lose.restoreContext();
      await back;
      return {
        detail,
        message,
        tableRows,
        after: el.shadowRoot!.querySelector('[part="map-status"]')?.textContent ?? null,
      };
    });
    expect(outcome.detail).toMatchObject({ type: 'webgl' });
    expect(outcome.message).toContain('unavailable');
    expect(outcome.tableRows).toBeGreaterThan(0);
    expect(outcome.after).toBeNull();
    await page.close();
  });
});
