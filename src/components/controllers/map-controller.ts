/**
 * The map's lifecycle: MapLibre loaded lazily (when the element nears the viewport, or at once
 * with `loading="eager"`), one renderer per element and never more (a mount that finishes after
 * the element was removed, or after a newer mount began, is destroyed, not adopted), the page's
 * live-map budget, context loss and restore, the camera kept across removal, and every draw.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Bounds } from '../../data/types.ts';
import type { Camera, MapPalette, Renderer } from '../../render/renderer.ts';
import type { Scene } from '../../scene/types.ts';
import { overBudget, registerLiveMap, unregisterLiveMap, type LiveMap } from '../live-maps.ts';
import { mountRenderer, preloadMap } from '../mount-renderer.ts';
import type { Strings } from '../strings.ts';
import { positionLabels, type LabelPlacement } from './label-positions.ts';

export const MAP_PADDING = 36;
/** A change of the map's width smaller than this keeps the scene's stroke widths. */
export const MAP_WIDTH_STEP = 24;

/** The map's width in CSS px (the element's width before the map's container exists). */
export function mapWidthOf(host: { readonly renderRoot: HTMLElement | DocumentFragment; readonly clientWidth: number }): number {
  return host.renderRoot.querySelector<HTMLElement>('.gl')?.clientWidth || host.clientWidth;
}
/** How long a lost context may take to come back before the element says the picture is unavailable. */
const CONTEXT_GRACE_MS = 2000;

export interface MapHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  loading: 'lazy' | 'eager';
  readonly strings: Strings;
}

export interface MapDelegate {
  /** The scene to draw now, or null when there is none (no valid dataset). */
  scene(): Scene | null;
  /** The dataset the scene shows: a new one is framed afresh, the same one keeps its camera. */
  dataset(): object | null;
  palette(): MapPalette;
  edgeClick(edgeId: string): void;
  edgeHover(edgeId: string | null): void;
  shapeClick(shapeId: string | null): void;
  /** The picture for the current view is complete. */
  drawn(kind: Renderer['kind']): void;
  /**
   * The picture cannot be shown (no WebGL2, a context lost for good, a worker that did not load),
   * or can again (null); `onMap`: what to say on the map instead of the default line.
   */
  unavailable(reason: string | null, onMap?: string): void;
}

export class MapController implements ReactiveController, LiveMap {
  renderer: Renderer | null = null;
  /** Where the labels were last placed, for the slide export. */
  labels = new Map<string, LabelPlacement>();
  private container: HTMLElement | null = null;
  /** Bumped by every mount and release: a mount that resolves under an older token is not ours. */
  private token = 0;
  private mounting: Promise<void> | null = null;
  private intersection: IntersectionObserver | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private visible = false;
  private contextTimer = 0;
  private labelFrame = 0;
  private drawGeneration = 0;
  /** The dataset the camera was framed for; the camera of a map given back, to restore it. */
  private framedFor: object | null = null;
  private savedCamera: Camera | undefined;
  /** Where the camera goes on the next draw (a step's camera, or the default frame). */
  private pendingCamera: Bounds | null = null;
  /** The map's width when an update was last asked for on resize (the scene's strokes follow it). */
  private askedWidth = 0;

  constructor(private readonly host: MapHost, private readonly delegate: MapDelegate) {
    host.addController(this);
  }

  get inView(): boolean {
    return this.visible;
  }

  hostConnected(): void {
    this.intersection = new IntersectionObserver((entries) => this.onIntersection(entries), { rootMargin: '200px 0px' });
    this.intersection.observe(this.host);
    if (this.host.loading === 'eager') preloadMap();
  }

  hostDisconnected(): void {
    this.intersection?.disconnect();
    this.intersection = null;
    this.visible = false;
    this.releaseMap();
  }

  /** After every update: start the map, or draw the current scene; no scene frees it. */
  hostUpdated(): void {
    const scene = this.delegate.scene();
    if (!scene) {
      if (this.renderer || this.mounting) this.releaseMap();
      if (this.delegate.dataset() === null) {
        this.framedFor = null;
        this.savedCamera = undefined;
      }
      return;
    }
    const container = this.host.renderRoot.querySelector<HTMLElement>('.gl');
    // The template was re-rendered (an error, then a dataset): the old canvas went with it.
    if (this.renderer && container !== this.container) this.releaseMap();
    if (!this.renderer) void this.ensure();
    else void this.draw();
  }

  /** Moves the camera to `bounds` on the next draw. */
  frame(bounds: Bounds | null): void {
    this.pendingCamera = bounds;
  }

  /** Frees the map and its WebGL context, keeping its camera; the frame, legend and table stay. */
  releaseMap(): void {
    this.token++;
    this.mounting = null;
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    cancelAnimationFrame(this.labelFrame);
    clearTimeout(this.contextTimer);
    if (this.renderer) this.savedCamera = this.renderer.camera();
    this.renderer?.destroy();
    this.renderer = null;
    this.container = null;
    unregisterLiveMap(this);
  }

  resize(): void {
    this.renderer?.resize();
    this.scheduleLabels();
  }

  private onIntersection(entries: IntersectionObserverEntry[]): void {
    this.visible = entries.some((e) => e.isIntersecting);
    if (this.visible || this.host.loading === 'eager') preloadMap();
    if (this.visible && !this.renderer && this.delegate.scene()) void this.ensure();
    else if (!this.visible && this.renderer && overBudget()) this.releaseMap();
  }

  private ensure(): Promise<void> {
    if (this.mounting) return this.mounting;
    if (this.host.loading !== 'eager' && !this.visible) return Promise.resolve(); // the observer starts it
    const container = this.host.renderRoot.querySelector<HTMLElement>('.gl');
    const scene = this.delegate.scene();
    if (!container || !scene) return Promise.resolve();
    const token = ++this.token;
    const camera = this.framedFor === this.delegate.dataset() ? this.savedCamera : undefined;
    const palette = this.delegate.palette();
    this.mounting = (async () => {
      // A task boundary first: the frame, legend and table paint (and ties-ready is said) before
      // MapLibre's synchronous setup, which at 40,000 edges takes seconds in one task.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (token !== this.token) return;
      const mounted = await mountRenderer(this.host.renderRoot as ShadowRoot, container, scene, MAP_PADDING, {
        edgeClick: (id) => this.delegate.edgeClick(id),
        edgeHover: (id) => this.delegate.edgeHover(id),
        shapeClick: (id) => this.delegate.shapeClick(id),
        move: () => this.scheduleLabels(),
        contextLost: () => this.onContextLost(),
        contextRestored: () => this.onContextRestored(),
        workerFailed: (url) => {
          const sentence = this.host.strings.workerFailed(url);
          if (token === this.token) this.delegate.unavailable(sentence, sentence);
        },
      }, palette, camera);
      if (token !== this.token || !this.host.isConnected) {
        mounted.renderer?.destroy(); // removed, or a newer mount began: this one is not ours
        return;
      }
      this.mounting = null;
      if (!mounted.renderer) {
        this.delegate.unavailable(mounted.reason);
        return;
      }
      this.renderer = mounted.renderer;
      this.container = container;
      this.delegate.unavailable(null);
      registerLiveMap(this);
      this.framedFor = this.delegate.dataset();
      // The theme may have changed while MapLibre loaded.
      const now = this.delegate.palette();
      if (JSON.stringify(now) !== JSON.stringify(palette)) this.renderer.setPalette(now);
      this.resizeObserver = new ResizeObserver(() => {
        this.renderer?.resize();
        // A phone turned, a column resized: the scene's strokes follow the map's width (view-store.ts).
        const width = container.clientWidth;
        if (Math.abs(width - this.askedWidth) >= MAP_WIDTH_STEP) {
          this.askedWidth = width;
          this.host.requestUpdate();
        }
      });
      this.resizeObserver.observe(container);
      await this.draw();
    })();
    return this.mounting;
  }

  private onContextLost(): void {
    clearTimeout(this.contextTimer);
    this.contextTimer = window.setTimeout(() => this.delegate.unavailable('The WebGL context was lost and not restored.'), CONTEXT_GRACE_MS);
  }

  private onContextRestored(): void {
    clearTimeout(this.contextTimer);
    this.delegate.unavailable(null);
    void this.draw(true);
  }

  private async draw(force = false): Promise<void> {
    const renderer = this.renderer;
    const scene = this.delegate.scene();
    if (!renderer || !scene) return;
    const dataset = this.delegate.dataset();
    if (this.framedFor !== dataset) {
      this.framedFor = dataset;
      if (!this.pendingCamera) renderer.fit(scene.frame, MAP_PADDING);
    }
    if (this.pendingCamera) {
      renderer.fit(this.pendingCamera, MAP_PADDING);
      this.pendingCamera = null;
    }
    const generation = ++this.drawGeneration;
    this.scheduleLabels();
    await renderer.draw(scene, force);
    if (generation !== this.drawGeneration || renderer !== this.renderer) return;
    this.placeLabels();
    this.delegate.drawn(renderer.kind);
  }

  scheduleLabels(): void {
    cancelAnimationFrame(this.labelFrame);
    this.labelFrame = requestAnimationFrame(() => this.placeLabels());
  }

  private placeLabels(): void {
    const scene = this.delegate.scene();
    const layer = this.host.renderRoot.querySelector<HTMLElement>('.labels');
    if (!this.renderer || !scene || !layer) return;
    this.labels = positionLabels(layer, this.renderer, scene);
  }
}
