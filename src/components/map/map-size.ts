/**
 * The map's size and shape as the element's layout gives them: read by the view store (the scene's
 * stroke widths and anchors follow the map's width and shape), the export and the map controller,
 * which keeps the measured size while its ResizeObserver watches the container.
 */
import { frameShapeFor, type FrameShape } from '../../scene/anchors.ts';
import { FRAME_PADDING } from '../../render/renderer.ts';

/** The renderers' shared frame padding (render/renderer.ts). */
export const MAP_PADDING = FRAME_PADDING;

/** A change of the map's width smaller than this keeps the scene's stroke widths. */
export const MAP_WIDTH_STEP = 24;

export interface MapSizeHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly clientWidth: number;
}

/** The size last measured of each element's map, kept while its map's ResizeObserver watches it. */
const mapSizes = new WeakMap<
  MapSizeHost,
  { container: HTMLElement; width: number; height: number }
>();
/** Elements whose mounted map watches its container's size (and forgets the size it changes). */
const watchedSizes = new WeakSet<MapSizeHost>();

/**
 * The map's size in CSS px: its container's, or before that the loading placeholder's `.map-box`
 * (an empty box sized as the map will be: status-views.ts, so the first scene is laid out for the
 * map's shape); the element's width, and a height of 0, before either exists. While a mounted map
 * watches its container, the size is measured once and again after each resize, not on every
 * update: read after a click changed the DOM, it forced the whole element's layout inside the
 * update (30 ms of a focus at 10,000 ties).
 */
export function mapSizeOf(host: MapSizeHost): { width: number; height: number } {
  const gl = host.renderRoot.querySelector<HTMLElement>('.gl');
  const cached = mapSizes.get(host);
  if (gl && cached?.container === gl) return cached;
  const box = gl ?? host.renderRoot.querySelector<HTMLElement>('.map-box');
  const size = { width: box?.clientWidth || host.clientWidth, height: box?.clientHeight ?? 0 };
  if (gl && watchedSizes.has(host)) mapSizes.set(host, { container: gl, ...size });
  return size;
}

/** A watching map's container changed size: the next read measures it afresh. */
export function forgetMapSize(host: MapSizeHost): void {
  mapSizes.delete(host);
}

/** A mounted map starts (or stops) watching its container: the size is measured again either way. */
export function watchMapSize(host: MapSizeHost, watched: boolean): void {
  mapSizes.delete(host);
  if (watched) watchedSizes.add(host);
  else watchedSizes.delete(host);
}

/**
 * The map's shape (scene/anchors.ts) once the browser has laid its box out, from a ResizeObserver's
 * first report instead of a forced layout: read in the task that prepares a second map's scene,
 * that layout took ~50 ms (the first map's new frame and table with it). A hidden page, where no
 * report comes until it shows, is read at once.
 */
export function laidOutMapShape(host: MapSizeHost): Promise<FrameShape> {
  const box =
    host.renderRoot.querySelector<HTMLElement>('.gl') ??
    host.renderRoot.querySelector<HTMLElement>('.map-box');
  if (!box || typeof ResizeObserver === 'undefined' || document.visibilityState === 'hidden') {
    const size = mapSizeOf(host);
    return Promise.resolve(frameShapeFor(size.width, size.height));
  }
  return new Promise((resolve) => {
    const observer = new ResizeObserver(([entry]) => {
      observer.disconnect();
      const { width, height } = entry!.contentRect;
      resolve(frameShapeFor(width || host.clientWidth, height));
    });
    observer.observe(box);
  });
}

/**
 * Watches a mounted map's container: the size is measured afresh, the picture resized, and the
 * element updated when the scene must follow. A phone turned, a column resized: the scene's
 * strokes follow the map's width (view-store.ts); a map that turns tall or wide lays its anchors
 * out again (scene/anchors.ts). The observer's first call, at the size the scene was laid out for,
 * asks for nothing (it rebuilt the scene and redrew the picture on every phone, where the first
 * scene was laid out wide).
 */
export function observeMapResize(
  host: MapSizeHost & { requestUpdate(): void },
  container: HTMLElement,
  hooks: {
    resized: () => void;
    laidOutFor: () => { width: number; height: number; shape: FrameShape } | null;
  },
): ResizeObserver {
  const observer = new ResizeObserver(() => {
    forgetMapSize(host); // measured afresh by the update this may ask for
    hooks.resized();
    const width = container.clientWidth;
    const height = container.clientHeight;
    const shape = frameShapeFor(width, height);
    const laidOut = hooks.laidOutFor();
    // The height too: a wide map's scale follows it, and a scene first laid out before the map had
    // its height (0 px) would keep arrival rings sized for the smallest map.
    if (
      !laidOut ||
      Math.abs(width - laidOut.width) >= MAP_WIDTH_STEP ||
      Math.abs(height - laidOut.height) >= MAP_WIDTH_STEP ||
      shape !== laidOut.shape
    )
      host.requestUpdate();
  });
  observer.observe(container);
  return observer;
}
