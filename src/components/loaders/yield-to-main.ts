/**
 * Task boundaries for the element's start-up work, so that no single task holds the page's main
 * thread much past 50 ms (a long task: it counts towards Total Blocking Time and delays the
 * reader's input): parse and validate, the frame (legend, table) and the SVG picture
 * each run in their own task, and the browser paints in between.
 */

interface Scheduler {
  yield(): Promise<void>;
}

/**
 * A new task: `scheduler.yield()` where present (its continuation runs ahead of other queued
 * tasks, so the work is not pushed behind the page's own), else a MessageChannel message
 * (no 4 ms clamp, unlike nested timers).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Work between two turns of the event loop in runInSlices: well under a long task's 50 ms. */
export const SLICE_MS = 12;

/**
 * Runs a generator's steps (each `yield` a point where the work may pause), giving the event loop
 * a turn whenever a slice has taken SLICE_MS; null when `stale()` turned true at a turn first.
 */
export async function runInSlices<T>(
  steps: Generator<void, T, void>,
  stale: () => boolean = () => false,
): Promise<{ value: T } | null> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value };
    if (performance.now() - sliceStart >= SLICE_MS) {
      await yieldToMain();
      if (stale()) return null;
      sliceStart = performance.now();
    }
  }
}

/** The longest wait for a frame: a page that renders none (an offscreen iframe is throttled) still gets its picture. */
const FRAME_WAIT_MS = 100;

/**
 * A new task after the browser's next rendering step: what was rendered so far is styled, laid
 * out and painted in the browser's own task instead of being forced inside the next piece of
 * work. Where no frame comes (a hidden page, a throttled iframe), a plain task boundary after at
 * most FRAME_WAIT_MS.
 */
export function afterNextPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden')
    return yieldToMain();
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      void yieldToMain().then(resolve);
    };
    const frame = requestAnimationFrame(go);
    const timer = setTimeout(go, FRAME_WAIT_MS);
  });
}
