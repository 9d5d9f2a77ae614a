/**
 * The conditions a page load is measured under, shared by `npm run bench` (section 6) and
 * `npm run bench:lighthouse`: the machine as it is, one core kept busy by a spinning child process
 * (an article's own scripts, or a reader's other tab, competing for the CPU), and, for the bench's
 * own runs, the page's CPU slowed 4× through the DevTools protocol as Lighthouse's mobile run does.
 * Each figure is printed beside the machine's core count and its load average, read before and
 * after the runs: a result from a loaded machine says so.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import type { Page } from 'playwright';

/** One core spinning until stopped: a plain `node` loop, so nothing but the CPU is used. */
export function busyCore(): { stop: () => Promise<void> } {
  const child: ChildProcess = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  return {
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGKILL');
      }),
  };
}

/** Runs `work` with one busy core, and stops the spinner whatever happens. */
export async function withBusyCore<T>(work: () => Promise<T>): Promise<T> {
  const busy = busyCore();
  try {
    return await work();
  } finally {
    await busy.stop();
  }
}

/** Lighthouse's mobile CPU slowdown, applied to one page through the DevTools protocol. */
export const CPU_THROTTLE = 4;

export async function throttleCpu(page: Page, rate = CPU_THROTTLE): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** The machine's cores and its 1-minute load average now, for the line beside a figure. */
export function machineLoad(): { cores: number; load1: number } {
  return { cores: os.cpus().length, load1: os.loadavg()[0]! };
}

export const describeLoad = (
  before: { cores: number; load1: number },
  after: { cores: number; load1: number },
): string =>
  `${before.cores} cores, load average ${before.load1.toFixed(1)} before and ${after.load1.toFixed(1)} after`;

/**
 * Waits until the article page (bench/static/article.html and its variants) has drawn its map (or
 * has none) and its main thread has had no long task for 3 s: the end of its load as Total
 * Blocking Time counts it.
 */
export async function untilArticleQuiet(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(
    () => {
      const a = (
        window as unknown as {
          __article: { longTasks: { start: number; duration: number }[]; drawn?: unknown };
        }
      ).__article;
      const lastTaskEnd = Math.max(0, ...a.longTasks.map((t) => t.start + t.duration));
      return (
        performance.now() - lastTaskEnd > 3000 &&
        (a.drawn !== undefined || !document.querySelector('ties-map'))
      );
    },
    null,
    { timeout, polling: 100 },
  );
}
