/**
 * The WebGL renderer: MapLibre GL with the style of style.ts, and the edges in a custom layer of
 * their own (gpu-edges/). Scene changes update the edge layer's instance buffers, the marker
 * source and feature states in place (the map is never rebuilt), touching only what changed.
 */
import { Map as MapLibreMap, prewarm, setWorkerUrl, type MapMouseEvent } from 'maplibre-gl';
// MapLibre 6 computes its worker URL at run time; ship the worker with the package instead.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Bounds } from '../../data/types.ts';
import type { LonLat, Scene } from '../../scene/types.ts';
import type { Camera, MapPalette, Renderer, RendererOptions } from '../renderer.ts';
import { EDGE_LAYER_ID, GpuEdgeLayer } from './gpu-edges/edge-layer.ts';
import {
  buildStyle,
  EDGES_BEFORE,
  HATCH_IMAGE,
  hatchImage,
  landColour,
  marginColour,
  markerColour,
} from './style.ts';
import { pageWorkerUrl } from '../worker-url.ts';
import { onWorkerFailure, startWorkers } from './workers.ts';
import { FlatProjector } from './flat-projector.ts';
import { SourceSync } from './source-sync.ts';

const absoluteWorkerUrl = pageWorkerUrl(workerUrl, document.baseURI);
setWorkerUrl(absoluteWorkerUrl);
startWorkers(absoluteWorkerUrl, prewarm);

export class MapLibreRenderer implements Renderer {
  readonly kind = 'webgl' as const;
  private readonly map: MapLibreMap;
  /** Resolves once the style can take data: at first load, and again after a lost context is rebuilt. */
  private ready: Promise<void>;
  private resolveRebuilt: (() => void) | null = null;
  /** The palette now in force (a theme change while the context is lost must survive the rebuild). */
  private palette: MapPalette;
  /** The scene last asked for, to rebuild the style from after a context loss. */
  private lastScene: Scene | null = null;
  /** The scene whose data the map last took: drawing it again changes nothing. */
  private sentScene: Scene | null = null;
  private destroyed = false;
  private readonly unlistenWorkers: () => void;
  /** What the map's sources and feature states were last sent of a scene. */
  private readonly sources = new SourceSync(() => this.map);
  /** Every edge, on the GPU; kept across style rebuilds (its CPU-side arrays re-fill a new context). */
  private readonly edgeLayer: GpuEdgeLayer;
  private readonly projector: FlatProjector;

  constructor(
    private readonly options: RendererOptions,
    initialFrame: Bounds,
    padding: number,
  ) {
    const { container, countries, events } = options;
    this.palette = options.palette;
    this.lastScene = options.initialScene ?? null;
    this.edgeLayer = new GpuEdgeLayer(options.palette.halo);
    if (options.initialScene) this.edgeLayer.setScene(options.initialScene);
    this.map = new MapLibreMap({
      container,
      style: buildStyle(
        countries,
        options.palette,
        options.initialScene ? this.sources.initialData(options.initialScene) : undefined,
      ),
      ...(options.camera
        ? { center: options.camera.center, zoom: options.camera.zoom }
        : { bounds: initialFrame, fitBoundsOptions: { padding } }),
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      renderWorldCopies: false,
      fadeDuration: 0,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disable();
    // Keyboard users move between the element's actor labels and edge handles instead; a focusable
    // canvas that ignores keys would be a dead tab stop.
    this.map.getCanvas().tabIndex = -1;
    this.map.once('style.load', () => this.styleLoaded());
    // The hatch of disputed areas is drawn on a canvas when the style first asks for it (again after a rebuild).
    this.map.setMissingStyleImageResolver((id) => {
      if (id !== HATCH_IMAGE || this.map.hasImage(HATCH_IMAGE)) return;
      const image = hatchImage(this.palette, devicePixelRatio);
      if (image) this.map.addImage(HATCH_IMAGE, image, { pixelRatio: devicePixelRatio });
    });
    this.ready = new Promise((resolve) => {
      this.map.once('load', () => resolve());
    });
    this.projector = new FlatProjector(this.map);
    this.map.on('move', () => {
      this.projector.invalidate();
      events.move();
    });
    this.map.on('webglcontextlost', () => {
      this.ready = new Promise((resolve) => (this.resolveRebuilt = resolve));
      events.contextLost();
    });
    this.map.on('webglcontextrestored', () => {
      this.rebuildStyle();
      events.contextRestored();
    });
    this.map.on('resize', () => {
      this.projector.invalidate();
      events.move();
    });
    // A worker that did not load leaves the map waiting for ever: say it once, whichever way it is
    // heard first (MapLibre's "Worker failed to load" error event, or the worker's own, workers.ts).
    let workerFailed = false;
    const failed = () => {
      if (!workerFailed && !this.destroyed) events.workerFailed?.(absoluteWorkerUrl);
      workerFailed = true;
    };
    this.unlistenWorkers = onWorkerFailure(failed);
    this.map.on('error', (event: { error?: unknown }) => {
      if (event.error instanceof Error && /worker/i.test(event.error.message)) failed();
      else console.error('ties-map:', event.error); // what MapLibre logs when nobody listens
    });
    this.map.on('click', (event: MapMouseEvent) => {
      const edge = this.edgeLayer.pick(event.point);
      if (edge !== null) {
        events.edgeClick(edge);
        return;
      }
      const land = this.map.queryRenderedFeatures(event.point, { layers: ['land'] })[0];
      events.shapeClick(land ? String(land.properties['id']) : null);
    });
    let hovered: string | null = null;
    this.map.on('mousemove', (event: MapMouseEvent) => {
      const id = this.edgeLayer.pick(event.point);
      this.map.getCanvas().style.cursor = id ? 'pointer' : '';
      if (id !== hovered) {
        hovered = id;
        events.edgeHover(id);
      }
    });
  }

  /**
   * A freshly loaded style: the edges' custom layer in its slot (custom layers are not part of a
   * style's JSON), and the last scene's country states, set before the first frame with the map's
   * tiles. Set at the first draw instead, they cost a second full frame right after the first:
   * about a second of SwiftShader's time at 10,000 edges, which the next interaction waited for.
   */
  private styleLoaded(): void {
    if (!this.map.getLayer(EDGE_LAYER_ID)) this.map.addLayer(this.edgeLayer, EDGES_BEFORE);
    if (this.lastScene) this.sources.setCountryStates(this.lastScene);
  }

  /**
   * MapLibre 6 rebuilds its style after a lost context from a snapshot taken at the loss. A loss
   * before the style had loaded leaves no snapshot, so the map would stay without a style and
   * never load; a rebuilt style also drops feature state
   * and the edges' custom layer. So the renderer rebuilds the style itself, from the last scene,
   * every time, and adds the edge layer again (its onAdd re-creates programs and buffers).
   */
  private rebuildStyle(): void {
    const scene = this.lastScene;
    this.sentScene = null;
    this.sources.clear();
    const resolve = this.resolveRebuilt;
    this.map.once('style.load', () => {
      this.styleLoaded();
      resolve?.();
    });
    this.map.setStyle(
      buildStyle(
        this.options.countries,
        this.palette,
        scene ? this.sources.initialData(scene) : undefined,
      ),
      { diff: false },
    );
  }

  /** Waits until the style takes data, also across a context lost and rebuilt meanwhile. */
  private async whenReady(): Promise<void> {
    for (;;) {
      const ready = this.ready;
      await ready;
      if (ready === this.ready) return;
    }
  }

  async draw(scene: Scene, force = false): Promise<void> {
    this.lastScene = scene;
    await this.whenReady();
    // A newer draw took over while we waited, or the map was removed meanwhile.
    if (this.lastScene !== scene || this.destroyed) return;
    // The same scene again (a host update that changed no view state, such as the live region's)
    // sends nothing: comparing 10,000 edges to themselves would still cost the update milliseconds.
    const changed = (scene !== this.sentScene || force) && this.send(scene);
    if (force) this.map.triggerRepaint();
    else if (!changed && this.map.loaded() && !this.map.isMoving()) return;
    await new Promise<void>((resolve) => this.map.once('idle', () => resolve()));
  }

  /** Gives the map what changed in the scene; whether anything did. */
  private send(scene: Scene): boolean {
    this.sentScene = scene;
    const changed = this.edgeLayer.setScene(scene);
    return this.sources.send(scene) || changed;
  }

  fit(bounds: Bounds, padding: number): void {
    // MapLibre also shortens non-essential eases under reduced motion; asking here keeps the jump
    // ours, whatever a later MapLibre decides.
    this.map.fitBounds(bounds, { padding, animate: !this.options.reducedMotion(), duration: 600 });
  }

  project(point: LonLat): { x: number; y: number } {
    return this.projector.project(point);
  }

  viewBounds(margin: number): [LonLat, LonLat] | null {
    if (this.map.getPitch() !== 0 || this.map.getBearing() !== 0) return null;
    const { clientWidth: width, clientHeight: height } = this.map.getContainer();
    const sw = this.map.unproject([-margin, height + margin]);
    const ne = this.map.unproject([width + margin, -margin]);
    // A longitude wrapped past the antimeridian would turn the rectangle inside out.
    return sw.lng < ne.lng
      ? [
          [sw.lng, sw.lat],
          [ne.lng, ne.lat],
        ]
      : null;
  }

  setPalette(palette: MapPalette): void {
    const set = (
      layer: string,
      property: Parameters<MapLibreMap['setPaintProperty']>[1],
      value: Parameters<MapLibreMap['setPaintProperty']>[2],
    ) => this.map.setPaintProperty(layer, property, value);
    this.palette = palette;
    this.edgeLayer.setHaloColour(palette.halo);
    void this.whenReady().then(() => {
      if (this.destroyed) return;
      set('sea', 'background-color', palette.sea);
      set('land', 'fill-color', landColour(palette));
      set('borders', 'line-color', palette.border);
      set('actor-borders', 'line-color', palette.actorBorder);
      set('disputed', 'line-color', palette.actorBorder);
      set('disputed-notes', 'circle-color', palette.actorBorder);
      set('disputed-notes', 'circle-stroke-color', palette.actorBorder);
      const hatch = this.map.hasImage(HATCH_IMAGE) ? hatchImage(palette, devicePixelRatio) : null;
      if (hatch) this.map.updateImage(HATCH_IMAGE, hatch);
      set('margins', 'fill-color', marginColour(palette));
      set('markers', 'circle-color', markerColour(palette, true));
      set('markers', 'circle-stroke-color', markerColour(palette, false));
      set('totals', 'circle-color', palette.marker);
      set('totals', 'circle-stroke-color', palette.marker);
    });
  }

  async snapshot(): Promise<HTMLCanvasElement> {
    await this.whenReady();
    const previous = this.map.getPixelRatio();
    this.map.setPixelRatio(2);
    try {
      // The drawing buffer is only readable in the frame that drew it: copy it in 'render'.
      return await new Promise<HTMLCanvasElement>((resolve) => {
        this.map.once('render', () => {
          const source = this.map.getCanvas();
          const copy = document.createElement('canvas');
          copy.width = source.width;
          copy.height = source.height;
          copy.getContext('2d')!.drawImage(source, 0, 0);
          resolve(copy);
        });
        this.map.triggerRepaint();
      });
    } finally {
      this.map.setPixelRatio(previous);
    }
  }

  camera(): Camera {
    const { lng, lat } = this.map.getCenter();
    return { center: [lng, lat], zoom: this.map.getZoom() };
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    this.destroyed = true;
    this.unlistenWorkers();
    this.map.remove();
  }
}
