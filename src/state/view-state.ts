/**
 * ViewState: the single source of truth for what the element shows. Attributes, controls, the
 * keyboard and the URL all become actions of one reducer (reduce.ts); the scene is a pure function
 * of its SceneView part.
 */
import { isShownAt, sourceDates } from '../data/dates.ts';
import type { Bounds, Dataset, Tie } from '../data/types.ts';
import { DEFAULT_WORLDVIEW, parseWorldview, type Worldview } from '../geo/borders.ts';
import { filterKey, NO_FILTER, passesFilter, type TieFilter } from './tie-filter.ts';
import type { Grouping } from '../data/regions.ts';

/** What the scene filters and emphasises by. */
export interface SceneView {
  /** Visible layer ids; `null` means every layer of the dataset. */
  layers: ReadonlySet<string> | null;
  /** Actor whose ties are emphasised. */
  focus: string | null;
  /** ISO date: ties that start after it (or ended by it) are hidden. */
  asOf: string | null;
  /** Ties to emphasise (a step's highlights, the open or previewed edge's ties). */
  highlight: ReadonlySet<string>;
  /** The `worldview` attribute as given (geo/borders.ts): which view of disputed borders the base map follows; null or unknown is the default. */
  worldview?: string | null;
  /** The reader's filters (tie-filter.ts); absent: none. */
  filter?: TieFilter;
  /** Every edge drawn in full, even where a layer is crowded (scene/top-flows.ts); absent: the largest first. */
  allFlows?: boolean;
  /** The scene step shown (its id), which picks the call-outs named for it; absent or null: none. */
  step?: string | null;
  /** Actors drawn grouped by UN M49 region or sub-region (scene/group-scene.ts); absent or 'none': each itself. */
  group?: Grouping;
  /** M49 codes of the groups the reader expanded: their actors are drawn themselves. */
  expandedGroups?: ReadonlySet<string>;
  /** M49 codes of the groups open because the reader zoomed in on them (scene/zoom-groups.ts); not in the URL. */
  zoomedGroups?: ReadonlySet<string>;
}

/** The view of disputed borders a state asks for: a known `worldview`, else the default (de facto). */
export function worldviewOf(state: SceneView): Worldview {
  return parseWorldview(state.worldview) ?? DEFAULT_WORLDVIEW;
}

/** A request to move the camera: `bounds` null is the dataset's default frame; `seq` tells requests apart. */
export interface CameraRequest {
  bounds: Bounds | null;
  seq: number;
}

export interface ViewState extends SceneView {
  /** The presenter step (the `scene` attribute): a scene id of the dataset, or null. */
  step: string | null;
  /** The ties the step highlights. */
  stepHighlight: ReadonlySet<string>;
  /** The edge whose evidence card is open, and the one previewed (hover, keyboard focus). */
  openEdge: string | null;
  previewEdge: string | null;
  camera: CameraRequest;
  worldview: string | null;
  filter: TieFilter;
  allFlows: boolean;
  group: Grouping;
  expandedGroups: ReadonlySet<string>;
  zoomedGroups: ReadonlySet<string>;
}

export const INITIAL_VIEW: ViewState = {
  layers: null,
  focus: null,
  asOf: null,
  highlight: new Set(),
  step: null,
  stepHighlight: new Set(),
  openEdge: null,
  previewEdge: null,
  camera: { bounds: null, seq: 0 },
  worldview: null,
  filter: NO_FILTER,
  allFlows: false,
  group: 'none',
  expandedGroups: new Set(),
  zoomedGroups: new Set(),
};

export function isLayerVisible(state: SceneView, layer: string): boolean {
  return state.layers === null || state.layers.has(layer);
}

/** Per dataset: each source's date, which dates the undated ties that cite it. */
const sourceDatesOf = new WeakMap<Dataset, Map<string, string>>();

/**
 * DESIGN.md: a tie shows when its layer is visible, it started by the as-of date (an undated tie:
 * its earliest source was published by then) and has not ended by then; and it passes the filters.
 */
export function isTieVisible(state: SceneView, tie: Tie, dataset: Dataset): boolean {
  if (!isLayerVisible(state, tie.layer)) return false;
  if (state.filter && !passesFilter(state.filter, tie, state.focus, dataset)) return false;
  if (state.asOf === null) return true;
  let dates = sourceDatesOf.get(dataset);
  if (!dates) sourceDatesOf.set(dataset, (dates = sourceDates(dataset.sources)));
  return isShownAt(tie, state.asOf, dates);
}

export function visibleTies(dataset: Dataset, state: SceneView): readonly Tie[] {
  const key = `${state.asOf ?? ''}|${state.layers === null ? '*' : [...state.layers].sort().join(' ')}|${filterKey(state.filter ?? NO_FILTER, state.focus)}`;
  const kept = lastVisible.get(dataset);
  if (kept?.key === key) return kept.ties;
  const ties = dataset.ties.filter((tie) => isTieVisible(state, tie, dataset));
  lastVisible.set(dataset, { key, ties });
  return ties;
}
/**
 * The last answer for each dataset (datasets are never changed in place): a focus or a hover keeps
 * the layers and the date, and the same array lets the scene and the table skip their work (the
 * table's 250 rows were re-rendered on every focus at 10,000 ties). Callers must not change it.
 */
const lastVisible = new WeakMap<Dataset, { key: string; ties: Tie[] }>();

/** Parses the `layers` attribute ("energy arms"); unknown ids are kept so the caller can report them. */
export function parseLayersAttribute(value: string | null): Set<string> | null {
  if (value === null) return null;
  return new Set(value.split(/[\s,]+/).filter((id) => id.length > 0));
}

export function withLayerToggled<S extends SceneView>(
  state: S,
  allLayers: readonly string[],
  layer: string,
): S {
  const visible = new Set(state.layers ?? allLayers);
  if (visible.has(layer)) visible.delete(layer);
  else visible.add(layer);
  const everything = allLayers.every((id) => visible.has(id));
  return { ...state, layers: everything ? null : visible };
}
