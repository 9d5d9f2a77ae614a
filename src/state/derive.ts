/**
 * Derived state, computed once per update from (basis, view state): the scene and everything the
 * element's parts read (visible ties, counts, edges in reach, ties by edge, timeline stops, names).
 * render() and the parts only read it.
 */
import type { Tie } from '../data/types.ts';
import { buildScene, type SceneBasis } from '../scene/build-scene.ts';
import type { Scene, SceneEdge } from '../scene/types.ts';
import { sceneViewOf } from './reduce.ts';
import { timelineStops } from './timeline-stops.ts';
import { visibleTies, type ViewState } from './view-state.ts';

/**
 * Above this many navigable edges, one keyboard handle per edge helps no one (thousands of tab
 * stops) and costs a layout on every frame; the element then offers focus (a country's edges) and
 * the table's Evidence buttons, which reach every tie.
 */
export const MAX_EDGE_HANDLES = 250;

export interface Derived {
  /** The view the scene was built for (focus and as-of checked against the dataset). */
  view: ViewState;
  scene: Scene;
  visible: Tie[];
  /** Ties per layer at the as-of date, whether the layer is shown or not (the layer buttons' counts). */
  countsAtDate: Map<string, number>;
  /** The focused actor's edges, or all without focus: what its keyboard path covers. */
  edgesInReach: SceneEdge[];
  /** Edges with a keyboard handle: those in reach, unless there are too many. */
  navigableEdges: SceneEdge[];
  edgesById: Map<string, SceneEdge>;
  /** The visible ties of each edge. */
  tiesByEdge: Map<string, Tie[]>;
  actorNames: Map<string, string>;
  layerLabels: Map<string, string>;
  /** The timeline's stops: the dates at which ties start. */
  stops: string[];
}

/**
 * The edges in the order of their first tie in the dataset. The scene lists edges in draw order
 * (wide first, an emphasised edge last), which changes as the reader hovers or focuses; the edge
 * handles keep one order, so a focused handle is never moved (moving it would drop its focus).
 */
function inDatasetOrder(edges: readonly SceneEdge[], visible: readonly Tie[]): SceneEdge[] {
  const index = new Map(visible.map((t, i) => [t.id, i]));
  return [...edges].sort((a, b) => index.get(a.tieIds[0]!)! - index.get(b.tieIds[0]!)!);
}

/** Per dataset, not per view: the timeline stops. */
const stopsOf = new WeakMap<object, string[]>();

/** `mapWidth`: the map's width in CSS px (the scene's widest stroke follows it). */
export function derive(basis: SceneBasis, state: ViewState, mapWidth?: number): Derived {
  const dataset = basis.dataset;
  const view = sceneViewOf(state, dataset);
  const scene = buildScene(basis, view, mapWidth);
  const visible = visibleTies(dataset, view);
  const countsAtDate = new Map<string, number>();
  for (const tie of visibleTies(dataset, { ...view, layers: null })) countsAtDate.set(tie.layer, (countsAtDate.get(tie.layer) ?? 0) + 1);
  const focus = view.focus;
  const edgesInReach = focus ? scene.edges.filter((e) => e.from === focus || e.to === focus) : scene.edges;
  const tiesById = new Map(visible.map((t) => [t.id, t]));
  const tiesByEdge = new Map(scene.edges.map((e) => [e.id, e.tieIds.flatMap((id) => tiesById.get(id) ?? [])]));
  return {
    view,
    scene,
    visible,
    countsAtDate,
    edgesInReach,
    navigableEdges: edgesInReach.length <= MAX_EDGE_HANDLES ? inDatasetOrder(edgesInReach, visible) : [],
    edgesById: new Map(scene.edges.map((e) => [e.id, e])),
    tiesByEdge,
    actorNames: new Map(dataset.actors.map((a) => [a.id, a.name])),
    layerLabels: new Map(dataset.layers.map((l) => [l.id, l.label])),
    stops: stopsOf.get(dataset) ?? (stopsOf.set(dataset, timelineStops(dataset)), stopsOf.get(dataset)!),
  };
}
