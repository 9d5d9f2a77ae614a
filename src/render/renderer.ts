/**
 * The narrow interface every renderer implements: draw a Scene, move the camera, say where a
 * geographic point is on screen (for the HTML labels), and report pointer hits as ids.
 * Nothing here knows about datasets or view state.
 */
import type { Bounds } from '../data/types.ts';
import type { Countries } from '../geo/world.ts';
import type { LonLat, Scene } from '../scene/types.ts';

export type RendererKind = 'webgl' | 'svg';

/** Padding round a framed scene, in CSS px: the same for every renderer, so their pictures line up. */
export const FRAME_PADDING = 36;
/**
 * The margin panels (where far actors' tabs sit) hide the land under them: a tab or its label
 * there lies on the frame around the map, never seemingly on a country beyond the region.
 */
export const MARGIN_OPACITY = 1;

export interface RendererEvents {
  /** An edge was clicked; the id is SceneEdge.id. */
  edgeClick(edgeId: string): void;
  /** The pointer entered (id) or left (null) an edge. */
  edgeHover(edgeId: string | null): void;
  /** A country shape was clicked (its geodata id) or the sea (null). */
  shapeClick(shapeId: string | null): void;
  /** The camera moved: HTML overlays must be re-projected. */
  move(): void;
  /** The WebGL context was lost / came back. */
  contextLost(): void;
  contextRestored(): void;
  /** The map cannot start: MapLibre's worker script did not load from `workerUrl`. */
  workerFailed?(workerUrl: string): void;
}

/** The base map's colours, read from the element's CSS custom properties (themes). */
export interface MapPalette {
  sea: string;
  land: string;
  actorLand: string;
  focusLand: string;
  border: string;
  actorBorder: string;
  halo: string;
  marker: string;
}

export interface Camera {
  center: LonLat;
  zoom: number;
}

/** MapLibre's world width at zoom 0, in CSS px (both renderers' zoom is MapLibre's). */
export const TILE_SIZE = 512;

/** CSS px per Mercator degree under the camera (what buildScene sizes the hubs' arrival rings for). */
export function cameraScale(camera: Camera): number {
  return (TILE_SIZE * 2 ** camera.zoom) / 360;
}

export interface RendererOptions {
  container: HTMLElement;
  countries: Countries;
  events: RendererEvents;
  /** Jump instead of animating camera moves. Asked at each camera move, so a reader who turns on reduced motion mid-briefing gets jumps. */
  reducedMotion: () => boolean;
  palette: MapPalette;
  /** Start here instead of framing the scene (a map re-created after removal keeps its view). */
  camera?: Camera;
  /** The scene to show from the first frame (its data goes into the style, saving a round trip). */
  initialScene?: Scene;
}

export interface Renderer {
  readonly kind: RendererKind;
  /**
   * Draws the scene, diffing against the previous one; resolves once the picture is complete.
   * `force` waits for a fresh complete frame even when nothing changed (after a context restore).
   */
  draw(scene: Scene, force?: boolean): Promise<void>;
  /**
   * How long the main thread took for the last draw that changed the picture, in ms, where the
   * renderer draws on it (the SVG picture); the caller may give a costly picture a frame of its own.
   */
  readonly drawMs?: number;
  /** Frames the bounds (padding in CSS px). */
  fit(bounds: Bounds, padding: number): void;
  /** Screen position (CSS px, relative to the container) of a point, or null when off-screen. */
  project(point: LonLat): { x: number; y: number };
  /**
   * The view widened by `margin` CSS px on every side, as [south-west, north-east], while it is
   * north up and flat (then a screen rectangle is a longitude/latitude one, Web Mercator keeping
   * each axis to itself); null otherwise. Lets a caller test thousands of points without projecting them.
   */
  viewBounds(margin: number): [LonLat, LonLat] | null;
  /** Recolours the base map (theme change) without rebuilding it. */
  setPalette(palette: MapPalette): void;
  /** The current picture at 2× pixel density (slide export). */
  snapshot(): Promise<HTMLCanvasElement>;
  /** Where the camera is, to restore it on a later renderer. */
  camera(): Camera;
  resize(): void;
  /** Frees the map and its WebGL context. */
  destroy(): void;
}
