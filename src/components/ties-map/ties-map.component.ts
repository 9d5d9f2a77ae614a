/** `<ties-map>`: a source-backed relationship map (see the class documentation). */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Dataset } from '../../data/types.ts';
import type { Renderer } from '../../render/renderer.ts';
import type { SceneActor } from '../../scene/types.ts';
import type { Derived } from '../../scene/derive.ts';
import type { Action } from '../../state/reduce.ts';
import type { ViewState } from '../../state/view-state.ts';
import { DEFAULT_WORLDVIEW } from '../../geo/borders.ts';
import { ActorSearch } from '../internal/actor-search.ts';
import { Announcer } from '../controllers/announcer.ts';
import { AttributeReporter } from '../internal/attribute-reporter.ts';
import {
  DatasetController,
  DEFAULT_MAX_SIZE_MB,
  DEFAULT_TIMEOUT_S,
} from '../controllers/dataset-controller.ts';
import { EvidenceController } from '../controllers/evidence-controller.ts';
import { onArrow, onEscape } from '../internal/keyboard.ts';
import { ExportController } from '../internal/export-controller.ts';
import { MAP_PADDING, MapController } from '../controllers/map-controller.ts';
import { laidOutMapShape } from '../map/map-size.ts';
import { PresenterController } from '../controllers/presenter-controller.ts';
import { ConsoleController } from '../controllers/console-controller.ts';
import { PrintController } from '../controllers/print-controller.ts';
import { StoryController } from '../controllers/story-controller.ts';
import { TableController } from '../internal/table-controller.ts';
import {
  clearFilters,
  expandGroup,
  setFilter,
  setFocus,
  setGroup,
  toggleLayer,
} from '../internal/selection.ts';
import { ThemeController } from '../controllers/theme-controller.ts';
import { TimelineController } from '../controllers/timeline-controller.ts';
import { UrlController } from '../controllers/url-controller.ts';
import { ViewStore } from '../internal/view-store.ts';
import { groupCardOf, renderEvidenceCard } from '../parts/evidence-card.ts';
import { renderFocusPanel } from '../parts/focus-panel.ts';
import { Panels } from '../internal/panels.ts';
import { announceReady } from '../internal/ready.ts';
import type { TiesMapEventMap } from '../events.ts';
import type { TiesHost } from '../host.ts';
import { renderLegend, renderSceneKey } from '../parts/legend.ts';
import { renderCalloutList } from '../parts/callout-list.ts';
import { renderEdgeHint, renderOverlay } from '../parts/map-overlay.ts';
import { renderFilterBar } from '../parts/filter-bar.ts';
import { renderScenesBar } from '../parts/scenes-bar.ts';
import { framingNamed, namedActors } from '../internal/scene-names.ts';
import { presenterPadding } from '../internal/presenter.ts';
import { settled, whenDue } from '../map/start-gate.ts';
import { renderProblems, renderStatus } from '../parts/status-views.ts';
import { renderTitleBlock } from '../parts/title-block.ts';
import { renderToolbar } from '../parts/toolbar.ts';
import type { Strings } from '../../text/strings.ts';
import { LanguageController } from '../controllers/language-controller.ts';
import { readLayerColours, readPalette } from '../internal/theme.ts';
import { tiesMapStyles } from './ties-map.styles.ts';
import { renderTables } from '../parts/tables.ts';
import { renderTimeline } from '../parts/timeline.ts';

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
 * @attr sync-url - Mirror the view (layers, focus, as-of, scene, open tie, worldview, grouping, filters) in the location hash, keyed by the element's id.
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

  private readonly language = new LanguageController(this, () => this.loader.dataset);

  private readonly store = new ViewStore(this, {
    datasetShown: () => this.url.restore(),
    changed: () => this.loader.status === 'ready' && this.url.write(),
    // A presenter's camera holds every actor the scene names, so each is labelled on the screen.
    camera: (bounds) =>
      this.map.frame(
        this.presenter
          ? framingNamed(
              bounds,
              this.store.derived?.scene ?? null,
              namedActors(this.model, this.store.state.step),
            )
          : bounds,
      ),
  });
  private readonly loader = new DatasetController(this, {
    // A fresh view of it, said ready once it shows in the reader's language.
    ready: (dataset, warnings, sliced) =>
      announceReady(this, dataset, warnings, {
        table: this.table,
        language: this.language,
        sliced,
        current: () => this.loader.dataset,
      }),
    // Said once the error panel shows it (and never synchronously inside a setter or append).
    failed: (type, problems) => {
      settled(this);
      void this.updateComplete.then(() =>
        this.emit('ties-error', {
          type,
          errors: problems.map(({ path, message }) => ({ path, message })),
        }),
      );
    },
    mapShape: () => laidOutMapShape(this),
    due: (signal) => whenDue(this, this.loading === 'eager', signal),
  });
  private readonly map = new MapController(this, {
    scene: () => (this.loader.status === 'ready' ? (this.store.derived?.scene ?? null) : null),
    dataset: () => this.loader.dataset,
    laidOutFor: () => this.store.laidOutFor,
    palette: () => readPalette(getComputedStyle(this)),
    edgeClick: (edgeId) => this.evidence.openEdge(edgeId),
    edgeHover: (edgeId) => this.dispatch({ type: 'preview-edge', edge: edgeId }),
    shapeClick: (id) =>
      setFocus(this, id && this.model?.actors.some((a) => a.id === id) ? id : null),
    drawn: (kind) => {
      settled(this);
      // A WebGL canvas may print blank, so its print picture's code loads now; the SVG picture
      // prints as it is, and loads that code only when printing starts.
      if (kind === 'webgl')
        this.print.prepare(this.store.derived?.scene.legend.borders.worldview ?? DEFAULT_WORLDVIEW);
      this.exporter.noteMapSize();
      this.emit('ties-drawn', { renderer: kind });
    },
    unavailable: (reason) =>
      reason !== null &&
      this.emit('ties-error', { type: 'webgl', errors: [{ path: 'renderer', message: reason }] }),
    named: () => namedActors(this.model, this.store.state.step),
    fitPadding: () => (this.presenter ? presenterPadding(this.renderRoot) : MAP_PADDING),
  });
  private readonly exporter = new ExportController(this, this.map);
  private readonly announcer = new Announcer(this, () => {
    const d = this.store.derived;
    return d && this.model ? this.strings.tiesShown(d.visible.length, this.model.ties.length) : '';
  });
  private readonly table = new TableController(this, (text) => this.announcer.say(text));
  private readonly attributeReport = new AttributeReporter(this);
  private readonly evidence = new EvidenceController(this);
  private readonly presenterMode = new PresenterController(this, () => this.map.resize());
  private readonly presenterConsole = new ConsoleController(this, {
    goTo: (index) => this.presenterMode.goTo(index),
    openEdge: (edge) => this.evidence.openEdge(edge),
    closeEdge: () => this.evidence.close(),
    source: () =>
      this.loader.dataset
        ? { json: JSON.stringify(this.loader.dataset), lang: this.datasetLang }
        : null,
  });
  private readonly timeline = new TimelineController(this);
  private readonly url = new UrlController(this);
  private readonly print = new PrintController(this, () => this.exporter.picture());
  private readonly search = new ActorSearch(this);
  private readonly panels = new Panels(this);

  constructor() {
    super();
    // Kept by the element's controller list.
    new ThemeController(this, {
      invalidate: () => this.store.invalidate(),
      renderer: () => this.map.renderer,
    });
    new StoryController(this, (index) => this.presenterMode.goTo(index));
  }

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

  // `data` is a property; its attribute is observed only to say so (dataset-controller.ts). `dir` is the page's.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'data', 'dir'];
  }
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'data') this.loader.setDataAttribute(value);
    // A dir the page sets on the element wins over the language's (render()).
    if (name === 'dir') this.requestUpdate();
  }

  // The members below serve the controllers (TiesHost), tests and the bench, not pages: `@internal`
  // keeps them out of custom-elements.json and the editor data made from it.
  /** @internal The element's own words, in its language (controllers/language-controller.ts). */
  get strings(): Strings {
    return this.language.strings;
  }
  /** @internal The dataset as the element's language reads it: its translated texts and actor names where it has them. */
  get model(): Dataset | null {
    return this.language.model;
  }
  /** @internal The language the element is read in: its `lang`, else the nearest ancestor's, else the page's. */
  get datasetLang(): string {
    return this.language.lang;
  }
  /** @internal */
  get view(): ViewState {
    return this.store.state;
  }
  /** @internal */
  get derived(): Derived | null {
    return this.store.derived;
  }
  /** @internal The renderer drawing the picture now (tests and the bench reach MapLibre through it). */
  get mapRenderer(): Renderer | null {
    return this.map.renderer;
  }

  /** @internal */
  dispatch(action: Action): void {
    this.store.dispatch(action, this.model);
  }
  /** @internal */
  emit<K extends keyof TiesMapEventMap>(name: K, detail: TiesMapEventMap[K]['detail']): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
  /** @internal */
  announce(text: () => string): void {
    this.announcer.announce(text);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('timeout') || changed.has('maxSize')) this.loader.limitsChanged();
    this.store.update(
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
      this.attributeReport.report(this.model, this.store.state, {
        renderer: this.renderer,
        theme: this.theme,
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
    return this.exporter.png();
  }

  /**
   * A standalone SVG document of the current view: the title (and a scene's caption), the map as
   * shown with its labels as text, the legend and the source credit line; system fonts, nothing
   * referenced from outside. Resolves null before a dataset is shown.
   */
  async toSVG(): Promise<string | null> {
    return this.exporter.svg();
  }

  protected override render() {
    const s = this.strings;
    const status = this.loader.status;
    if (status === 'error') return renderProblems({ problems: this.loader.problems, strings: s });
    const dataset = this.model;
    const d = this.store.derived;
    if (status !== 'ready' || !dataset || !d)
      return renderStatus({ loading: status === 'loading', strings: s });
    const view = this.store.state;
    const steps = dataset.scenes;
    const edge = view.openEdge ?? view.previewEdge;
    const cardTies = edge ? (d.tiesByEdge.get(edge) ?? []) : [];
    const cardEdge = edge && view.group !== 'none' ? d.edgesById.get(edge) : undefined;
    // The element's own words and figures run in their language's direction, isolated from the
    // page's (an rtl page turned "60–69%" into "69%–60"); a dir the page sets on the element wins.
    return html`<figure part="frame" class="frame ${this.panels.isOpen('extras') ? 'extras-open' : ''}" dir=${this.hasAttribute('dir') ? nothing : s.dir} @keydown=${(e: KeyboardEvent) => onEscape(this, this.evidence, (a) => setFocus(this, a), e)}>
      ${renderTitleBlock({
        title: dataset.title,
        description: dataset.description,
        open: this.panels.isOpen('description'),
        strings: s,
        onToggle: () => this.panels.toggle('description'),
      })}
      ${renderCalloutList({ annotations: d.scene.annotations, strings: s, where: 'sr' })}
      ${renderToolbar({
        layers: d.scene.legend.layers,
        counts: d.countsAtDate,
        tableShown: this.table.shown,
        extrasOpen: this.panels.isOpen('extras'),
        strings: s,
        onToggle: (layer) => toggleLayer(this, layer),
        onTable: () => this.table.toggle(),
        onPng: () => this.exporter.downloadPng(),
        onSvg: () => this.exporter.downloadSvg(),
        onExtras: () => this.panels.toggle('extras'),
      })}
      ${renderFilterBar({
        search: this.search,
        filter: d.view.filter,
        focus: d.view.focus,
        sources: dataset.sources,
        open: this.panels.isOpen('filters'),
        strings: s,
        onToggle: () => this.panels.toggle('filters'),
        onFilter: (name, value) => setFilter(this, name, value),
        onClear: () => clearFilters(this),
        group: d.view.group,
        onGroup: (group) => setGroup(this, group),
      })}
      ${
        d.stops.length === 0
          ? nothing
          : renderTimeline({
              stops: d.stops,
              asOf: d.view.asOf,
              playing: this.timeline.playing,
              strings: s,
              onChange: (date) => this.dispatch({ type: 'set-as-of', date }),
              onPlay: () => this.timeline.toggle(),
            })
      }
      ${renderScenesBar({
        steps,
        index: steps.findIndex((x) => x.id === view.step),
        presenter: this.presenter,
        strings: s,
        onGoTo: (index) => this.presenterMode.goTo(index),
        onPresent: () => (this.presenter = !this.presenter),
        onConsole: () => void this.presenterConsole.open(),
        consoleMessage: this.presenterConsole.message,
      })}
      <div class="stage">
      <div class="map" part="map" role="region" tabindex="-1" aria-label=${s.mapLabel(dataset.title)}>
        <div class="gl"></div>
        ${renderOverlay({
          derived: d,
          openEdge: view.openEdge,
          strings: s,
          inView: this.map.labelView(),
          handlers: {
            // A group node expands its group; an actor toggles its focus.
            onActor: (actor: SceneActor) =>
              actor.group
                ? expandGroup(this, {
                    code: actor.group.code,
                    name: actor.name,
                    members: actor.group.members.length,
                  })
                : setFocus(this, actor.emphasis === 'focus' ? null : actor.id),
            onEdgeOpen: (id) => this.evidence.openEdge(id),
            onEdgePreview: (id, how) => this.evidence.preview(id, how),
            onKeydown: (e) => onArrow(this, e),
          },
        })}
        ${
          cardTies.length === 0
            ? nothing
            : renderEvidenceCard({
                dataset,
                ties: cardTies,
                preview: view.openEdge === null,
                strings: s,
                lang: this.datasetLang,
                group: cardEdge
                  ? groupCardOf(cardEdge, d.scene.actors, cardTies.length, s)
                  : undefined,
                onClose: () => this.evidence.close(),
                onCopy: (tie) => void this.evidence.copyCitation(tie),
              })
        }
        ${this.presenter || this.story ? renderSceneKey({ scene: d.scene, strings: s }) : nothing}
        ${renderEdgeHint({ derived: d, strings: s })}
        ${this.map.message ? html`<p class="map-status" part="map-status">${this.map.message}</p>` : nothing}
      </div>
      <div class="print-picture" aria-hidden="true"></div>
      ${
        d.view.focus
          ? renderFocusPanel({
              dataset,
              visible: d.visible,
              actorId: d.view.focus,
              strings: s,
              totals: d.totals.get(d.view.focus),
              onOpen: (tie, opener) => this.evidence.openTie(tie, opener),
              onClear: () => setFocus(this, null),
              expanded: this.panels.layersOf(d.view.focus),
              onExpand: (layer, first) => void this.panels.expand(layer, first),
            })
          : nothing
      }
      </div>
      ${renderCalloutList({ annotations: d.scene.annotations, strings: s, where: 'under' })}
      ${renderLegend({
        legend: d.scene.legend,
        strings: s,
        onAllFlows: (all) => {
          this.dispatch({ type: 'show-all-flows', value: all });
          this.announce(
            () =>
              d.scene.legend.topFlows
                ?.map((t) =>
                  s.topFlows(
                    d.layerLabels.get(t.layer) ?? t.layer,
                    t.drawn,
                    t.receded,
                    t.recededTies,
                    all,
                  ),
                )
                .join(' ') ?? '',
          );
        },
        onRegroup: d.view.expandedGroups.size > 0 ? () => expandGroup(this, null) : undefined,
      })}
      <p class="sr-only" part="announcer" aria-live="polite" ${ref(this.announcer.attach)}></p>
      <div part="error" role="alert" hidden></div>
      ${renderTables({ dataset, visible: d.visible, scene: d.scene, strings: s, table: this.table, onOpen: (tie, opener) => this.evidence.openTie(tie, opener) })}
    </figure>`;
  }
}
