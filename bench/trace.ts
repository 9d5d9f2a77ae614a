/**
 * `npx tsx bench/trace.ts [PAGE] [--throttle N] [--width W --height H]`: loads a page of this
 * checkout (default the example article with its two maps) in headless Chromium with its CPU
 * slowed N× (default 4, as Lighthouse's mobile run; the DevTools protocol's
 * `Emulation.setCPUThrottlingRate`), traces it until its main thread has been quiet for 3 s, and
 * prints every main-thread task of 50 ms or more with what it contains: the scripts' functions
 * (by self time, from the trace's JavaScript samples) and the browser's own steps (layout, style,
 * paint, parse). Where the time goes is visible here even on a loaded machine, where absolute
 * figures are not: the machine's core count and load average are printed first. Each task is
 * given in wall time and in its thread's CPU time × N: the throttle pauses the thread without
 * counting CPU, so on a quiet machine the two agree, and on a loaded one (a task waiting for a
 * core) the second is the task's length on a quiet one. Tasks are listed when either is 50 ms or
 * more. Needs `npm run build` (the pages load `dist/`; `npx vite build --minify false` keeps the
 * functions' names). `--out FILE` also writes the trace (open it in DevTools' Performance panel);
 * `--in FILE` lists the tasks of a trace written before, without loading the page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright';
import { serve } from '../scripts/serve.ts';
import { chromiumArgs, chromiumPath } from '../vite.config.ts';
import { CPU_THROTTLE, machineLoad, throttleCpu } from './conditions.ts';

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const path =
  process.argv[2] && !process.argv[2].startsWith('--')
    ? process.argv[2]
    : '/examples/cms-article.html';
const rate = Number(arg('--throttle') ?? CPU_THROTTLE);
const viewport = { width: Number(arg('--width') ?? 412), height: Number(arg('--height') ?? 823) };

interface Event {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

const LONG_US = 50_000;

/** Reads the page's load from a trace: every long main-thread task after navigation, with what it contains. */
function listTasks(events: Event[]): void {
  // The renderer's main thread: where the page's own navigation starts.
  const nav = events.find(
    (e) =>
      e.name === 'navigationStart' &&
      /^http/.test(
        String((e.args?.['data'] as { documentLoaderURL?: string } | undefined)?.documentLoaderURL),
      ),
  );
  if (!nav) throw new Error('trace: no navigation of the page in the trace');
  const main = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid);
  // A task's length on a quiet machine under the throttle: its CPU time × the rate.
  const cpu = (e: Event) => (e.tdur ?? e.dur ?? 0) * rate;
  const tasks = main.filter(
    (e) =>
      e.name === 'RunTask' &&
      e.ph === 'X' &&
      ((e.dur ?? 0) >= LONG_US || cpu(e) >= LONG_US) &&
      e.ts >= nav.ts,
  );
  // JavaScript samples (the profiler's chunks): node id to function, then each sample's time.
  const nodes = new Map<number, string>();
  const samples: { ts: number; node: number }[] = [];
  for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === nav.pid)) {
    const data = chunk.args?.['data'] as
      | {
          cpuProfile?: {
            nodes?: {
              id: number;
              callFrame: {
                functionName: string;
                url: string;
                lineNumber: number;
                columnNumber: number;
              };
            }[];
            samples?: number[];
          };
          timeDeltas?: number[];
        }
      | undefined;
    for (const node of data?.cpuProfile?.nodes ?? []) {
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      // Line and column: the build is minified, so a name alone does not say which function it is.
      nodes.set(
        node.id,
        `${functionName || '(anonymous)'}${url ? ` ${url.replace(/^https?:\/\/[^/]+/, '')}:${lineNumber + 1}:${columnNumber + 1}` : ''}`,
      );
    }
    let ts =
      samples.at(-1)?.ts ??
      (
        events.find((e) => e.name === 'Profile' && e.pid === nav.pid)?.args?.['data'] as
          { startTime?: number } | undefined
      )?.startTime ??
      0;
    const ids = data?.cpuProfile?.samples ?? [];
    ids.forEach((id, i) => {
      ts += data?.timeDeltas?.[i] ?? 0;
      samples.push({ ts, node: id });
    });
  }
  const STEPS = new Set([
    'Layout',
    'UpdateLayoutTree',
    'Paint',
    'PrePaint',
    'Layerize',
    'ParseHTML',
    'EvaluateScript',
    'v8.compile',
    'Commit',
    'HitTest',
    'ParseAuthorStyleSheet',
    'FunctionCall',
    'TimerFire',
    'FireAnimationFrame',
    'EventDispatch',
    'RunMicrotasks',
    'v8.run',
    'MajorGC',
    'MinorGC',
  ]);
  const quiet = tasks.filter((t) => cpu(t) >= LONG_US);
  const over = (t: Event) => Math.max(0, cpu(t) - LONG_US);
  console.log(
    `\n${tasks.length} main-thread task(s) of 50 ms or more after navigation; ${quiet.length} of them by CPU time × ${rate} (blocking time by CPU × ${rate}: ${(quiet.reduce((sum, t) => sum + over(t), 0) / 1000).toFixed(0)} ms):`,
  );
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = main.filter(
      (e) => e.ph === 'X' && e.ts >= task.ts && e.ts < end && e !== task && STEPS.has(e.name),
    );
    const byStep = new Map<string, number>();
    for (const e of inside) byStep.set(e.name, (byStep.get(e.name) ?? 0) + (e.dur ?? 0));
    const fns = new Map<string, number>();
    const within = samples.filter((s) => s.ts >= task.ts && s.ts < end);
    within.forEach((s, i) => {
      const before = within[i - 1];
      if (!before) return;
      const fn = nodes.get(s.node) ?? '?';
      fns.set(fn, (fns.get(fn) ?? 0) + (s.ts - before.ts));
    });
    console.log(
      `\n- at ${((task.ts - nav.ts) / 1000).toFixed(0)} ms: ${((task.dur ?? 0) / 1000).toFixed(0)} ms wall, CPU × ${rate} ${(cpu(task) / 1000).toFixed(0)} ms`,
    );
    console.log(
      `  steps (nested steps overlap): ${
        [...byStep]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 6)
          .map(([n, d]) => `${n} ${(d / 1000).toFixed(0)} ms`)
          .join(', ') || 'none recorded'
      }`,
    );
    const top = [...fns]
      .filter(([fn]) => fn !== '(idle)' && fn !== '(program)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6);
    if (top.length)
      console.log(
        `  functions (self): ${top.map(([fn, us]) => `${fn} ${(us / 1000).toFixed(0)} ms`).join('; ')}`,
      );
  }
}

const saved = arg('--in');
if (saved) {
  console.log(`trace: ${saved}, read at ${rate}× CPU`);
  listTasks((JSON.parse(readFileSync(saved, 'utf8')) as { traceEvents: Event[] }).traceEvents);
} else {
  const load = machineLoad();
  console.log(
    `trace: ${path}, ${rate}× CPU, ${viewport.width}×${viewport.height}; machine: ${load.cores} cores, load average ${load.load1.toFixed(1)}`,
  );
  const server = await serve('.', 0, { gzip: true });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
  });
  try {
    const page = await browser.newPage({ viewport });
    await throttleCpu(page, rate);
    await page.addInitScript(() => {
      const w = window as unknown as { __lastLongTask: number };
      w.__lastLongTask = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          w.__lastLongTask = Math.max(w.__lastLongTask, e.startTime + e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'disabled-by-default-v8.cpu_profiler',
        'blink.user_timing',
        'loading',
      ],
    });
    await page.goto(`${origin}${path}`);
    await page.waitForFunction(
      () =>
        performance.now() - (window as unknown as { __lastLongTask: number }).__lastLongTask > 3000,
      null,
      { timeout: 120_000, polling: 200 },
    );
    const buffer = await browser.stopTracing();
    const out = arg('--out');
    if (out) writeFileSync(out, buffer);
    listTasks((JSON.parse(buffer.toString()) as { traceEvents: Event[] }).traceEvents);
  } finally {
    await browser.close();
    server.close();
  }
}
