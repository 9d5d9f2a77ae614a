/**
 * A WebGL context lost before MapLibre's style has loaded (the order that made the e2e test of
 * issue 12 flaky): MapLibre's own snapshot is empty then, so the map must rebuild its style itself.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { LAYER_COLOURS } from '../../../src/scene/palette.ts';
import { countColour, mapPixels, mount, nextEvent, shadow } from '../helpers.ts';

const SHIPPED_URL = '/data/azerbaijan-israel-usa.json';
const originalGetContext = HTMLCanvasElement.prototype.getContext;
const originalFrame = window.requestAnimationFrame;

/**
 * Loses the first map canvas's context as soon as MapLibre creates it, and holds animation frames
 * (MapLibre loads a style object in the next frame) until the loss has been delivered: the loss
 * then always comes before the style loads. The context comes back in the task after the loss.
 */
function loseBeforeStyleLoads(): { restored: Promise<void> } {
  const held: FrameRequestCallback[] = [];
  let holding = false;
  window.requestAnimationFrame = (callback) => {
    if (!holding) return originalFrame.call(window, callback);
    held.push(callback);
    return -1;
  };
  let done = false;
  let resolveRestored!: () => void;
  const restored = new Promise<void>((resolve) => (resolveRestored = resolve));
  HTMLCanvasElement.prototype.getContext = function (
    this: HTMLCanvasElement,
    type: string,
    ...rest: unknown[]
  ) {
    const context = (originalGetContext as (...a: unknown[]) => unknown).call(
      this,
      type,
      ...rest,
    ) as WebGL2RenderingContext | null;
    if (!done && context && type === 'webgl2' && this.closest('.gl') !== null) {
      done = true;
      holding = true;
      const lose = context.getExtension('WEBGL_lose_context')!;
      this.addEventListener(
        'webglcontextlost',
        () =>
          setTimeout(() => {
            holding = false;
            for (const callback of held.splice(0)) originalFrame.call(window, callback);
            lose.restoreContext();
          }, 0),
        { once: true },
      );
      this.addEventListener('webglcontextrestored', () => resolveRestored(), { once: true });
      lose.loseContext();
    }
    return context;
  } as typeof originalGetContext;
  return { restored };
}

beforeEach(async () => {
  await page.viewport(1280, 900);
});
afterEach(() => {
  HTMLCanvasElement.prototype.getContext = originalGetContext;
  window.requestAnimationFrame = originalFrame;
  document.body.replaceChildren();
});

describe('a context lost before the style loaded', () => {
  it('comes back: the map draws its edges after the context is restored', async () => {
    const { restored } = loseBeforeStyleLoads();
    const { el, events } = mount((e) => {
      e.setAttribute('renderer', 'webgl');
      e.loading = 'eager';
      e.src = SHIPPED_URL;
    });
    await restored;
    await nextEvent(el, 'ties-drawn');
    expect(shadow(el).querySelectorAll('canvas')).toHaveLength(1);
    expect(countColour(await mapPixels(el), LAYER_COLOURS[0]!, 20)).toBeGreaterThan(30);
    expect(events.filter((e) => e.type === 'ties-error')).toEqual([]);
  });

  it('keeps the focus emphasis after the rebuild (feature state is set again)', async () => {
    const { el } = mount((e) => {
      e.setAttribute('renderer', 'webgl');
      e.loading = 'eager';
      e.src = SHIPPED_URL;
    });
    await nextEvent(el, 'ties-drawn');
    const energy = LAYER_COLOURS[0]!;
    const before = countColour(await mapPixels(el), energy, 20);
    const focused = nextEvent(el, 'ties-drawn');
    el.focusActor = 'ARM'; // Armenia has no energy tie: energy edges dim
    await focused;
    const dimmed = countColour(await mapPixels(el), energy, 20);
    expect(dimmed).toBeLessThan(before * 0.5);
    const gl = shadow(el).querySelector('canvas')!.getContext('webgl2')!;
    const lose = gl.getExtension('WEBGL_lose_context')!;
    const back = new Promise((resolve) =>
      el.addEventListener('ties-drawn', resolve, { once: true }),
    );
    shadow(el)
      .querySelector('canvas')!
      .addEventListener('webglcontextlost', () => setTimeout(() => lose.restoreContext(), 0), {
        once: true,
      });
    lose.loseContext();
    await back;
    expect(countColour(await mapPixels(el), energy, 20)).toBeLessThan(before * 0.5);
  });
});
