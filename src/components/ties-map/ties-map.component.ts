/** `<ties-map>`: a source-backed relationship map (see the class documentation). */
import { LitElement, type PropertyValues } from 'lit';
import type { Dataset } from '../../data/types.ts';
import type { Renderer } from '../../render/renderer.ts';
import type { Derived } from '../../scene/derive.ts';
import type { Action } from '../../state/reduce.ts';
import type { ViewState } from '../../state/view-state.ts';
import { DEFAULT_MAX_SIZE_MB, DEFAULT_TIMEOUT_S } from '../controllers/dataset-controller.ts';
import { MAP_PADDING } from '../map/map-size.ts';
import type { TiesMapEventMap } from '../events.ts';
import type { TiesHost } from '../host.ts';
import { presenterPadding } from '../internal/presenter.ts';
import { settled } from '../map/start-gate.ts';
import type { Strings } from '../../text/strings.ts';
import { readLayerColours } from '../internal/theme.ts';
import { tiesMapStyles } from './ties-map.styles.ts';
import { tiesMapControllers } from './ties-map.controllers.ts';
import { renderTiesMap } from './ties-map.render.ts';

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
 * @attr worldview - Which view of disputed borders the base map follows: `de-facto` (default: who administers an area) or `un` (the view of UN recognition); the marking of disputed and occupied areas and the credit line follow it (docs/borders.md).
 * @attr group - `region` or `subregion`: countries drawn as one node per UN M49 region or sub-region, edges between groups summed in each layer's measure (docs/analysing.md); `none` or absent: each actor itself. The focused actor stays itself.
 * @attr flows - `top` (default: where a layer has more edges than the map can show legibly, its largest draw in full and the rest faint) or `all` (every edge in full); the legend's "Show all" and "Largest first" set it (docs/analysing.md).
 * @attr status - Filter: the statuses shown, space-separated (`stated reported planned potential`); all when absent.
 * @attr stance - Filter: `cooperative` or `adversarial` ties only; both when absent.
 * @attr source - Filter: ties citing one of these source ids (space-separated); any when absent.
 * @attr direction - Filter relative to the focused actor: `in` (its incoming ties), `out` (outgoing) or `both`; nothing is hidden without a focus.
 * @attr min - Filter: the smallest figure shown, in each layer's own measure (ties without a figure in it are hidden).
 * @attr renderer - `auto` (default: the SVG picture first, WebGL once the reader pans or zooms; SVG alone without WebGL2 or past the page's live-map budget), `webgl` or `svg` (never loads MapLibre).
 * @attr lang - Language of everything the element writes (its words, digits, dates, country names, the dataset's translations); else the nearest ancestor's `lang`, else English. `dir` follows it unless set on the element.
 * @attr dir - `ltr` or `rtl`: the frame's direction when the page sets it; by default the language's.
 * @attr loading - `lazy` (default: MapLibre starts near the viewport) or `eager`.
 * @attr theme - `light` or `dark`; absent: follows `prefers-color-scheme`.
 * @attr presenter - Present the scenes fullscreen, with large type and keyboard (clicker) control.
 * @attr timeout - Seconds a `src` load may take before it fails with a message (default 30).
 * @attr max-size - Largest `src` dataset accepted, in MB (default 20).
 * @attr story - Follow the page's `data-ties-scene` sections as they scroll through the middle of the viewport (scrollytelling; `data-ties-map` names the map when there are several).
 * @attr sync-url - Mirror the view (layers, focus, as-of, scene, open tie, worldview, flows, grouping, filters) in the location hash, keyed by the element's id.
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
 * @csspart scene-key - The compact key over the map in presenter and story mode: the scene's layers and strokes.
 * @csspart ties-table - The table of visible ties.
 * @csspart error - The error panel (role="alert").
 * @csspart announcer - The polite live region.
 * @csspart map-status - The line shown when the map picture is unavailable.
 * @csspart scenes - The scene control (previous, counter, next, present).
 * @csspart caption - The current scene's title and caption.
 * @csspart timeline - The as-of slider and play button.
 *
 * @cssprop --ties-map-height - Height of the map area (default `clamp(320px, 62vh, 640px)`).
 * @cssprop --ties-height - Height reserved from the first paint, before the dataset arrives (default: the map height plus 30rem, more when narrow; `auto`: none).
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
export class TiesMap extends LitElement implements TiesHost {
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
    worldview: { type: String },
    group: { type: String },
    flows: { type: String, reflect: true },
    status: { type: String },
    stance: { type: String },
    source: { type: String },
    direction: { type: String },
    min: { type: String },
    renderer: { type: String },
    lang: { type: String },
    loading: { type: String },
    theme: { type: String, reflect: true },
    presenter: { type: Boolean, reflect: true },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    story: { type: Boolean, reflect: true },
  };

  /** Space-separated visible layer ids; all when absent. */
  layers: string | null = null;
  /** The `focus` attribute: an actor id whose ties are emphasised (not `focus`, which would hide HTMLElement.focus()). */
  focusActor: string | null = null;
  /** ISO date: show ties that started on or before it. */
  asOf: string | null = null;
  /** A scene id of the dataset (presenter steps). */
  scene: string | null = null;
  /** `de-facto` (default) or `un`: which view of disputed borders the base map follows (docs/borders.md). */
  worldview: string | null = null;
  /** `region` or `subregion`: countries grouped by UN M49 region or sub-region; each actor itself when null or `none`. */
  group: string | null = null;
  /** `top` (default): a crowded layer's largest edges in full, the rest faint; `all`: every edge in full (the legend's "Show all"). */
  flows: 'top' | 'all' | null = null;
  /** Filter: the statuses shown (`stated reported planned potential`, space-separated); all when null. */
  status: string | null = null;
  /** Filter: `cooperative` or `adversarial`; both when null. */
  stance: string | null = null;
  /** Filter: source ids (space-separated) a tie must cite one of; any when null. */
  source: string | null = null;
  /** Filter relative to the focus: `in`, `out` or `both`; hides nothing without a focus. */
  direction: string | null = null;
  /** Filter: the smallest figure shown, in each layer's measure (a number, as the attribute spells it). */
  min: string | null = null;
  /** `auto` (default: SVG first, WebGL once the reader pans or zooms), `webgl` or `svg`. Typed by its valid values, which the manifest lists for editors (an attribute may hold other text). */
  renderer: 'auto' | 'webgl' | 'svg' | null = null;
  override lang = '';
  /** `lazy` (default): start MapLibre when the element nears the viewport; `eager`: at once. */
  loading: 'lazy' | 'eager' = 'lazy';
  /** `light` or `dark`; absent: follows `prefers-color-scheme`. */
  theme: 'light' | 'dark' | null = null;
  /** Presenter mode: fullscreen walk-through of the scenes. */
  presenter = false;
  /** Mirror the view in the location hash (needs an `id`). */
  syncUrl = false;
  /** Scrollytelling: the page's `data-ties-scene` sections select their scenes as they scroll by. */
  story = false;
  /** Seconds a `src` load may take before it fails with a message (default 30). */
  timeout = DEFAULT_TIMEOUT_S;
  /** Largest `src` dataset accepted, in MB (default 20). */
  maxSize = DEFAULT_MAX_SIZE_MB;

  private _src: string | null = null;
  private _data: unknown = undefined;

  private readonly ctrl = tiesMapControllers(this);

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    settled(this);
  }

  /** URL of a `ties-map/1` dataset. Setting it (or `data`) later replaces the shown dataset: the newest input wins. */
  get src(): string | null {
    return this._src;
  }
  set src(value: string | null) {
    const old = this._src;
    this._src = value;
    this.requestUpdate('src', old);
    this.ctrl.loader.setSrc(value);
  }

  /** A dataset object (parsed JSON, or JSON text); takes effect when set. */
  get data(): unknown {
    return this._data;
  }
  set data(value: unknown) {
    const old = this._data;
    this._data = value;
    this.requestUpdate('data', old);
    this.ctrl.loader.setData(value);
  }

  // `data` is a property; its attribute is observed only to say so (dataset-controller.ts). `dir` is the page's.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'data', 'dir'];
  }
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'data') this.ctrl.loader.setDataAttribute(value);
    // A dir the page sets on the element wins over the language's (render()).
    if (name === 'dir') this.requestUpdate();
  }

  // The members below serve the controllers (TiesHost), tests and the bench, not pages: `@internal`
  // keeps them out of custom-elements.json and the editor data made from it.
  /** @internal The element's own words, in its language (controllers/language-controller.ts). */
  get strings(): Strings {
    return this.ctrl.language.strings;
  }
  /** @internal The dataset as the element's language reads it: its translated texts and actor names where it has them. */
  get model(): Dataset | null {
    return this.ctrl.language.model;
  }
  /** @internal The language the element is read in: its `lang`, else the nearest ancestor's, else the page's. */
  get datasetLang(): string {
    return this.ctrl.language.lang;
  }
  /** @internal */
  get view(): ViewState {
    return this.ctrl.store.state;
  }
  /** @internal */
  get derived(): Derived | null {
    return this.ctrl.store.derived;
  }
  /** @internal The renderer drawing the picture now (tests and the bench reach MapLibre through it). */
  get mapRenderer(): Renderer | null {
    return this.ctrl.map.renderer;
  }

  /** @internal */
  dispatch(action: Action): void {
    this.ctrl.store.dispatch(action, this.model);
  }
  /** @internal */
  emit<K extends keyof TiesMapEventMap>(name: K, detail: TiesMapEventMap[K]['detail']): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
  /** @internal */
  announce(text: () => string): void {
    this.ctrl.announcer.announce(text);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('timeout') || changed.has('maxSize')) this.ctrl.loader.limitsChanged();
    this.ctrl.store.update(
      changed,
      this.model,
      (dataset) =>
        readLayerColours(
          getComputedStyle(this),
          dataset.layers.map((l) => l.id),
        ),
      this.presenter ? presenterPadding(this.renderRoot) : MAP_PADDING,
    );
    if (this.model)
      this.ctrl.attributeReport.report(this.model, this.ctrl.store.state, {
        renderer: this.renderer,
        theme: this.theme,
        flows: this.flows,
        group: this.group,
        story: this.story,
        filters: {
          status: this.status,
          stance: this.stance,
          source: this.source,
          direction: this.direction,
          min: this.min,
        },
      });
  }

  /** A PNG of the current view at 2× pixel density with the title, the legend and a source credit line: a slide. Resolves null when no map picture is available. */
  async toPNG(): Promise<Blob | null> {
    return this.ctrl.exporter.png();
  }

  /**
   * A standalone SVG document of the current view: the title (and a scene's caption), the map as
   * shown with its labels as text, the legend and the source credit line; system fonts, nothing
   * referenced from outside. Resolves null before a dataset is shown.
   */
  async toSVG(): Promise<string | null> {
    return this.ctrl.exporter.svg();
  }

  protected override render() {
    return renderTiesMap(this, this.ctrl);
  }
}
