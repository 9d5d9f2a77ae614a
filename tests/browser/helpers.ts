/** Shared helpers for browser tests: mounting the element, waiting for its events, reading pixels. */
import { afterEach, beforeEach } from 'vitest';
import { page } from 'vitest/browser';
import '../../src/index.ts';
import type { TiesMap } from '../../src/components/ties-map/ties-map.component.ts';

export interface Mounted {
  el: TiesMap;
  events: { type: string; detail: unknown }[];
}

const EVENTS = ['ties-ready', 'ties-drawn', 'ties-error', 'ties-select'];

export function mount(setup: (el: TiesMap) => void, size = { width: 800, height: 500 }): Mounted {
  const el = document.createElement('ties-map') as TiesMap; // the tag map holds the public interface; tests reach the class
  el.style.setProperty('--ties-map-height', `${size.height}px`);
  el.style.width = `${size.width}px`;
  const events: Mounted['events'] = [];
  for (const type of EVENTS)
    el.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail }));
  setup(el);
  document.body.append(el);
  return { el, events };
}

export function nextEvent(el: HTMLElement, type: string, timeout = 30_000): Promise<CustomEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${timeout} ms`)), timeout);
    el.addEventListener(
      type,
      (e) => {
        clearTimeout(timer);
        resolve(e as CustomEvent);
      },
      { once: true },
    );
  });
}

/**
 * Counts the WebGL contexts canvases create from now on (MapLibre loses its context when a map is
 * removed); `restore` puts getContext back.
 */
export function countWebGLContexts(): { live: () => number; restore: () => void } {
  const original = HTMLCanvasElement.prototype.getContext;
  const contexts: WebGLRenderingContext[] = [];
  HTMLCanvasElement.prototype.getContext = function (
    this: HTMLCanvasElement & { counted?: boolean },
    type: string,
    ...rest: unknown[]
  ) {
    const context = (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
    if (context && type.startsWith('webgl') && !this.counted) {
      this.counted = true;
      contexts.push(context as WebGLRenderingContext);
    }
    return context;
  } as typeof original;
  return {
    live: () => contexts.filter((c) => !c.isContextLost()).length,
    restore: () => {
      HTMLCanvasElement.prototype.getContext = original;
    },
  };
}

/**
 * For a test file about the map's lifecycle: each test at 1280×900 with WebGL contexts counted
 * from its start, the page emptied after it. Returns how many contexts are live now.
 */
export function lifecycleHooks(): () => number {
  let contexts: ReturnType<typeof countWebGLContexts> | null = null;
  beforeEach(async () => {
    await page.viewport(1280, 900);
    contexts = countWebGLContexts();
  });
  afterEach(() => {
    contexts?.restore();
    document.body.replaceChildren();
  });
  return () => contexts?.live() ?? 0;
}

export function shadow(el: HTMLElement): ShadowRoot {
  return el.shadowRoot!;
}

export function tableRowIds(el: HTMLElement): string[] {
  return [
    ...shadow(el).querySelectorAll<HTMLElement>('table[part="ties-table"] tr[data-tie-id]'),
  ].map((r) => r.dataset['tieId']!);
}

/** The map area's pixels, as the user sees them (a real screenshot of the WebGL canvas and the labels). */
export async function mapPixels(el: HTMLElement): Promise<ImageData> {
  const map = shadow(el).querySelector<HTMLElement>('.map')!;
  return decodePng(await page.screenshot({ element: map, save: false }));
}

/** A base64 PNG's pixels. */
export async function decodePng(base64: string): Promise<ImageData> {
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(image, 0, 0);
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

/** How many pixels are within `tolerance` (per channel) of a #rrggbb colour. */
export function countColour(pixels: ImageData, hex: string, tolerance = 24): number {
  const r = parseInt(hex.slice(1, 3), 16),
    g = parseInt(hex.slice(3, 5), 16),
    b = parseInt(hex.slice(5, 7), 16);
  let n = 0;
  const d = pixels.data;
  for (let i = 0; i < d.length; i += 4) {
    if (
      Math.abs(d[i]! - r) <= tolerance &&
      Math.abs(d[i + 1]! - g) <= tolerance &&
      Math.abs(d[i + 2]! - b) <= tolerance
    )
      n++;
  }
  return n;
}

/** Number of distinct colours (coarsely bucketed): a blank or single-colour picture has very few. */
export function distinctColours(pixels: ImageData): number {
  const seen = new Set<number>();
  const d = pixels.data;
  for (let i = 0; i < d.length; i += 4)
    seen.add(((d[i]! >> 4) << 8) | ((d[i + 1]! >> 4) << 4) | (d[i + 2]! >> 4));
  return seen.size;
}
