/**
 * The element's view state and its one writer: actions go through reduce(); the public view
 * properties (`layers`, `focus`, `as-of`, `scene`) reflect the state, and a property set from
 * outside becomes an `attribute` action. Derived state is computed once per update, from the
 * scene basis (per dataset and theme) and the state.
 */
import type { PropertyValues } from 'lit';
import type { Bounds, Dataset } from '../../data/types.ts';
import { places } from '../../geo/places.ts';
import { sceneBasis } from '../../scene/build-scene.ts';
import { fitScale, type SceneBasis } from '../../scene/scene-geometry.ts';
import { derive, type Derived } from '../../scene/derive.ts';
import { SCALE_STEP as RING_STEP } from '../../scene/scaled-curves.ts';
import { geometryOf } from '../loaders/prepare-scene.ts';
import { INITIAL_VIEW, reduce, spell, type Action, type SpelledView } from '../../state/reduce.ts';
import type { ViewState } from '../../state/view-state.ts';
import { frameShapeFor, type FrameShape } from '../../scene/anchors.ts';
import { MAP_WIDTH_STEP, mapSizeOf } from '../map/map-size.ts';
import { MAP_PADDING } from '../map/map-size.ts';

/** The public view properties and the attribute each spells. */
const VIEW_PROPERTIES = [
  ['layers', 'layers', 'layers'],
  ['focusActor', 'focus', 'focus'],
  ['asOf', 'as-of', 'asOf'],
  ['scene', 'scene', 'scene'],
  ['worldview', 'worldview', 'worldview'],
  ['group', 'group', 'group'],
  ['flows', 'flows', 'flows'],
  ['status', 'status', 'status'],
  ['stance', 'stance', 'stance'],
  ['source', 'source', 'source'],
  ['direction', 'direction', 'direction'],
  ['min', 'min', 'min'],
] as const;
type ViewProperty = (typeof VIEW_PROPERTIES)[number][0];

export interface StoreHost {
  layers: string | null;
  focusActor: string | null;
  asOf: string | null;
  scene: string | null;
  worldview: string | null;
  group: string | null;
  flows: string | null;
  status: string | null;
  stance: string | null;
  source: string | null;
  direction: string | null;
  min: string | null;
  requestUpdate(name?: PropertyKey, old?: unknown): void;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The language the element writes in (its figures on the edges included). */
  readonly strings: { readonly lang: string };
  readonly clientWidth: number;
}

export interface StoreEvents {
  /** A new dataset's view is set: restore it from the URL now. */
  datasetShown(): void;
  /** The spelled view changed by an action other than a URL restore. */
  changed(): void;
  /** A step asked for the camera to move (null: the dataset's default frame). */
  camera(bounds: Bounds): void;
}

/** A property's value as the state would spell it (layers as a normalised list). */
function spelledOf(host: StoreHost, property: ViewProperty): string | null {
  const value = host[property];
  return (property === 'layers' || property === 'status' || property === 'source') && value !== null
    ? value
        .split(/[\s,]+/)
        .filter(Boolean)
        .join(' ')
    : value || null;
}

export class ViewStore {
  state: ViewState = INITIAL_VIEW;
  derived: Derived | null = null;
  private basis: SceneBasis | null = null;
  private basisStrings: object | null = null;
  private derivedFrom: [SceneBasis, ViewState, number, number, number] | null = null;
  private cameraSeq = 0;
  /** The scale (CSS px per Mercator degree) of a camera the reader's zoom left off what was framed. */
  private restingScale: number | null = null;
  /** The dataset whose view was set up (a theme change rebuilds the basis, not the view). */
  private shown: Dataset | null = null;

  constructor(
    private readonly host: StoreHost,
    private readonly events: StoreEvents,
  ) {}

  /** The map size and shape the current scene was laid out for, or null before there is one. */
  get laidOutFor(): { width: number; height: number; shape: FrameShape } | null {
    return this.basis && this.derivedFrom
      ? { width: this.derivedFrom[2], height: this.derivedFrom[3], shape: this.basis.shape }
      : null;
  }

  dispatch(action: Action, model: Dataset | null): void {
    const before = spell(this.state);
    this.state = reduce(this.state, action, model);
    this.host.requestUpdate();
    const after = spell(this.state);
    for (const [property, , key] of VIEW_PROPERTIES) {
      const value = after[key as keyof SpelledView];
      if (before[key as keyof SpelledView] !== value && spelledOf(this.host, property) !== value)
        this.host[property] = value;
    }
    if (action.type !== 'restore-url' && JSON.stringify(before) !== JSON.stringify(after))
      this.events.changed();
  }

  /**
   * The camera came to rest at `scale`: when the reader's zoom took it a ring step (×1.25) or more
   * from the scale the scene was built for, the scene is built again at it, so the hubs'
   * arrowheads end by their actors at the zoom the reader sees. Returns whether it will be.
   */
  restedAt(scale: number): boolean {
    const built = this.derivedFrom?.[4];
    if (built === undefined || !(scale > 0)) return false;
    if (Math.abs(Math.log(scale / built)) < Math.log(RING_STEP)) return false;
    this.restingScale = scale;
    this.host.requestUpdate();
    return true;
  }

  /** A new theme: the basis (edge colours) is built again. */
  invalidate(): void {
    this.basis = null;
    this.host.requestUpdate();
  }

  /**
   * Called from willUpdate: properties set from outside, a new dataset, then the derived state.
   * `padding`: what the camera leaves round what it frames (the presenter's is larger).
   */
  update(
    changed: PropertyValues,
    model: Dataset | null,
    colours: (dataset: Dataset) => Record<string, string>,
    padding = MAP_PADDING,
  ): void {
    for (const [property, name, key] of VIEW_PROPERTIES) {
      if (
        changed.has(property) &&
        spelledOf(this.host, property) !== spell(this.state)[key as keyof SpelledView]
      ) {
        this.dispatch({ type: 'attribute', name, value: this.host[property] }, model);
      }
    }
    if (!model) {
      this.basis = null;
      this.derived = null;
      this.shown = null;
      return;
    }
    // A phone's or a square map's anchors differ from a wide one's (scene/anchors.ts): a resize across the line builds the basis again.
    const size = mapSizeOf(this.host);
    const shape = frameShapeFor(size.width, size.height);
    // The language's strings are a new object once its messages load: the edge labels are written again.
    const strings = this.host.strings;
    if (
      this.basis?.dataset !== model ||
      this.basis.shape !== shape ||
      this.basisStrings !== strings
    ) {
      this.basis = sceneBasis(
        model,
        places,
        colours(model),
        geometryOf(model, shape),
        strings.lang,
      );
      this.basisStrings = strings;
    }
    if (this.shown !== model) {
      this.shown = model;
      this.dispatch({ type: 'dataset' }, model);
      this.events.datasetShown();
    }
    if (this.state.camera.seq !== this.cameraSeq) {
      this.cameraSeq = this.state.camera.seq;
      // A new camera request frames its own scale; the reader's last zoom no longer holds.
      this.restingScale = null;
      this.events.camera(this.state.camera.bounds ?? this.basis.layout.frame);
    }
    // The scene's widest stroke follows the map's width (scene/widths.ts): a resize by a step or more builds it again.
    // So does the number of edges a crowded layer draws in full (scene/top-flows.ts), by the map's area.
    // The hubs' arrowheads end by their actors at the scale the camera frames (scene/scaled-curves.ts: curvesAt).
    const { width, height } = size;
    const scale =
      this.restingScale ??
      fitScale(this.state.camera.bounds ?? this.basis.layout.frame, width, height, padding);
    if (
      this.derivedFrom?.[0] !== this.basis ||
      this.derivedFrom[1] !== this.state ||
      Math.abs(this.derivedFrom[2] - width) >= MAP_WIDTH_STEP ||
      Math.abs(this.derivedFrom[3] - height) >= MAP_WIDTH_STEP ||
      Math.abs(Math.log(this.derivedFrom[4] / scale)) > Math.log(1.1)
    ) {
      this.derived = derive(this.basis, this.state, width, height, scale);
      this.derivedFrom = [this.basis, this.state, width, height, scale];
    }
  }
}
