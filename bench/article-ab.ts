/**
 * `npx tsx bench/article-ab.ts OLD_CHECKOUT NEW_CHECKOUT [reps] [--throttle N] [--renderer R]`:
 * the article page (bench/static/article.html, 1280×800) of two builds, served side by side and
 * loaded alternately in one browser with the page's CPU slowed N× (default 4, the goal's
 * condition), so that a shared machine's drift falls on both. Prints each load's Total Blocking
 * Time (each long task's time beyond 50 ms, from navigation until the main thread has been quiet
 * for 3 s, as section 6 of `npm run bench` sums it) with its long tasks, the same sum over the
 * trace's tasks by CPU time (cpuBlocking: steadier on a loaded machine), and the medians. Each
 * checkout needs its `dist/` built (`npx vite build` is enough). Where the time inside a task goes:
 * `bench/trace.ts`.
 */
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright';
import { serve } from '../scripts/serve.ts';
import { chromiumArgs, chromiumPath } from '../vite.config.ts';
import { CPU_THROTTLE, machineLoad, throttleCpu, untilArticleQuiet } from './conditions.ts';
import { median } from './stats.ts';

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const [rootA, rootB] = [process.argv[2]!, process.argv[3]!];
const reps = Number(process.argv[4] && !process.argv[4].startsWith('--') ? process.argv[4] : 3);
const rate = Number(arg('--throttle') ?? CPU_THROTTLE);
const renderer = arg('--renderer');
const path = `/bench/static/article.html${renderer ? `?renderer=${renderer}` : ''}`;

interface Load {
  tbt: number;
  tasks: number[];
  drawnAt: number | null;
  /** Blocking time by the main thread's CPU time per task (from a trace): see cpuBlocking. */
  cpuTbt: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { documentLoaderURL?: string } };
}

/**
 * The blocking time of the page's main-thread tasks after navigation counted in the thread's CPU
 * time instead of wall time. The DevTools throttle holds the thread in a busy wait between its
 * slices (a task's CPU time under it comes close to its wall time on a quiet machine), so a task
 * that waited for a core on a loaded machine counts what it would on a quiet one, not the wait.
 */
function cpuBlocking(events: TraceEvent[]): number {
  const nav = events.find(
    (e) => e.name === 'navigationStart' && /^http/.test(String(e.args?.data?.documentLoaderURL)),
  );
  if (!nav) return Number.NaN;
  return events
    .filter(
      (e) =>
        e.pid === nav.pid &&
        e.tid === nav.tid &&
        e.name === 'RunTask' &&
        e.ph === 'X' &&
        e.ts >= nav.ts,
    )
    .reduce((sum, e) => sum + Math.max(0, (e.tdur ?? 0) / 1000 - 50), 0);
}

const servers = await Promise.all([
  serve(rootA, 0, { gzip: true }),
  serve(rootB, 0, { gzip: true }),
]);
const origins = servers.map((s) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`);
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
  headless: true,
});

async function load(origin: string): Promise<Load> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  try {
    if (rate > 1) await throttleCpu(page, rate);
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink.user_timing',
        'loading',
      ],
    });
    await page.goto(`${origin}${path}`, { timeout: 90_000 });
    await untilArticleQuiet(page, 90_000);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: TraceEvent[];
    };
    const measured = await page.evaluate(() => {
      const a = (
        window as unknown as {
          __article: { longTasks: { duration: number }[]; drawn?: { at: number } };
        }
      ).__article;
      return {
        tbt: a.longTasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
        tasks: a.longTasks.map((t) => Math.round(t.duration)),
        drawnAt: a.drawn ? Math.round(a.drawn.at) : null,
      };
    });
    return { ...measured, cpuTbt: cpuBlocking(trace.traceEvents) };
  } finally {
    await context.close();
  }
}

const loads: Load[][] = [[], []];
const before = machineLoad();
console.log(
  `article A/B: ${path}, ${rate}× CPU, ${reps} reps; machine: ${before.cores} cores, load average ${before.load1.toFixed(1)}`,
);
try {
  for (let rep = 0; rep < reps; rep++)
    for (const [i, origin] of origins.entries()) {
      const result = await load(origin);
      loads[i]!.push(result);
      console.log(
        `${'AB'[i]} rep ${rep + 1}: TBT ${result.tbt.toFixed(0)} ms (by CPU time ${result.cpuTbt.toFixed(0)} ms), drawn at ${result.drawnAt} ms, long tasks ${result.tasks.join(', ')}`,
      );
    }
} finally {
  await browser.close();
  for (const s of servers) s.close();
}
const after = machineLoad();
for (const [i, root] of [rootA, rootB].entries())
  console.log(
    `${'AB'[i]} (${root}): median TBT ${median(loads[i]!.map((l) => l.tbt)).toFixed(0)} ms (by CPU time ${median(loads[i]!.map((l) => l.cpuTbt)).toFixed(0)} ms), drawn at ${median(loads[i]!.map((l) => l.drawnAt ?? NaN)).toFixed(0)} ms`,
  );
console.log(`load average ${before.load1.toFixed(1)} before, ${after.load1.toFixed(1)} after`);
