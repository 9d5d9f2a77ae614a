/**
 * The next animation frame, for the SVG picture's draw after a change: the change's own frame
 * (its controls, legend, table) paints first, the tasks queued meanwhile run, and the picture is
 * drawn in the frame after it, where a visual update belongs, instead of in the click's task
 * (on a large map the draw and the canvas's raster held that first frame back by all of it).
 */

/**
 * The longest wait for a frame: a page that renders none (a throttled iframe) still gets its
 * picture. Long enough that a busy machine's slow frame is waited for, not raced.
 */
const FRAME_WAIT_MS = 500;

/** Resolves in the next animation frame's callbacks (before its paint), or after FRAME_WAIT_MS without one. */
export function nextFrame(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden')
    return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      resolve();
    };
    const frame = requestAnimationFrame(go);
    const timer = setTimeout(go, FRAME_WAIT_MS);
  });
}
