/**
 * The map's lifecycle: which renderer draws (`renderer`: `auto` draws the SVG picture as soon as
 * the dataset and geodata are in, then hands over to WebGL when the reader pans or zooms; `svg`
 * never loads MapLibre; `webgl` loads MapLibre lazily, when the element nears the viewport, or at
 * once with `loading="eager"`), one renderer per element and never more (a mount that finishes
 * after the element was removed, or after a newer mount began, is destroyed, not adopted), the
 * page's live-map budget, context loss and restore, the camera kept across removal, and every draw.
 * The map's size is map/map-size.ts's, the labels' timing map/label-scheduler.ts's.
 */
import type { ReactiveController } from 'lit';
import type { Bounds } from '../../data/types.ts';
import type { Camera, MapPalette, Renderer, RendererEvents } from '../../render/renderer.ts';
import type { Worldview } from '../../geo/borders.ts';
import { frameShapeFor } from '../../scene/anchors.ts';
import type { Scene } from '../../scene/types.ts';
import type { EdgeInView } from '../parts/edge-labels.ts';
import {
  LIVE_MAP_BUDGET,
  liveMapCount,
  overBudget,
  registerLiveMap,
  unregisterLiveMap,
  type LiveMap,
} from '../map/live-maps.ts';
import {
  mountRenderer,
  mountSvgRenderer,
  preloadMap,
  rendererElement,
  rendererMode,
  type Mounted,
} from '../map/mount-renderer.ts';
import type { MapDelegate, MapHost } from '../host.ts';
import type { TiesMapRenderer } from '../public.ts';
import { afterNextPaint } from '../loaders/yield-to-main.ts';
import { CameraRest } from '../map/camera-rest.ts';
import { watchHandoverGestures } from '../map/handover-gestures.ts';
import type { LabelPlacement } from '../map/label-positions.ts';
import { LabelScheduler } from '../map/label-scheduler.ts';
import { PictureDraw } from '../map/picture-draw.ts';
import { ContextWatch } from '../map/context-watch.ts';
import { MAP_PADDING, MAP_WIDTH_STEP, observeMapResize, watchMapSize } from '../map/map-size.ts';

export class MapController implements ReactiveController, LiveMap {
  renderer: Renderer | null = null;
  /** What the map says instead of its picture (`part="map-status"`), or null. */
  message: string | null = null;
  private container: HTMLElement | null = null;
  /** The renderer's own element inside the container (a second one is mounted under it during a hand-over). */
  private rendererHost: HTMLElement | null = null;
  private handingOver = false;
  private stopGestures: (() => void) | null = null;

  /** Bumped by every mount and release: a mount that resolves under an older token is not ours. */
  private token = 0;
  private mounting: Promise<void> | null = null;
  /** The renderer the mount under way builds. */
  private mountingKind: Renderer['kind'] | null = null;
  /** The renderer mode whose mount failed, until the element is connected again. */
  private failedMode: TiesMapRenderer | null = null;
  private intersection: IntersectionObserver | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private visible = false;
  private readonly context = new ContextWatch({
    lost: () => this.unavailable('The WebGL context was lost and not restored.'),
    restored: () => {
      this.unavailable(null);
      void this.draw(true);
    },
  });
  /** The camera of a map given back, to restore it. */
  private savedCamera: Camera | undefined;
  /** The view of borders the mounted renderer's base map follows. */
  private worldview: Worldview | null = null;

  private readonly labelScheduler: LabelScheduler;
  private readonly picture: PictureDraw;
  private readonly rest = new CameraRest(() => this.renderer !== null);

  constructor(
    private readonly host: MapHost,
    private readonly delegate: MapDelegate,
  ) {
    host.addController(this);
    this.labelScheduler = new LabelScheduler(host, {
      renderer: () => this.renderer,
      scene: () => delegate.scene(),
      named: () => delegate.named(),
    });
    this.picture = new PictureDraw(delegate, this.labelScheduler, () => this.renderer);
  }

  /** Where the labels were last placed, for the slide export. */
  get labels(): Map<string, LabelPlacement> {
    return this.labelScheduler.labels;
  }

  /** Which edges reach into the map's view, for the figure-label cap (map/label-scheduler.ts). */
  labelView(): EdgeInView | null {
    return this.labelScheduler.labelView();
  }

  /** Calls `listener` each time the camera comes to rest after a move, a zoom or a resize. */
  onCameraRest(listener: () => void): void {
    this.rest.listen(listener);
  }

  get inView(): boolean {
    return this.visible;
  }

  private get mode(): TiesMapRenderer {
    return rendererMode(this.host.renderer);
  }

  /** `onMap`: what to say on the map instead of the default line. */
  private unavailable(reason: string | null, onMap?: string): void {
    const message = reason === null ? null : (onMap ?? this.host.strings.mapUnavailable);
    if (message !== this.message) {
      this.message = message;
      this.host.requestUpdate();
    }
    this.delegate.unavailable(reason);
  }

  hostConnected(): void {
    this.intersection = new IntersectionObserver((entries) => this.onIntersection(entries), {
      rootMargin: '200px 0px',
    });
    this.intersection.observe(this.host);
    // The SVG picture's geodata (88 KB gzip, and its decoding) is loaded when the picture is built,
    // after the frame has painted: started here, it held back the page's first paint and the
    // frame's (the article's first contentful and largest paints).
    if (this.mode === 'webgl' && this.host.loading === 'eager') preloadMap();
    // Re-added after removal (which released the map): the next update mounts it again, same view.
    if (this.host.hasUpdated && this.delegate.scene()) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.intersection?.disconnect();
    this.intersection = null;
    this.visible = false;
    this.failedMode = null;
    this.release();
  }

  /** After every update: start the map, or draw the current scene; no scene frees it. */
  hostUpdated(): void {
    const scene = this.delegate.scene();
    if (!scene) {
      if (this.renderer || this.mounting) this.release();
      if (this.delegate.dataset() === null) {
        this.picture.framedFor = null;
        this.savedCamera = undefined;
      }
      return;
    }
    const container = this.host.renderRoot.querySelector<HTMLElement>('.gl');
    // The template was re-rendered (an error, then a dataset): the old canvas went with it.
    if (this.renderer && container !== this.container) this.release();
    // The renderer attribute changed to a renderer other than the one drawing.
    const mode = this.mode;
    if (this.renderer && mode !== 'auto' && this.renderer.kind !== mode) this.release();
    // Or while a mount for the other renderer is under way: that mount would be adopted instead.
    else if (this.mounting && mode !== 'auto' && this.mountingKind !== mode) this.release();
    // Another view of borders: the base map is built again from its shapes (the camera stays).
    if (this.renderer && this.worldview !== scene.legend.borders.worldview) this.release();
    if (!this.renderer) void this.ensure();
    else void this.draw();
  }

  /** Moves the camera to `bounds` on the next draw. */
  frame(bounds: Bounds | null): void {
    this.picture.pendingCamera = bounds;
  }

  /**
   * The page's live-map budget asks for this map's WebGL context (the map is out of view): an
   * `auto` map goes back to its SVG picture, a `webgl` one frees its picture until it is back in view.
   */
  releaseMap(): void {
    this.release();
    if (this.mode !== 'webgl' && this.delegate.scene()) void this.ensure();
  }

  /** Frees the map and its WebGL context, keeping its camera; the frame, legend and table stay. */
  private release(): void {
    this.token++;
    this.mounting = null;
    this.handingOver = false;
    this.stopGestures?.();
    this.stopGestures = null;
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    watchMapSize(this.host, false);
    this.labelScheduler.cancel();
    this.context.stop();
    if (this.renderer) this.savedCamera = this.renderer.camera();
    this.renderer?.destroy();
    this.renderer = null;
    this.rendererHost?.remove();
    this.rendererHost = null;
    this.container = null;
    unregisterLiveMap(this);
  }

  resize(): void {
    this.renderer?.resize();
    void this.labelScheduler.scheduleLabels();
  }

  private onIntersection(entries: IntersectionObserverEntry[]): void {
    this.visible = entries.some((e) => e.isIntersecting);
    const mode = this.mode;
    if (mode === 'webgl' && (this.visible || this.host.loading === 'eager')) preloadMap();
    if (this.visible && !this.renderer && this.delegate.scene()) void this.ensure();
    else if (!this.visible && this.renderer?.kind === 'webgl' && overBudget()) this.releaseMap();
  }

  /** The renderer's side of the interface, for a mount under `token`. */
  private eventsFor(token: number): RendererEvents {
    return {
      edgeClick: (id) => this.delegate.edgeClick(id),
      edgeHover: (id) => this.delegate.edgeHover(id),
      shapeClick: (id) => this.delegate.shapeClick(id),
      move: () => {
        this.labelScheduler.moved();
        this.rest.moved();
      },
      contextLost: () => this.context.lost(),
      contextRestored: () => this.context.restored(),
      workerFailed: (url) => {
        // Said for this mount only, and never over an SVG picture (an `auto` hand-over that fails stays silent).
        if (token !== this.token || this.renderer?.kind === 'svg') return;
        const sentence = this.host.strings.workerFailed(url);
        this.unavailable(sentence, sentence);
      },
    };
  }

  private mount(
    kind: Renderer['kind'],
    container: HTMLElement,
    scene: Scene,
    palette: MapPalette,
    camera: Camera | undefined,
    token: number,
  ): Promise<Mounted> {
    const request = {
      container,
      scene,
      padding: MAP_PADDING,
      events: this.eventsFor(token),
      palette,
      camera,
    };
    return kind === 'webgl'
      ? mountRenderer(this.host.renderRoot as ShadowRoot, request)
      : mountSvgRenderer(request);
  }

  private ensure(): Promise<void> {
    if (this.mounting) return this.mounting;
    const mode = this.mode;
    // WebGL waits for the viewport (the observer starts it); the SVG picture is cheap and prints.
    if (mode === 'webgl' && this.host.loading !== 'eager' && !this.visible)
      return Promise.resolve();
    const container = this.host.renderRoot.querySelector<HTMLElement>('.gl');
    const scene = this.delegate.scene();
    if (!container || !scene) return Promise.resolve();
    // A renderer that could not start (no WebGL2) is not tried again on every update: only for
    // another renderer attribute, or once the element is connected again.
    if (this.failedMode === mode) return Promise.resolve();
    // A fresh mount clears what an earlier one said; what this one says (a worker that failed while
    // the renderer was built) stays: clearing it on adoption wiped it off the map.
    if (this.message !== null) this.unavailable(null);
    const token = ++this.token;
    const camera =
      this.picture.framedFor === this.delegate.dataset() ? this.savedCamera : undefined;
    const kind = mode === 'webgl' ? 'webgl' : 'svg';
    const element = rendererElement(container, kind, null);
    this.mountingKind = kind;
    this.mounting = (async () => {
      // The frame, legend and table paint first (ties-ready is said), in the browser's own task,
      // then the picture is built in another: MapLibre's synchronous setup takes seconds at 40,000
      // edges, and the palette read below would otherwise force the frame's whole style and layout
      // into this task (one long start-up task on an article page).
      await afterNextPaint();
      if (token !== this.token) {
        element.remove();
        return;
      }
      // The scene was laid out before the map's box existed (a `data` object shows at once) for
      // another shape or height than the box has: lay it out again first, then draw once, not twice.
      const laidOut = this.delegate.laidOutFor();
      if (
        laidOut &&
        (laidOut.shape !== frameShapeFor(container.clientWidth, container.clientHeight) ||
          Math.abs(laidOut.height - container.clientHeight) >= MAP_WIDTH_STEP)
      ) {
        element.remove();
        this.mounting = null;
        this.host.requestUpdate();
        return;
      }
      const palette = this.delegate.palette();
      const mounted = await this.mount(kind, element, scene, palette, camera, token);
      if (token !== this.token || !this.host.isConnected) {
        mounted.renderer?.destroy(); // removed, or a newer mount began: this one is not ours
        element.remove();
        return;
      }
      this.mounting = null;
      if (!mounted.renderer) {
        element.remove();
        this.failedMode = mode;
        this.unavailable(mounted.reason);
        return;
      }
      this.adopt(mounted.renderer, element, container, scene.legend.borders.worldview);
      this.picture.framed(this.delegate.dataset(), this.delegate.scene()?.frame ?? null);
      // The theme may have changed while the renderer loaded.
      const now = this.delegate.palette();
      if (JSON.stringify(now) !== JSON.stringify(palette)) this.renderer!.setPalette(now);
      this.resizeObserver = observeMapResize(this.host, container, {
        resized: () => this.renderer?.resize(),
        laidOutFor: () => this.delegate.laidOutFor(),
      });
      watchMapSize(this.host, true);
      if (mode === 'auto')
        this.stopGestures = watchHandoverGestures(
          container,
          preloadMap,
          () => void this.handOver(),
        );
      await this.draw(false, true);
    })();
    return this.mounting;
  }

  private adopt(
    renderer: Renderer,
    element: HTMLElement,
    container: HTMLElement,
    worldview: Worldview,
  ): void {
    this.renderer = renderer;
    this.worldview = worldview;
    this.rendererHost = element;
    this.container = container;
    if (renderer.kind === 'webgl') registerLiveMap(this);
  }

  /**
   * `auto`: WebGL mounts under the SVG picture at the SVG's camera and draws the current scene;
   * only then does the SVG picture go, so the reader sees no jump. Where WebGL2 is missing or the
   * page's live-map budget is used up, the SVG picture stays, and nothing is said.
   */
  private async handOver(): Promise<void> {
    const svg = this.renderer;
    const container = this.container;
    const scene = this.delegate.scene();
    if (this.handingOver || this.mode !== 'auto' || svg?.kind !== 'svg' || !container || !scene)
      return;
    if (typeof WebGL2RenderingContext === 'undefined' || liveMapCount() >= LIVE_MAP_BUDGET) return;
    this.handingOver = true;
    const token = this.token;
    const camera = svg.camera();
    const element = rendererElement(container, 'webgl', this.rendererHost);
    const palette = this.delegate.palette();
    const mounted = await this.mount('webgl', element, scene, palette, camera, token);
    const stillOurs = () => token === this.token && this.renderer === svg && this.host.isConnected;
    if (mounted.renderer && stillOurs())
      await mounted.renderer.draw(this.delegate.scene() ?? scene);
    const sameView = JSON.stringify(svg.camera()) === JSON.stringify(camera);
    if (!mounted.renderer || !stillOurs() || !sameView) {
      mounted.renderer?.destroy();
      element.remove();
      if (token === this.token) this.handingOver = false; // a camera move meanwhile: the next gesture tries again
      if (!mounted.renderer) {
        this.stopGestures?.();
        this.stopGestures = null;
      }
      return;
    }
    this.stopGestures?.();
    this.stopGestures = null;
    this.handingOver = false;
    svg.destroy();
    this.rendererHost?.remove();
    this.adopt(mounted.renderer, element, container, scene.legend.borders.worldview);
    const now = this.delegate.palette();
    if (JSON.stringify(now) !== JSON.stringify(palette)) mounted.renderer.setPalette(now);
    await this.draw();
  }

  private draw(force = false, settle = false): Promise<void> {
    return this.picture.draw(this.renderer, force, settle);
  }
}
