/** `<ties-map>`: a source-backed relationship map (see the class documentation). */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Dataset, Problem, SceneStep, Tie } from '../data/types.ts';
import { places } from '../geo/places.ts';
import type { Renderer } from '../render/renderer.ts';
import { buildScene, sceneBasis, type SceneBasis } from '../scene/build-scene.ts';
import type { Scene, SceneActor, SceneEdge } from '../scene/types.ts';
import { checkAttributes, usableAsOf } from '../state/attribute-checks.ts';
import { INITIAL_VIEW, parseLayersAttribute, visibleTies, withLayerToggled, type ViewState } from '../state/view-state.ts';
import { DatasetController, DEFAULT_MAX_SIZE_MB, DEFAULT_TIMEOUT_S, type TiesErrorType } from './controllers/dataset-controller.ts';
import { MapController } from './controllers/map-controller.ts';
import { citeTie } from './citation.ts';
import { exportSlide } from './export-png.ts';
import { renderEdgeLabels } from './edge-labels.ts';
import { renderEvidenceCard } from './evidence-card.ts';
import { renderFocusPanel } from './focus-panel.ts';
import { renderLegend } from './legend.ts';
import { presenterKey } from './presenter.ts';
import { stringsFor } from './strings.ts';
import { renderTimeline, timelineStops } from './timeline.ts';
import { readUrlView, writeUrlView, type UrlView } from './url-state.ts';
import { readLayerColours, readPalette } from './theme.ts';
import { tiesMapStyles } from './ties-map.styles.ts';
import { renderTiesTable } from './ties-table.ts';

export type { TiesErrorType };
/**
 * Above this many navigable edges, one keyboard handle per edge helps no one (thousands of tab
 * stops) and costs a layout on every frame; the element then offers focus (a country's edges) and
 * the table's Evidence buttons, which reach every tie.
 */
const MAX_EDGE_HANDLES = 250;
/** Table rows per page (ties-table.ts). */
const TABLE_PAGE = 250;
const NO_URL_VIEW: UrlView = { layers: null, focus: null, asOf: null, scene: null, edge: null };

/**
 * `<ties-map>`: a source-backed relationship map.
 *
 * @tagname ties-map
 * @summary Draws the ties of a `ties-map/1` dataset on a map, with layer toggles, a legend, an
 * evidence card for every edge and an accessible table; every line comes from a figure a source states.
 *
 * @attr src - URL of a `ties-map/1` dataset.
 * @attr layers - Space-separated visible layer ids; all when absent.
 * @attr focus - An actor id: its ties are emphasised, the rest dimmed (property `focusActor`).
 * @attr as-of - ISO date: show ties whose `when.from` is on or before it and that have not ended.
 * @attr scene - A scene id of the dataset (presenter steps).
 * @attr renderer - `auto` (default), `webgl` or `svg`.
 * @attr lang - Language of the element's own strings.
 * @attr loading - `lazy` (default: MapLibre starts near the viewport) or `eager`.
 * @attr theme - `light` or `dark`; absent: follows `prefers-color-scheme`.
 * @attr presenter - Present the scenes fullscreen, with large type and keyboard (clicker) control.
 * @attr sync-url - Mirror the view (layers, focus, as-of, scene, open tie) in the location hash, keyed by the element's id.
 *
 * @event ties-ready - The dataset is valid and the frame, legend and table show it. detail: `{ actors, ties }`.
 * @event ties-drawn - The map picture for the current view is complete. detail: `{ renderer }`.
 * @event ties-error - The dataset is invalid or unreachable, or the map cannot draw. detail: `{ type: 'data' | 'fetch' | 'webgl', errors: {path, message}[] }`.
 * @event ties-select - An edge or an actor was chosen. detail: `{ ties: string[] }` or `{ actor: string }`.
 *
 * @csspart frame - The whole figure.
 * @csspart layer-toggles - The layer buttons and the table button.
 * @csspart map - The map area.
 * @csspart actor-label - An actor's label on the map (a button: focuses the actor).
 * @csspart edge-button - The focusable handle of an edge, at its direction cue.
 * @csspart edge-hint - The note shown instead of edge handles when there are more than 250 edges in reach.
 * @csspart evidence - The evidence card of an edge.
 * @csspart focus-panel - The ties of the focused actor.
 * @csspart legend - The legend under the map.
 * @csspart ties-table - The table of visible ties.
 * @csspart error - The error panel (role="alert").
 * @csspart announcer - The polite live region.
 * @csspart map-status - The line shown when the map picture is unavailable.
 * @csspart scenes - The scene control (previous, counter, next, present).
 * @csspart caption - The current scene's title and caption.
 * @csspart timeline - The as-of slider and play button.
 *
 * @cssprop --ties-map-height - Height of the map area (default `clamp(320px, 62vh, 640px)`).
 * @cssprop --ties-font - Font family of the element's text.
 * @cssprop --ties-text - Text colour.
 * @cssprop --ties-muted - Secondary text colour.
 * @cssprop --ties-panel - Background of the element and its panels.
 * @cssprop --ties-rule - Border and rule colour.
 * @cssprop --ties-accent - Focus ring and link colour.
 * @cssprop --ties-layer-energy - Colour of the energy layer (any layer: `--ties-layer-<id>`).
 * @cssprop --ties-layer-arms - Colour of the arms layer.
 * @cssprop --ties-layer-diplomatic - Colour of the diplomatic layer.
 * @cssprop --ties-sea - Sea colour of the base map.
 * @cssprop --ties-land - Land colour of countries that are not actors.
 * @cssprop --ties-land-actor - Land colour of actors.
 * @cssprop --ties-land-focus - Land colour of the focused actor.
 * @cssprop --ties-border - Country border colour.
 * @cssprop --ties-border-actor - Border colour of actors.
 * @cssprop --ties-halo - Halo under edges and markers.
 * @cssprop --ties-marker - Marker colour of organisations and other point actors.
 * @cssprop --ties-label-bg - Background of the actor labels.
 */
export class TiesMap extends LitElement {
  static override styles = tiesMapStyles;

  static override properties = {
    src: { type: String, noAccessor: true },
    data: { attribute: false, noAccessor: true },
    timeout: { type: Number },
    maxSize: { type: Number, attribute: 'max-size' },
    layers: { type: String },
    focusActor: { type: String, attribute: 'focus', reflect: true },
    asOf: { type: String, attribute: 'as-of' },
    scene: { type: String },
    renderer: { type: String },
    lang: { type: String },
    loading: { type: String },
    theme: { type: String, reflect: true },
    presenter: { type: Boolean, reflect: true },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    _playing: { state: true },
    _view: { state: true },
    _tableShown: { state: true },
    _tableLimit: { state: true },
    _mapMessage: { state: true },
    _openEdge: { state: true },
    _previewEdge: { state: true },
    _announcement: { state: true },
  };

  private readonly loader = new DatasetController(this, {
    ready: (dataset, warnings) => this.onDataset(dataset, warnings),
    // Said once the error panel shows it (and never synchronously inside a setter or append).
    failed: (type, problems) => void this.updateComplete.then(() => this.emit('ties-error', { type, errors: problems.map(({ path, message }) => ({ path, message })) })),
  });
  private readonly map = new MapController(this, {
    scene: () => (this.loader.status === 'ready' ? this.currentScene : null),
    dataset: () => this.loader.dataset,
    palette: () => readPalette(getComputedStyle(this)),
    edgeClick: (edgeId) => this.onEdgeClick(edgeId),
    edgeHover: (edgeId) => (this._previewEdge = edgeId),
    shapeClick: (id) => this.onShapeClick(id),
    drawn: (kind) => this.emit('ties-drawn', { renderer: kind }),
    unavailable: (reason) => {
      this._mapMessage = reason === null ? null : this.strings.mapUnavailable;
      if (reason !== null) this.emit('ties-error', { type: 'webgl', errors: [{ path: 'renderer', message: reason }] });
    },
  });
  private _src: string | null = null;
  private _data: unknown = undefined;

  /** URL of a `ties-map/1` dataset. Setting it (or `data`) later replaces the shown dataset: the newest input wins. */
  get src(): string | null {
    return this._src;
  }
  set src(value: string | null) {
    const old = this._src;
    this._src = value;
    this.requestUpdate('src', old);
    this.loader.setSrc(value);
  }

  /** A dataset object (parsed JSON, or JSON text); takes effect when set. */
  get data(): unknown {
    return this._data;
  }
  set data(value: unknown) {
    const old = this._data;
    this._data = value;
    this.requestUpdate('data', old);
    this.loader.setData(value);
  }

  /** Seconds a `src` load may take before it fails with a message (default 30). */
  timeout = DEFAULT_TIMEOUT_S;
  /** Largest `src` dataset accepted, in MB (default 20). */
  maxSize = DEFAULT_MAX_SIZE_MB;
  /** Space-separated visible layer ids; all when absent. */
  layers: string | null = null;
  /**
   * The `focus` attribute: an actor id whose ties are emphasised. (The property is not called
   * `focus`, which would hide HTMLElement.focus().)
   */
  focusActor: string | null = null;
  /** ISO date: show ties that started on or before it. */
  asOf: string | null = null;
  /** A scene id of the dataset (presenter steps). */
  scene: string | null = null;
  /** `auto` (default), `webgl` or `svg`. */
  renderer: string | null = null;
  override lang = '';
  /** `lazy` (default): start MapLibre when the element nears the viewport; `eager`: at once. */
  loading: 'lazy' | 'eager' = 'lazy';
  /** `light` or `dark`; absent: follows `prefers-color-scheme`. */
  theme: string | null = null;
  /** Presenter mode: fullscreen walk-through of the scenes. */
  presenter = false;
  /** Mirror the view in the location hash (needs an `id`). */
  syncUrl = false;
  private _playing = false;
  private playTimer = 0;
  /** Ties a scene highlights. */
  private sceneHighlight: ReadonlySet<string> = new Set();
  /** True while the view is being set from the URL, so it is not written back. */
  private restoringUrl = false;
  /** The view the attributes gave before the URL was first read (with `sync-url`). */
  private authoredView: UrlView | null = null;
  private readonly onPopState = (): void => this.restoreFromUrl();
  private readonly onPresenterKey = (event: KeyboardEvent): void => this.handlePresenterKey(event);
  private readonly onFullscreenChange = (): void => {
    if (!document.fullscreenElement && this.presenter && this.dataset['fullscreen'] === 'native') this.presenter = false;
  };

  private _view: ViewState = INITIAL_VIEW;
  private _tableShown = false;
  private _tableLimit = TABLE_PAGE;
  private _mapMessage: string | null = null;
  /** The edge whose evidence card is open, and the one being previewed (hover, keyboard focus). */
  private _openEdge: string | null = null;
  private _previewEdge: string | null = null;
  /** Text of the aria-live region. */
  private _announcement = '';
  /** Finds the control that opened the card, to return focus to it on close. */
  private returnFocus: (() => HTMLElement | null) | null = null;

  private basis: SceneBasis | null = null;
  /** The dataset `basis` was built for. */
  private basisFor: Dataset | null = null;
  private currentScene: Scene | null = null;
  /** Attribute problems already said, so each is warned about once. */
  private saidProblems = new Set<string>();
  private readonly darkQuery = matchMedia('(prefers-color-scheme: dark)');
  private readonly onSchemeChange = (): void => this.applyTheme();

  get strings() {
    return stringsFor(this.lang || document.documentElement.lang);
  }

  loadTimeoutMs(): number {
    return (Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT_S) * 1000;
  }

  maxBytes(): number {
    return (Number.isFinite(this.maxSize) && this.maxSize > 0 ? this.maxSize : DEFAULT_MAX_SIZE_MB) * 1e6;
  }

  private get _status() {
    return this.loader.status;
  }

  private get _dataset(): Dataset | null {
    return this.loader.dataset;
  }

  /** The renderer drawing the picture now (tests and the bench reach MapLibre through it). */
  get mapRenderer(): Renderer | null {
    return this.map.renderer;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.darkQuery.addEventListener('change', this.onSchemeChange);
    window.addEventListener('popstate', this.onPopState);
    window.addEventListener('hashchange', this.onPopState);
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
    // Re-added after removal: the map comes back with the same view.
    if (this._status === 'ready' && this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.darkQuery.removeEventListener('change', this.onSchemeChange);
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('hashchange', this.onPopState);
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    document.removeEventListener('keydown', this.onPresenterKey);
    clearInterval(this.playTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this._dataset === null) {
      this.basis = null;
      this.basisFor = null;
      this.currentScene = null;
    }
    const datasetChanged = this._dataset !== null && this.basisFor !== this._dataset;
    if (datasetChanged) {
      this.basis = sceneBasis(this._dataset!, places, this.layerColourOverrides());
      this.basisFor = this._dataset;
      this.currentScene = null;
    }
    if (datasetChanged && this.syncUrl) this.restoreFromUrl(false);
    if ((changed.has('scene') || datasetChanged) && this._dataset) this.applyScene();
    if (datasetChanged || changed.has('layers') || changed.has('focusActor') || changed.has('asOf')
      || changed.has('_openEdge') || changed.has('_previewEdge') || changed.has('scene')) {
      const edgeId = this._openEdge ?? this._previewEdge;
      const edgeTies = edgeId ? this.tiesOfEdge(edgeId) : [];
      this._view = {
        ...this._view,
        layers: parseLayersAttribute(this.layers),
        focus: this.focusActor && this._dataset?.actors.some((a) => a.id === this.focusActor) ? this.focusActor : null,
        asOf: usableAsOf(this.asOf) ? this.asOf : null,
        highlight: new Set([...this.sceneHighlight, ...edgeTies.map((t) => t.id)]),
      };
    }
    if (this.basis && (datasetChanged || changed.has('_view') || !this.currentScene)) {
      this.currentScene = buildScene(this.basis, this._view, this.map.width);
    } else if (this.basis && this.map.widthChanged()) this.currentScene = buildScene(this.basis, this._view, this.map.width);
    if (this._dataset && (datasetChanged || ['layers', 'focusActor', 'asOf', 'scene'].some((key) => changed.has(key)))) this.reportAttributes(this._dataset);
  }

  /** Says (console and live region) what in the view attributes this dataset cannot honour, once each. */
  private reportAttributes(dataset: Dataset): void {
    const problems = checkAttributes(dataset, { layers: this.layers, focus: this.focusActor, asOf: this.asOf, scene: this.scene });
    const said: string[] = [];
    for (const p of problems) {
      const message = this.strings.attributeProblem(p.attribute, p.value, p.meant, p.known);
      if (this.saidProblems.has(message)) continue;
      this.saidProblems.add(message);
      console.warn(`ties-map${this.id ? `#${this.id}` : ''}: ${message}`);
      said.push(message);
    }
    if (said.length > 0) void this.updateComplete.then(() => (this._announcement = said.join(' ')));
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('theme') && changed.get('theme') !== undefined) this.applyTheme();
    if (changed.has('presenter') && (this.presenter || changed.get('presenter') !== undefined)) void this.togglePresenter();
    if (this.syncUrl && this._status === 'ready' && !this.restoringUrl
      && ['layers', 'focusActor', 'asOf', 'scene', '_openEdge'].some((key) => changed.has(key))) this.writeUrl();
  }

  // ---- scenes -------------------------------------------------------------------------------

  private get scenes(): readonly SceneStep[] {
    return this._dataset?.scenes ?? [];
  }

  private get sceneIndex(): number {
    return this.scenes.findIndex((s) => s.id === this.scene);
  }

  /** A scene sets layers, focus, highlighted ties, as-of date and camera (DESIGN.md). */
  private applyScene(): void {
    const step = this.scenes.find((s) => s.id === this.scene);
    if (!step) {
      if (this.sceneHighlight.size > 0) this.sceneHighlight = new Set();
      return;
    }
    const all = this._dataset!.layers.map((l) => l.id);
    const layers = step.layers ?? all;
    this.layers = all.every((id) => layers.includes(id)) ? null : layers.join(' ');
    this.focusActor = step.focus ?? null;
    this.asOf = step.asOf ?? null;
    this.sceneHighlight = new Set(step.ties ?? []);
    this._openEdge = null;
    this.map.frame(step.camera ?? this.basis?.layout.frame ?? null);
  }

  private goToScene(index: number): void {
    const step = this.scenes[index];
    if (!step) return;
    this.scene = step.id;
    void this.updateComplete.then(() => (this._announcement = this.strings.announceScene(index + 1, this.scenes.length, step.title)));
  }

  // ---- presenter ----------------------------------------------------------------------------

  private async togglePresenter(): Promise<void> {
    if (this.presenter) {
      if (this.sceneIndex < 0 && this.scenes.length > 0) this.goToScene(0);
      document.addEventListener('keydown', this.onPresenterKey);
      try {
        await this.requestFullscreen();
        this.dataset['fullscreen'] = 'native';
      } catch {
        this.dataset['fullscreen'] = 'pseudo'; // refused (iframe, no gesture): fill the window instead
      }
    } else {
      document.removeEventListener('keydown', this.onPresenterKey);
      if (document.fullscreenElement === this) await document.exitFullscreen().catch(() => undefined);
      delete this.dataset['fullscreen'];
    }
    this.map.resize();
  }

  private handlePresenterKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    // Escape first closes an open card, as everywhere else.
    if (event.key === 'Escape' && (this._openEdge !== null || this._previewEdge !== null)) return;
    const target = presenterKey(event.key, Math.max(0, this.sceneIndex), this.scenes.length);
    if (target === null) return;
    event.preventDefault();
    if (target === 'exit') this.presenter = false;
    else this.goToScene(target);
  }

  // ---- timeline -----------------------------------------------------------------------------

  private togglePlay(): void {
    if (this._playing) {
      this._playing = false;
      clearInterval(this.playTimer);
      return;
    }
    const stops = timelineStops(this._dataset!);
    if (stops.length === 0) return;
    this._playing = true;
    let i = this.asOf === null ? -1 : stops.indexOf(this.asOf);
    const step = () => {
      i += 1;
      if (i >= stops.length) {
        this.asOf = null;
        this._playing = false;
        clearInterval(this.playTimer);
        return;
      }
      this.asOf = stops[i]!;
    };
    step();
    this.playTimer = window.setInterval(step, 1200);
  }

  // ---- URL ----------------------------------------------------------------------------------

  private currentUrlView(): UrlView {
    return { layers: this.layers, focus: this.focusActor, asOf: this.asOf, scene: this.scene, edge: this._openEdge };
  }

  /**
   * Only what differs from the view the attributes gave goes into the hash, so a hash without this
   * map's keys (another map's link, a page's own) leaves it as authored. A value cleared where the
   * attributes set one is written empty; "all layers" is written as the list of every layer.
   */
  private writeUrl(): void {
    if (!this.id) return;
    const authored = this.authoredView ?? NO_URL_VIEW;
    const current = this.currentUrlView();
    const view = { ...NO_URL_VIEW };
    for (const key of Object.keys(view) as (keyof UrlView)[]) {
      const value = current[key];
      if (value === authored[key]) continue;
      if (key === 'layers' && value === null) view.layers = this._dataset?.layers.map((l) => l.id).join(' ') ?? null;
      else view[key] = value ?? '';
    }
    const hash = writeUrlView(location.hash, this.id, view);
    if (hash !== location.hash && !(hash === '' && location.hash === '')) {
      history.pushState(history.state, '', `${location.pathname}${location.search}${hash}`);
    }
  }

  /** Sets the view from the hash (on load, and on back/forward). */
  private restoreFromUrl(requestUpdate = true): void {
    if (!this.syncUrl || !this.id || !this._dataset) return;
    this.authoredView ??= this.currentUrlView();
    const authored = this.authoredView;
    const inHash = readUrlView(location.hash, this.id);
    // Absent: as the attributes gave it; empty: none (for layers, empty means no layer).
    const pick = (key: keyof UrlView) => {
      const value = inHash[key];
      return value === null ? authored[key] : value === '' && key !== 'layers' ? null : value;
    };
    this.restoringUrl = true;
    const scene = pick('scene');
    if (scene !== null) this.scene = scene;
    else {
      if (this.scene !== null) this.scene = null;
      this.layers = pick('layers');
      this.focusActor = pick('focus');
      this.asOf = pick('asOf');
    }
    this._openEdge = pick('edge');
    if (requestUpdate) this.requestUpdate();
    void this.updateComplete.then(() => (this.restoringUrl = false));
  }

  private layerColourOverrides(): Record<string, string> {
    if (!this._dataset) return {};
    return readLayerColours(getComputedStyle(this), this._dataset.layers.map((l) => l.id));
  }

  /** Re-reads the theme's custom properties: new edge colours (scene) and base-map colours (renderer). */
  private applyTheme(): void {
    if (!this._dataset) return;
    this.basis = sceneBasis(this._dataset, places, this.layerColourOverrides());
    this.currentScene = buildScene(this.basis, this._view, this.map.width);
    this.map.renderer?.setPalette(readPalette(getComputedStyle(this)));
    this.requestUpdate();
  }

  /** A dataset was accepted (from `src` or `data`): a fresh view of it, announced once it shows. */
  private onDataset(dataset: Dataset, warnings: Problem[]): void {
    for (const warning of warnings) console.warn(`ties-map: ${warning.path}: ${warning.message}`);
    this._openEdge = null;
    this._previewEdge = null;
    this._tableLimit = TABLE_PAGE;
    this.saidProblems.clear();
    void this.updateComplete.then(() => {
      if (this._dataset !== dataset) return;
      this.emit('ties-ready', { actors: dataset.actors.length, ties: this.visible().length });
    });
  }

  private emit(name: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  private visible() {
    return this._dataset ? visibleTies(this._dataset, this._view) : [];
  }

  /**
   * Ties per layer at the as-of date, whether the layer is shown or not: the counts on the layer
   * buttons follow the timeline (all of a layer's ties when no date is set).
   */
  private countsAtDate(dataset: Dataset): Map<string, number> {
    const counts = new Map<string, number>();
    for (const tie of visibleTies(dataset, { ...this._view, layers: null })) counts.set(tie.layer, (counts.get(tie.layer) ?? 0) + 1);
    return counts;
  }

  /** The visible ties an edge stands for. */
  private tiesOfEdge(edgeId: string): Tie[] {
    const edge = this.currentScene?.edges.find((e) => e.id === edgeId);
    if (!edge || !this._dataset) return [];
    const ids = new Set(edge.tieIds);
    return this._dataset.ties.filter((t) => ids.has(t.id));
  }

  private openEdge(edgeId: string, returnFocus: () => HTMLElement | null): void {
    const edge = this.currentScene?.edges.find((e) => e.id === edgeId);
    if (!edge) return;
    this.returnFocus = returnFocus;
    this._openEdge = edgeId;
    this._previewEdge = null;
    this.emit('ties-select', { ties: edge.tieIds });
    void this.updateComplete.then(() => {
      const heading = this.renderRoot.querySelector<HTMLElement>('#evidence-heading');
      heading?.focus();
      if (heading) this._announcement = this.strings.announceEvidence(heading.textContent ?? '');
    });
  }

  /** The table's next page of rows; the button stays focused and the new count is announced. */
  private showMoreRows(visible: number): void {
    this._tableLimit = Math.min(this._tableLimit + TABLE_PAGE, visible);
    this._announcement = this.strings.tableShowing(this._tableLimit, visible);
  }

  private openTie(tie: Tie, opener: HTMLElement): void {
    const edgeId = this.currentScene?.edges.find((e) => e.tieIds.includes(tie.id))?.id;
    if (edgeId) this.openEdge(edgeId, () => (opener.isConnected ? opener : null));
  }

  private closeEvidence(): void {
    if (this._openEdge === null) return;
    this._openEdge = null;
    const target = this.returnFocus?.();
    this.returnFocus = null;
    void this.updateComplete.then(() => target?.isConnected && target.focus());
  }

  /** Downloads the slide PNG of the current view (see toPNG). */
  private async downloadPng(): Promise<void> {
    const blob = await this.toPNG();
    if (!blob) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${(this._dataset?.title ?? 'ties-map').replace(/[^\w-]+/g, '-').toLowerCase()}.png`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  /**
   * A PNG of the current view at 2× pixel density, with the title, the legend and a source credit
   * line drawn in: a slide. Resolves null when no map picture is available.
   */
  async toPNG(): Promise<Blob | null> {
    const renderer = this.map.renderer;
    const scene = this.currentScene;
    const dataset = this._dataset;
    if (!renderer || !scene || !dataset) return null;
    const picture = await renderer.snapshot();
    const labels = scene.actors.flatMap((actor) => {
      const box = this.map.labels.get(actor.id);
      return box ? [{ x: box.left + box.width / 2, y: box.top + box.height / 2, actor }] : [];
    });
    const step = this.scenes[this.sceneIndex];
    const title = step ? `${dataset.title}: ${step.title}` : dataset.title;
    return exportSlide({ picture, labels, dataset, title, caption: step?.caption, legend: scene.legend, strings: this.strings, palette: readPalette(getComputedStyle(this)) });
  }

  private async copyCitation(tie: Tie): Promise<void> {
    if (!this._dataset) return;
    const text = citeTie(this._dataset, tie);
    try {
      await navigator.clipboard.writeText(text);
      this._announcement = this.strings.copied;
    } catch {
      this._announcement = this.strings.copyFailed;
    }
  }

  private onEdgeClick(edgeId: string): void {
    this.openEdge(edgeId, () => this.renderRoot.querySelector<HTMLElement>(`[data-edge-id="${CSS.escape(edgeId)}"]`));
  }

  private onShapeClick(shapeId: string | null): void {
    const actor = shapeId ? this._dataset?.actors.find((a) => a.id === shapeId) : undefined;
    this.setFocus(actor ? actor.id : null);
  }

  private setFocus(actorId: string | null): void {
    if (actorId === this._view.focus) return;
    this.focusActor = actorId;
    if (actorId) this.emit('ties-select', { actor: actorId });
    void this.updateComplete.then(() => {
      const visible = this.visible();
      const name = this._dataset?.actors.find((a) => a.id === actorId)?.name ?? '';
      this._announcement = actorId
        ? this.strings.announceFocus(name, visible.filter((t) => t.from === actorId || t.to === actorId).length)
        : this.strings.announceFocusCleared(visible.length);
    });
  }

  private toggleLayer(layerId: string): void {
    if (!this._dataset) return;
    const all = this._dataset.layers.map((l) => l.id);
    const next = withLayerToggled(this._view, all, layerId);
    this.layers = next.layers === null ? null : all.filter((id) => next.layers!.has(id)).join(' ');
    const label = this._dataset.layers.find((l) => l.id === layerId)?.label ?? layerId;
    const shown = next.layers === null || next.layers.has(layerId);
    void this.updateComplete.then(() => (this._announcement = this.strings.announceLayer(label, shown, this.visible().length)));
  }

  /**
   * Escape closes the card first, then clears the focus. In presenter mode the focus is the
   * scene's, so Escape goes on to the presenter keys and leaves presenter mode instead.
   */
  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    if (this._openEdge !== null) this.closeEvidence();
    else if (this._previewEdge !== null) this._previewEdge = null;
    else if (this._view.focus !== null && !this.presenter) this.setFocus(null);
    else return;
    event.stopPropagation();
  }

  /**
   * Arrow keys move between actors (west to east) on the labels, and between edges on the edge
   * handles: all visible edges, or the focused actor's.
   */
  private onMapKeydown(event: KeyboardEvent): void {
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    const target = event.composedPath()[0] as HTMLElement;
    const scene = this.currentScene;
    if (!scene) return;
    let selector: string | null = null;
    if (target.dataset['actorId']) {
      const order = [...scene.actors].sort((a, b) => a.anchor[0] - b.anchor[0]).map((a) => a.id);
      const next = order[(order.indexOf(target.dataset['actorId']) + step + order.length) % order.length]!;
      selector = `[data-actor-id="${CSS.escape(next)}"]`;
    } else if (target.dataset['edgeId']) {
      const order = this.navigableEdges(scene).map((e) => e.id);
      const next = order[(order.indexOf(target.dataset['edgeId']) + step + order.length) % order.length];
      if (next) selector = `[data-edge-id="${CSS.escape(next)}"]`;
    }
    if (!selector) return;
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** The edges the focused actor has (all, without focus) — the ones its keyboard path covers. */
  private edgesInReach(scene: Scene): SceneEdge[] {
    const focus = this._view.focus;
    return focus ? scene.edges.filter((e) => e.from === focus || e.to === focus) : scene.edges;
  }

  private navigableEdges(scene: Scene): SceneEdge[] {
    const edges = this.edgesInReach(scene);
    return edges.length <= MAX_EDGE_HANDLES ? edges : [];
  }

  protected override render() {
    const s = this.strings;
    if (this._status === 'error') return this.renderError();
    if (this._status !== 'ready' || !this._dataset || !this.currentScene) {
      return html`<div part="frame" class="frame"><p class="map-status">${this._status === 'loading' ? s.loading : s.noData}</p>
        <div part="error" role="alert" hidden></div></div>`;
    }
    const dataset = this._dataset;
    const scene = this.currentScene;
    const visible = this.visible();
    const atDate = this.countsAtDate(dataset);
    return html`<figure part="frame" class="frame" @keydown=${this.onKeydown}>
      <header>
        <h2>${dataset.title}</h2>
        ${dataset.description ? html`<p>${dataset.description}</p>` : nothing}
      </header>
      <div class="toolbar" part="layer-toggles" role="group" aria-label=${s.layers}>
        <span class="label" aria-hidden="true">${s.layers}:</span>
        ${scene.legend.layers.map((layer) => html`<button type="button" data-layer=${layer.id} aria-pressed=${String(layer.visible)}
            @click=${() => this.toggleLayer(layer.id)}>
            <svg class="swatch" viewBox="0 0 14 5" aria-hidden="true"><rect width="14" height="5" rx="1.5" fill=${layer.colour}></rect></svg>${layer.label}
            <span aria-label=${`${atDate.get(layer.id) ?? 0} ties`}>(${atDate.get(layer.id) ?? 0})</span></button>`)}
        <button type="button" class="table-button" aria-expanded=${String(this._tableShown)}
          @click=${() => (this._tableShown = !this._tableShown)}>${this._tableShown ? s.hideTable : s.showTable}</button>
        <button type="button" class="png-button" @click=${() => void this.downloadPng()}>${s.downloadPng}</button>
      </div>
      ${this.renderTimelineRow(dataset)}
      ${this.renderScenes()}
      <div class="stage">
      <div class="map" part="map" role="region" aria-label=${s.mapLabel(dataset.title)}>
        <div class="gl"></div>
        <div class="labels" @keydown=${this.onMapKeydown}>
          ${repeat(scene.actors, (a) => a.id, (actor) => this.renderLabel(actor))}
          ${repeat(this.navigableEdges(scene), (e) => e.id, (edge) => this.renderEdgeHandle(edge))}
          ${renderEdgeLabels(scene)}
        </div>
        ${this.renderEvidence()}
        ${this.renderEdgeHint(scene)}
        ${this._mapMessage ? html`<p class="map-status" part="map-status">${this._mapMessage}</p>` : nothing}
      </div>
      ${this._view.focus ? renderFocusPanel(dataset, visible, this._view.focus, s,
        (tie, opener) => this.openTie(tie, opener), () => this.setFocus(null)) : nothing}
      </div>
      ${renderLegend(scene.legend, s)}
      <p class="sr-only" part="announcer" aria-live="polite">${this._announcement || s.tiesShown(visible.length, dataset.ties.length)}</p>
      <div part="error" role="alert" hidden></div>
      <div class="table-wrap ${this._tableShown ? '' : 'visually-hidden'}">${renderTiesTable(dataset, visible, s, (tie, opener) => this.openTie(tie, opener),
        { limit: this._tableLimit, size: TABLE_PAGE, onMore: () => this.showMoreRows(visible.length), tabbable: this._tableShown })}</div>
    </figure>`;
  }

  private renderLabel(actor: SceneActor) {
    const s = this.strings;
    const distant = actor.distant;
    // The visible text is the accessible name (WCAG 2.5.3); aria-pressed says whether it is focused.
    return html`<button type="button" class="actor-label" part="actor-label" data-actor-id=${actor.id} data-kind=${actor.kind}
        data-emphasis=${actor.emphasis} aria-pressed=${String(actor.emphasis === 'focus')}
        @click=${() => this.setFocus(actor.emphasis === 'focus' ? null : actor.id)}>${distant
        ? html`<svg class="dir" viewBox="-6 -6 12 12" aria-hidden="true"><path transform=${`rotate(${distant.bearing})`} d="M0 -5 L4 3 L0 1 L-4 3 Z" fill="currentColor"></path></svg>`
        : nothing}${actor.name}${distant ? html` <span class="km">${s.distant(distant.km.toLocaleString('en-US'))}</span>` : nothing}</button>`;
  }

  private renderTimelineRow(dataset: Dataset) {
    const stops = timelineStops(dataset);
    if (stops.length === 0) return nothing;
    return renderTimeline({
      stops,
      asOf: this.asOf,
      playing: this._playing,
      strings: this.strings,
      onChange: (asOf) => (this.asOf = asOf),
      onPlay: () => this.togglePlay(),
    });
  }

  private renderScenes() {
    const scenes = this.scenes;
    if (scenes.length === 0) return nothing;
    const s = this.strings;
    const index = this.sceneIndex;
    const step = scenes[index];
    return html`<div class="scenes" part="scenes" role="group" aria-label=${s.scenes}>
        <button type="button" class="prev" aria-label=${s.previousScene} ?disabled=${index <= 0}
          @click=${() => this.goToScene(Math.max(0, index - 1))}>‹</button>
        <span class="counter" aria-live="off">${index >= 0 ? s.sceneCounter(index + 1, scenes.length) : s.sceneCount(scenes.length)}</span>
        <button type="button" class="next" aria-label=${s.nextScene} ?disabled=${index >= scenes.length - 1}
          @click=${() => this.goToScene(index + 1)}>›</button>
        <button type="button" class="present" aria-pressed=${String(this.presenter)}
          @click=${() => (this.presenter = !this.presenter)}>${this.presenter ? s.leavePresenter : s.present}</button>
      </div>
      ${step ? html`<div class="caption" part="caption" data-scene-id=${step.id}>
        <h3>${step.title}</h3>${step.caption ? html`<p>${step.caption}</p>` : nothing}</div>` : nothing}`;
  }

  /** Said when there are too many edges for a handle each (see MAX_EDGE_HANDLES). */
  private renderEdgeHint(scene: Scene) {
    const count = this.edgesInReach(scene).length;
    if (count <= MAX_EDGE_HANDLES) return nothing;
    return html`<p class="edge-hint" part="edge-hint">${this.strings.edgesViaTable(count.toLocaleString('en-US'), this._view.focus !== null)}</p>`;
  }

  private renderEdgeHandle(edge: SceneEdge) {
    const dataset = this._dataset!;
    const name = (id: string) => dataset.actors.find((a) => a.id === id)?.name ?? id;
    const layer = dataset.layers.find((l) => l.id === edge.layer)?.label ?? edge.layer;
    return html`<button type="button" class="edge-handle" part="edge-button" data-edge-id=${edge.id}
        data-emphasis=${edge.emphasis} aria-label=${this.strings.edgeLabel(layer, name(edge.from), name(edge.to), edge.tieIds.length)}
        aria-haspopup="dialog" aria-expanded=${String(this._openEdge === edge.id)}
        @click=${() => this.openEdge(edge.id, () => this.renderRoot.querySelector<HTMLElement>(`[data-edge-id="${CSS.escape(edge.id)}"]`))}
        @focus=${() => this._openEdge === null && (this._previewEdge = edge.id)}
        @blur=${() => this._previewEdge === edge.id && (this._previewEdge = null)}
        @mouseenter=${() => (this._previewEdge = edge.id)}
        @mouseleave=${() => this._previewEdge === edge.id && (this._previewEdge = null)}></button>`;
  }

  private renderEvidence() {
    const edgeId = this._openEdge ?? this._previewEdge;
    if (!edgeId || !this._dataset) return nothing;
    const ties = this.tiesOfEdge(edgeId);
    if (ties.length === 0) return nothing;
    return renderEvidenceCard({
      dataset: this._dataset,
      ties,
      preview: this._openEdge === null,
      strings: this.strings,
      onClose: () => this.closeEvidence(),
      onCopy: (tie) => void this.copyCitation(tie),
    });
  }

  private renderError() {
    const s = this.strings;
    return html`<div part="frame" class="frame">
      <div part="error" class="error" role="alert">
        <strong>${s.errorTitle}</strong>
        <ul>${this.loader.problems.map((p) => html`<li><code>${p.path}</code> ${p.message}</li>`)}</ul>
      </div>
    </div>`;
  }
}
