/**
 * `npm run bench:large`: does a large dataset keep the page responsive? (issue 12 item 4). In
 * headless Chromium, on the production build, into bench/LARGE.md:
 *
 * 1. Loading a ~20 MB dataset through `src` (61,000 synthetic ties): the longest main-thread task
 *    from setting `src` to `ties-ready` (fetch, parse, validate, scene geometry, first scene,
 *    first render of frame, legend and table), for the element as shipped (worker), the element
 *    without Worker (its main-thread fallback), and a baseline page that only fetches the body
 *    and JSON.parses it on its main thread: the least any main-thread reader pays. Then, for
 *    the shipped element with its map, the longest task from `ties-ready` to the first
 *    `ties-drawn`: MapLibre drawing tens of thousands of edges (issue 17's, reported only).
 * 2. A layer toggle at 48,000 ties: the element's own work (click to `updateComplete`: view state,
 *    scene, DOM) with the element below the fold (no map), beside the same toggle on the shipped
 *    dataset (69 ties) in the same run; and whether the table's row elements of the ties still
 *    shown stay in place. Then click to `ties-drawn` with the map on screen (MapLibre's part).
 *
 * Medians over repetitions, every page in a fresh context, pages alternating rep by rep.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from 'playwright';
import { serve } from '../scripts/serve.ts';
import { chromiumArgs, chromiumPath } from '../vite.config.ts';
import { syntheticDataset } from './synthetic.ts';
import { median, ms, ratio } from './stats.ts';

const quick = process.argv.includes('--quick');
const outArg = process.argv.indexOf('--out');
const outFile = outArg > 0 ? process.argv[outArg + 1]! : quick ? null : 'bench/LARGE.md';
const REPS = quick ? 1 : 3;
/** The map-on-screen measurements (MapLibre's part, a minute or more each): not in --quick or with --no-map. */
const withMap = !quick && !process.argv.includes('--no-map');
const LOAD_TIES = 61_000;
const TOGGLE_TIES = 48_000;
const LIMIT_MS = 120_000;
/** MapLibre at tens of thousands of edges: reported as not drawn past this. */
const MAP_LIMIT_MS = 60_000;

const started = performance.now();
const log = (line: string) =>
  console.log(
    `[bench:large ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`,
  );

mkdirSync('bench/dist/data', { recursive: true });
const files: Record<number, string> = {};
for (const n of [LOAD_TIES, TOGGLE_TIES]) {
  files[n] = `bench/dist/data/synthetic-${n}.json`;
  writeFileSync(files[n]!, JSON.stringify(syntheticDataset(n, 200, 42)));
}
const loadBytes = statSync(files[LOAD_TIES]!).size;
log(`datasets written: ${LOAD_TIES} ties ${(loadBytes / 1e6).toFixed(1)} MB, ${TOGGLE_TIES} ties`);

const server = await serve('.', 0);
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
  headless: true,
});

interface Task {
  start: number;
  duration: number;
}
interface LargeState {
  tasks: Task[];
  marks: Record<string, number>;
  error?: unknown;
}

async function open(
  query: Record<string, string>,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    deviceScaleFactor: 1,
  });
  // tsx keeps function names with a helper (__name) that page.evaluate's functions would miss.
  await context.addInitScript('window.__name = (f) => f;');
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`bench:large: page error: ${error.message}`));
  await page.goto(`${origin}/bench/static/large.html?${new URLSearchParams(query)}`);
  return { page, close: () => context.close() };
}

const state = (page: Page) =>
  page.evaluate(() => (window as unknown as { __large: LargeState }).__large);

async function waitMark(page: Page, name: string, timeout = LIMIT_MS): Promise<LargeState> {
  await page.waitForFunction(
    (name) => {
      const large = (window as unknown as { __large: LargeState }).__large;
      return large.marks[name] !== undefined || large.error !== undefined;
    },
    name,
    { timeout, polling: 100 },
  );
  const result = await state(page);
  if (result.error)
    throw new Error(`bench:large: ties-error ${JSON.stringify(result.error).slice(0, 300)}`);
  return result;
}

const longest = (tasks: Task[], from: number, to: number) =>
  Math.max(
    0,
    ...tasks.filter((t) => t.start + t.duration > from && t.start < to).map((t) => t.duration),
  );
const countLong = (tasks: Task[], from: number, to: number, over: number) =>
  tasks.filter((t) => t.start + t.duration > from && t.start < to && t.duration > over).length;

// ---- 1. loading ---------------------------------------------------------------------------

type LoadMode = 'ours' | 'no-worker' | 'json-parse';
const loads: Record<LoadMode, { longest: number[]; over200: number[]; ready: number[] }> = {
  ours: { longest: [], over200: [], ready: [] },
  'no-worker': { longest: [], over200: [], ready: [] },
  'json-parse': { longest: [], over200: [], ready: [] },
};
const drawing: { longest: number[]; drawn: number[]; failed?: boolean } = {
  longest: [],
  drawn: [],
};
const src = `/${files[LOAD_TIES]}`;
for (let rep = 0; rep < REPS; rep++) {
  for (const mode of ['ours', 'no-worker', 'json-parse'] as LoadMode[]) {
    // The element below the fold: what is measured is the load, not MapLibre (measured next).
    const { page, close } = await open({ src, mode, offscreen: '1' });
    const result = await waitMark(page, 'ready');
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300))); // a long task is reported when it ends
    const { tasks, marks } = await state(page);
    loads[mode].longest.push(longest(tasks, marks['start']!, marks['ready']!));
    loads[mode].over200.push(countLong(tasks, marks['start']!, marks['ready']!, 200));
    loads[mode].ready.push(result.marks['ready']! - result.marks['start']!);
    await close();
    log(
      `load ${mode} rep ${rep + 1}: longest task ${ms(loads[mode].longest.at(-1)!)} ms, ready ${ms(loads[mode].ready.at(-1)!)} ms`,
    );
  }
  if (!withMap) continue;
  const { page, close } = await open({ src, mode: 'ours' });
  try {
    const result = await waitMark(page, 'drawn', MAP_LIMIT_MS);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    const { tasks } = await state(page);
    drawing.longest.push(longest(tasks, result.marks['ready']!, result.marks['drawn']!));
    drawing.drawn.push(result.marks['drawn']! - result.marks['ready']!);
  } catch (error) {
    log(`map drawing: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    drawing.failed = true;
  }
  await close();
}

// ---- 2. layer toggle ----------------------------------------------------------------------

interface Toggle {
  work: number[];
  paint: number[];
  rowsKept: number;
  rowsBefore: number;
}

/** Clicks the energy layer button `reps` times (off, on, …) and times each; checks the rows kept on the first. */
async function toggles(page: Page, reps: number): Promise<Toggle> {
  return page.evaluate(async (reps) => {
    const el = document.querySelector('ties-map') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    const root = el.shadowRoot!;
    const nextPaint = () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(0);
        }),
      );
    const rows = () =>
      new Map(
        [...root.querySelectorAll<HTMLElement>('tr[data-tie-id]')].map((r) => [
          r.dataset['tieId']!,
          r,
        ]),
      );
    const out = { work: [] as number[], paint: [] as number[], rowsKept: 0, rowsBefore: 0 };
    for (let i = 0; i < reps * 2; i++) {
      await nextPaint();
      const before = rows();
      const t0 = performance.now();
      root.querySelector<HTMLButtonElement>('button[data-layer="energy"]')!.click();
      await el.updateComplete;
      const work = performance.now() - t0;
      await nextPaint();
      const paint = performance.now() - t0;
      if (i % 2 === 0) {
        // Timed: turning energy off. Untimed: turning it back on.
        out.work.push(work);
        out.paint.push(paint);
      }
      if (i === 0) {
        const after = rows();
        const stayed = [...after.keys()].filter((id) => before.has(id));
        out.rowsBefore = stayed.length;
        out.rowsKept = stayed.filter((id) => before.get(id) === after.get(id)).length;
      }
    }
    return out;
  }, reps);
}

const TOGGLE_REPS = quick ? 2 : 5;
const toggleAt: Record<'shipped' | 'large', Toggle[]> = { shipped: [], large: [] };
for (let rep = 0; rep < REPS; rep++) {
  for (const [key, path] of [
    ['shipped', '/data/azerbaijan-israel-usa.json'],
    ['large', `/${files[TOGGLE_TIES]}`],
  ] as const) {
    const { page, close } = await open({ src: path, mode: 'ours', offscreen: '1' });
    await waitMark(page, 'ready');
    toggleAt[key].push(await toggles(page, TOGGLE_REPS));
    await close();
  }
  log(
    `toggle rep ${rep + 1}: 48k own work ${ms(median(toggleAt.large.at(-1)!.work))} ms, shipped ${ms(median(toggleAt.shipped.at(-1)!.work))} ms`,
  );
}
let toggleDrawn = Number.NaN;
if (withMap) {
  const { page, close } = await open({ src: `/${files[TOGGLE_TIES]}`, mode: 'ours' });
  try {
    await waitMark(page, 'drawn', MAP_LIMIT_MS);
    toggleDrawn = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const el = document.querySelector('ties-map')!;
          const t0 = performance.now();
          el.addEventListener('ties-drawn', () => resolve(performance.now() - t0), { once: true });
          setTimeout(() => resolve(Number.NaN), 60_000);
          el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-layer="energy"]')!.click();
        }),
    );
  } catch (error) {
    log(
      `toggle with map: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
  }
  await close();
}

await browser.close();
server.close();

// ---- report -------------------------------------------------------------------------------

const lines: string[] = [];
const out = (line = '') => lines.push(line);
const version = browser.version();
out('# Large datasets: main-thread tasks and toggle work');
out();
out(
  `Written by \`npm run bench:large\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC in ${((performance.now() - started) / 1000).toFixed(0)} s (${REPS} repetitions; medians). Machine: ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, load average ${os.loadavg()[0]!.toFixed(1)} at the end, Chromium ${version}, production build.`,
);
out();
out(
  `## 1. Loading ${LOAD_TIES.toLocaleString('en-US')} ties (${(loadBytes / 1e6).toFixed(1)} MB) through \`src\``,
);
out();
out(
  'Longest main-thread task (PerformanceObserver `longtask`, tasks over 50 ms) from setting `src` to `ties-ready`, the element below the fold (no map). Goal: under 200 ms.',
);
out();
out('| page | longest task | tasks over 200 ms | to ties-ready | longest ÷ JSON.parse baseline |');
out('|---|---:|---:|---:|---:|');
const base = median(loads['json-parse'].longest);
const label: Record<LoadMode, string> = {
  ours: 'ties-map (worker, geometry in slices)',
  'no-worker': 'ties-map without Worker (main-thread fallback)',
  'json-parse': 'baseline: fetch + one JSON.parse on the main thread',
};
for (const mode of ['ours', 'no-worker', 'json-parse'] as LoadMode[]) {
  const l = loads[mode];
  out(
    `| ${label[mode]} | ${ms(median(l.longest))} | ${median(l.over200)} | ${ms(median(l.ready))} | ${ratio(median(l.longest), base)} |`,
  );
}
out();
out(
  `With the map on screen, from \`ties-ready\` to the first \`ties-drawn\` (MapLibre drawing the edges: issue 17's, reported, not this issue's goal): ${
    drawing.drawn.length === 0
      ? `not drawn within ${MAP_LIMIT_MS / 1000} s in any repetition`
      : `longest task ${ms(median(drawing.longest))} ms, ${ms(median(drawing.drawn))} ms to drawn${drawing.failed ? ` (some repetitions not drawn within ${MAP_LIMIT_MS / 1000} s)` : ''}`
  }.`,
);
out();
out(`## 2. Layer toggle at ${TOGGLE_TIES.toLocaleString('en-US')} ties`);
out();
out(
  'Own work: click on the energy button to `updateComplete` (view state, scene, DOM), the element below the fold (no map); to next paint: until the next painted frame. Baseline: the same toggle on the shipped dataset (69 ties) in the same run.',
);
out();
out('| dataset | own work | to next paint | table rows kept (same element) | own work ÷ shipped |');
out('|---|---:|---:|---:|---:|');
const shippedWork = median(toggleAt.shipped.flatMap((t) => t.work));
for (const key of ['shipped', 'large'] as const) {
  const runs = toggleAt[key];
  const work = median(runs.flatMap((t) => t.work));
  const kept = runs.reduce((n, t) => n + t.rowsKept, 0);
  const before = runs.reduce((n, t) => n + t.rowsBefore, 0);
  out(
    `| ${key === 'shipped' ? 'shipped (69 ties)' : `synthetic ${TOGGLE_TIES.toLocaleString('en-US')}`} | ${ms(work)} | ${ms(median(runs.flatMap((t) => t.paint)))} | ${kept} of ${before} | ${ratio(work, shippedWork)} |`,
  );
}
out();
out(
  `With the map on screen, click to \`ties-drawn\` at ${TOGGLE_TIES.toLocaleString('en-US')} ties (MapLibre's part, issue 17): ${Number.isFinite(toggleDrawn) ? `${ms(toggleDrawn)} ms` : `not measured (the map did not draw within ${MAP_LIMIT_MS / 1000} s)`}.`,
);
const report = `${lines.join('\n')}\n`;
console.log(report);
if (outFile) writeFileSync(outFile, report);
