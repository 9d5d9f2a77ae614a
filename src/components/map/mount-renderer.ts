/**
 * Loads MapLibre (a separate chunk, fetched only when a map is shown) and the geodata, adopts
 * MapLibre's stylesheet into the shadow root, and creates the WebGL renderer. Resolves without a
 * renderer, and with the reason, when the browser cannot draw WebGL2 (MapLibre 6 requires it).
 * The SVG renderer (mountSvgRenderer) needs only the geodata and its own small chunk.
 */
import type { TiesMapRenderer } from '../public.ts';
import type { Scene } from '../../scene/types.ts';
import { loadCountries, type Countries } from '../../geo/world.ts';
import { prepareLandIndex } from '../../scene/land.ts';
import { afterNextPaint, runInSlices, yieldToMain } from '../loaders/yield-to-main.ts';
import type {
  Camera,
  MapPalette,
  Renderer,
  RendererEvents,
  RendererOptions,
} from '../../render/renderer.ts';

export type Mounted =
  { renderer: Renderer; reason?: undefined } | { renderer: null; reason: string };

/** The `renderer` attribute: anything but `svg` or `webgl` is `auto`. */
export function rendererMode(value: string | null | undefined): TiesMapRenderer {
  return value === 'svg' || value === 'webgl' ? value : 'auto';
}

/** A fresh element for a renderer to draw into, filling the container (before the current one: under it). */
export function rendererElement(
  container: HTMLElement,
  kind: Renderer['kind'],
  under: HTMLElement | null,
): HTMLElement {
  const element = container.ownerDocument.createElement('div');
  element.className = 'renderer';
  element.dataset['renderer'] = kind;
  if (under) under.before(element);
  else container.append(element);
  return element;
}

export function webgl2Available(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}

let preloaded = false;

/**
 * Starts fetching and compiling MapLibre and the geodata while the dataset is still on its way
 * (both loads are cached module promises that mountRenderer then reuses), so the map does not wait
 * for the dataset before its own downloads begin.
 */
export function preloadMap(): void {
  if (preloaded || typeof WebGL2RenderingContext === 'undefined') return;
  preloaded = true;
  import('../../render/maplibre/index.ts').catch(() => undefined);
  loadCountries().catch(() => undefined);
}

/** What a renderer is mounted with: where, the first scene, and the element's side of the interface. */
export interface MountRequest {
  container: HTMLElement;
  scene: Scene;
  padding: number;
  events: RendererEvents;
  palette: MapPalette;
  /** A view to restore instead of framing the scene. */
  camera?: Camera | undefined;
}

function rendererOptions(
  { container, scene, events, palette, camera }: MountRequest,
  countries: Countries,
): RendererOptions {
  const motionQuery = matchMedia('(prefers-reduced-motion: reduce)');
  return {
    container,
    countries,
    events,
    reducedMotion: () => motionQuery.matches,
    palette,
    initialScene: scene,
    ...(camera ? { camera } : {}),
  };
}

const couldNotStart = (error: unknown) =>
  `The map could not start: ${error instanceof Error ? error.message : String(error)}`;

/** The SVG renderer: no WebGL, no MapLibre code. */
export async function mountSvgRenderer(request: MountRequest): Promise<Mounted> {
  try {
    const [{ SvgRenderer, countryPathSteps }, countries] = await Promise.all([
      import('../../render/svg/svg-renderer.ts'),
      loadCountries(request.scene.legend.borders.worldview),
    ]);
    // Decoding the geodata (its first load) and building the picture: not one task. The base
    // map's paths, most of the build, are projected in slices first; the renderer then finds them.
    await yieldToMain();
    const options = rendererOptions(request, countries);
    await runInSlices(
      countryPathSteps(
        countries,
        SvgRenderer.firstView(options, request.scene.frame, request.padding),
      ),
    );
    await yieldToMain();
    // The base map and the scene's layers in one task: the scene's canvas painted apart from its
    // base map was rastered in that task, not in the next frame's paint, and took longer.
    const renderer = new SvgRenderer(options, request.scene.frame, request.padding);
    // The index of whose land lies under a point, which the first label placement asks, in slices
    // after the picture's first paint: built before it, it held the picture back by all of them.
    void afterNextPaint().then(() => runInSlices(prepareLandIndex(countries)));
    return { renderer };
  } catch (error) {
    return { renderer: null, reason: couldNotStart(error) };
  }
}

export async function mountRenderer(root: ShadowRoot, request: MountRequest): Promise<Mounted> {
  const noWebGL2 = 'WebGL2 is not available in this browser.';
  if (typeof WebGL2RenderingContext === 'undefined') return { renderer: null, reason: noWebGL2 };
  try {
    const [module, countries] = await Promise.all([
      import('../../render/maplibre/index.ts'),
      loadCountries(request.scene.legend.borders.worldview),
    ]);
    adoptStyles(root, module.mapLibreCss);
    return {
      renderer: module.createMapLibreRenderer(
        rendererOptions(request, countries),
        request.scene.frame,
        request.padding,
      ),
    };
  } catch (error) {
    // MapLibre throws when it gets no WebGL2 context. Probing for one before every mount cost a
    // context creation (~170 ms of a cold start under SwiftShader), so the probe only names the cause.
    if (!webgl2Available()) return { renderer: null, reason: noWebGL2 };
    return { renderer: null, reason: couldNotStart(error) };
  }
}

const adopted = new WeakSet<ShadowRoot>();

function adoptStyles(root: ShadowRoot, cssText: string): void {
  if (adopted.has(root)) return;
  adopted.add(root);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
