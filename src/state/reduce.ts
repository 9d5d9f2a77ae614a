/**
 * The one writer of view state: every transition is an action of `reduce`. Attributes, the
 * element's controls, the keyboard, the presenter, the timeline and the URL all go through it, so
 * how they interact (a step then a URL restore, an attribute changed during a step, back/forward)
 * is decided here and tested in node.
 */
import type { Dataset, SceneStep } from '../data/types.ts';
import { usableAsOf } from './attribute-checks.ts';
import { edgeId, tieEdgeId } from '../data/edge-id.ts';
import { drawnAs, GROUP_ID_PREFIX, parseGrouping } from '../data/regions.ts';
import { parseFlows } from './flows.ts';
import {
  FILTER_NAMES,
  spellFilter,
  withFilter,
  type FilterName,
  type SpelledFilter,
} from './tie-filter.ts';
import {
  INITIAL_VIEW,
  parseLayersAttribute,
  withLayerToggled,
  type ViewState,
} from './view-state.ts';

/** The view as the URL and the attributes spell it (strings; null when absent), filters included. */
export interface SpelledView extends SpelledFilter {
  layers: string | null;
  focus: string | null;
  asOf: string | null;
  scene: string | null;
  edge: string | null;
  worldview: string | null;
  /** The legend's "Show all" (`allFlows`): 'all', or null for the largest first. */
  flows: string | null;
  /** The grouping of actors ('region', 'subregion'), or null for none. */
  group: string | null;
  /** The M49 codes of the groups the reader expanded (space-separated), or null for none. */
  expand: string | null;
}

/** A view that spells nothing: every key absent. */
export const UNSPELLED: SpelledView = {
  layers: null,
  focus: null,
  asOf: null,
  scene: null,
  edge: null,
  worldview: null,
  flows: null,
  group: null,
  expand: null,
  status: null,
  stance: null,
  source: null,
  direction: null,
  min: null,
};

export type Action =
  /** A new dataset: open and previewed edges close, and the step (if any) is applied to it. */
  | { type: 'dataset' }
  /** An attribute or property of the element was set. */
  | {
      type: 'attribute';
      name: 'layers' | 'focus' | 'as-of' | 'scene' | 'worldview' | 'group' | 'flows' | FilterName;
      value: string | null;
    }
  /** The reader changed a filter (spelled as its attribute; null or empty: none). */
  | { type: 'set-filter'; name: FilterName; value: string | null }
  /** The legend's "Show all": every edge of a crowded layer drawn in full (true), or the largest first. */
  | { type: 'show-all-flows'; value: boolean }
  /** Expands a group (its actors drawn themselves), by M49 code; null collapses every group again. */
  | { type: 'expand-group'; code: string | null }
  /** The camera came to rest: the groups its zoom opens (scene/zoom-groups.ts), by M49 code. */
  | { type: 'zoom-groups'; codes: readonly string[] }
  | { type: 'toggle-layer'; layer: string }
  | { type: 'set-focus'; actor: string | null }
  | { type: 'set-as-of'; date: string | null }
  | { type: 'go-to-step'; index: number }
  | { type: 'open-edge'; edge: string | null }
  | { type: 'preview-edge'; edge: string | null }
  /** The hash changed (load, back/forward): `hash` as read, `authored` as the attributes gave the view. */
  | { type: 'restore-url'; hash: SpelledView; authored: SpelledView };

function stepById(model: Dataset | null, id: string | null): SceneStep | undefined {
  return id === null ? undefined : model?.scenes.find((s) => s.id === id);
}

/** How a group node's id reads inside an edge id (edge ids encode ':'). */
const GROUP_IN_EDGE_ID = edgeId(GROUP_ID_PREFIX, '', '').split('>')[0]!;

/** The ties of the open (else previewed) edge, plus the step's. */
function withHighlight(state: ViewState, model: Dataset | null): ViewState {
  const edge = state.openEdge ?? state.previewEdge;
  const ids = new Set(state.stepHighlight);
  if (edge !== null && model) {
    // A group edge (between group nodes, or a group node and an actor) stands for every tie between their members.
    const grouped = state.group !== 'none' && edge.includes(GROUP_IN_EDGE_ID);
    for (const tie of model.ties) {
      if (
        grouped
          ? edgeId(drawnAs(tie.from, state), drawnAs(tie.to, state), tie.layer) === edge
          : tieEdgeId(tie) === edge
      )
        ids.add(tie.id);
    }
  }
  return { ...state, highlight: ids };
}

/** A step sets layers, focus, highlighted ties, as-of and camera (DESIGN.md); an unknown step only records its id. */
function applyStep(state: ViewState, id: string | null, model: Dataset | null): ViewState {
  const step = stepById(model, id);
  if (!step || !model) return { ...state, step: id, stepHighlight: new Set() };
  const all = model.layers.map((l) => l.id);
  const layers = step.layers ?? all;
  return {
    ...state,
    step: id,
    layers: all.every((l) => layers.includes(l)) ? null : new Set(layers),
    focus: step.focus ?? null,
    asOf: step.asOf ?? null,
    stepHighlight: new Set(step.ties ?? []),
    openEdge: null,
    camera: { bounds: step.camera ?? null, seq: state.camera.seq + 1 },
  };
}

function transition(state: ViewState, action: Action, model: Dataset | null): ViewState {
  switch (action.type) {
    case 'dataset':
      return applyStep(
        { ...state, openEdge: null, previewEdge: null, stepHighlight: new Set() },
        state.step,
        model,
      );
    case 'attribute':
      switch (action.name) {
        case 'layers':
          return { ...state, layers: parseLayersAttribute(action.value) };
        case 'focus':
          return { ...state, focus: action.value || null };
        case 'as-of':
          return { ...state, asOf: action.value || null };
        case 'scene':
          return applyStep(state, action.value || null, model);
        case 'worldview':
          return { ...state, worldview: action.value || null };
        case 'group':
          return withGroup(state, action.value);
        case 'flows':
          // An unknown value draws the largest first, the default (attribute-checks.ts reports it).
          return { ...state, allFlows: parseFlows(action.value) === 'all' };
        default:
          return { ...state, filter: withFilter(state.filter, action.name, action.value) };
      }
    case 'toggle-layer': {
      if (!model) return state;
      const all = model.layers.map((l) => l.id);
      const toggled = withLayerToggled(state, all, action.layer);
      // Ordered as the dataset lists its layers, as the attribute would spell it.
      return {
        ...toggled,
        layers:
          toggled.layers === null ? null : new Set(all.filter((id) => toggled.layers!.has(id))),
      };
    }
    case 'expand-group': {
      if (action.code === null)
        return state.expandedGroups.size === 0
          ? state
          : { ...state, expandedGroups: new Set(), openEdge: null };
      if (state.group === 'none' || state.expandedGroups.has(action.code)) return state;
      // The open card's group edge no longer exists once one of its ends is expanded.
      return {
        ...state,
        expandedGroups: new Set([...state.expandedGroups, action.code]),
        openEdge: null,
        previewEdge: null,
      };
    }
    case 'zoom-groups': {
      const codes = state.group === 'none' ? [] : action.codes;
      if (codes.length === state.zoomedGroups.size && codes.every((c) => state.zoomedGroups.has(c)))
        return state;
      const next = { ...state, zoomedGroups: new Set(codes) };
      // A card whose edge no longer exists once a group opens or closes closes with it.
      return {
        ...next,
        openEdge: stillDrawn(next, state.openEdge, model),
        previewEdge: stillDrawn(next, state.previewEdge, model),
      };
    }
    case 'set-focus':
      return { ...state, focus: action.actor };
    case 'set-as-of':
      return { ...state, asOf: action.date };
    case 'set-filter':
      return { ...state, filter: withFilter(state.filter, action.name, action.value) };
    case 'show-all-flows':
      return { ...state, allFlows: action.value };
    case 'go-to-step': {
      const step = model?.scenes[action.index];
      return step ? applyStep(state, step.id, model) : state;
    }
    case 'open-edge':
      return { ...state, openEdge: action.edge, previewEdge: null };
    case 'preview-edge':
      return { ...state, previewEdge: action.edge };
    case 'restore-url': {
      // Absent from the hash: as the attributes gave it; empty: none (for layers, no layer).
      const pick = (key: keyof SpelledView) => {
        const value = action.hash[key];
        return value === null
          ? action.authored[key]
          : value === '' && key !== 'layers'
            ? null
            : value;
      };
      const scene = pick('scene');
      // A hash names a whole view: its step is applied afresh (back to a step's entry undoes what came after).
      let next: ViewState =
        scene !== null ? applyStep(state, scene, model) : { ...state, step: null };
      if (scene === null || action.hash.layers !== null)
        next = { ...next, layers: parseLayersAttribute(pick('layers')) };
      if (scene === null || action.hash.focus !== null) next = { ...next, focus: pick('focus') };
      if (scene === null || action.hash.asOf !== null) next = { ...next, asOf: pick('asOf') };
      if (scene === null) next = { ...next, stepHighlight: new Set() };
      next = {
        ...withGroup(next, pick('group')),
        worldview: pick('worldview'),
        allFlows: parseFlows(pick('flows')) === 'all',
      };
      // Back and forward step through expanded groups too: the hash's list is the whole set.
      const expand = new Set((pick('expand') ?? '').split(/[\s,]+/).filter(Boolean));
      next = { ...next, expandedGroups: next.group === 'none' ? new Set() : expand };
      // A step leaves the filters as they are: the hash's (or the attributes') always apply.
      for (const name of FILTER_NAMES)
        next = { ...next, filter: withFilter(next.filter, name, pick(name)) };
      return { ...next, openEdge: pick('edge') };
    }
  }
}

/** `edge` when some tie of the dataset is drawn on it in `state`'s grouping, else null. */
function stillDrawn(state: ViewState, edge: string | null, model: Dataset | null): string | null {
  if (edge === null || !model) return edge;
  return model.ties.some(
    (tie) => edgeId(drawnAs(tie.from, state), drawnAs(tie.to, state), tie.layer) === edge,
  )
    ? edge
    : null;
}

/** A grouping as the attribute or URL spells it: an unknown value groups nothing (attribute-checks.ts reports it); a new grouping collapses what was expanded. */
function withGroup(state: ViewState, value: string | null): ViewState {
  const group = parseGrouping(value) ?? 'none';
  return group === state.group
    ? state
    : {
        ...state,
        group,
        expandedGroups: new Set(),
        zoomedGroups: new Set(),
        openEdge: null,
        previewEdge: null,
      };
}

export function reduce(state: ViewState, action: Action, model: Dataset | null): ViewState {
  return withHighlight(transition(state, action, model), model);
}

/** The view spelled as attributes and the URL spell it: layers in the dataset's order, space-separated. */
export function spell(state: ViewState): SpelledView {
  return {
    layers: state.layers === null ? null : [...state.layers].join(' '),
    focus: state.focus,
    asOf: state.asOf,
    scene: state.step,
    edge: state.openEdge,
    worldview: state.worldview,
    flows: state.allFlows ? 'all' : null,
    group: state.group === 'none' ? null : state.group,
    expand: state.expandedGroups.size === 0 ? null : [...state.expandedGroups].join(' '),
    ...spellFilter(state.filter),
  };
}

/** The scene filter's view of the state: an as-of that is not a real date filters nothing. */
export function sceneViewOf(state: ViewState, model: Dataset | null): ViewState {
  const focus =
    state.focus !== null && model?.actors.some((a) => a.id === state.focus) ? state.focus : null;
  const asOf = usableAsOf(state.asOf) ? state.asOf : null;
  return focus === state.focus && asOf === state.asOf ? state : { ...state, focus, asOf };
}

export { INITIAL_VIEW };
