/**
 * Derived state, computed once per update from (basis, view state): the scene and everything the
 * element's parts read (visible ties, counts, edges in reach, ties by edge, timeline stops, names).
 * render() and the parts only read it.
 */
import type { Dataset, Tie } from '../data/types.ts';
import { actorTotals, type ActorLayerTotal } from './actor-totals.ts';
import { buildScene } from './build-scene.ts';
import type { SceneBasis } from './scene-geometry.ts';
import type { Scene, SceneEdge } from './types.ts';
import { sceneViewOf } from '../state/reduce.ts';
import { filterKey, NO_FILTER } from '../state/tie-filter.ts';
import { timelineStopsOf } from '../state/timeline-stops.ts';
import { isTieVisible, visibleTies, type SceneView, type ViewState } from '../state/view-state.ts';

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
  visible: readonly Tie[];
  /** Ties per layer at the as-of date, whether the layer is shown or not (the layer buttons' counts). */
  countsAtDate: Map<string, number>;
  /** The focused actor's edges, or all without focus: what its keyboard path covers. */
  edgesInReach: SceneEdge[];
  /** Edges with a keyboard handle: those in reach, unless there are too many. */
  navigableEdges: SceneEdge[];
  readonly edgesById: Map<string, SceneEdge>;
  /** The visible ties of each edge. */
  readonly tiesByEdge: Map<string, Tie[]>;
  /** Each actor's totals out and in per layer, in the layer's measure, over the visible ties (actor-totals.ts). */
  readonly totals: Map<string, ActorLayerTotal[]>;
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
  // Indexes only the ties that head an edge: a map of every visible tie was 2 ms of a focus at 10,000 ties.
  const heads = new Map<string, number>(edges.map((e) => [e.tieIds[0]!, -1]));
  for (let i = 0; i < visible.length; i++)
    if (heads.has(visible[i]!.id)) heads.set(visible[i]!.id, i);
  return [...edges].sort((a, b) => heads.get(a.tieIds[0]!)! - heads.get(b.tieIds[0]!)!);
}

/** Ties per layer at an as-of date under the filters, kept for the last date and filters asked of each dataset (a toggle or a focus keeps them). */
const countsFor = new WeakMap<Dataset, { key: string; counts: Map<string, number> }>();
function countsAtDateOf(dataset: Dataset, view: SceneView): Map<string, number> {
  // The filters count too: a layer's button says how many of its ties the filters leave.
  const key = `${view.asOf ?? ''}|${filterKey(view.filter ?? NO_FILTER, view.focus)}`;
  const kept = countsFor.get(dataset);
  if (kept && kept.key === key) return kept.counts;
  // Not through visibleTies: its one kept answer is the view's own, which the scene and the table reuse.
  const allLayers = { ...view, layers: null };
  const counts = new Map<string, number>();
  for (const tie of dataset.ties)
    if (isTieVisible(allLayers, tie, dataset))
      counts.set(tie.layer, (counts.get(tie.layer) ?? 0) + 1);
  countsFor.set(dataset, { key, counts });
  return counts;
}

/**
 * `mapWidth`: the map's width in CSS px (the scene's widest stroke follows it); with `mapHeight`, how many edges of a crowded layer draw in full;
 * `pxPerUnit`: the camera's CSS px per Mercator degree, which sizes the hubs' arrival rings (buildScene).
 */
export function derive(
  basis: SceneBasis,
  state: ViewState,
  mapWidth?: number,
  mapHeight?: number,
  pxPerUnit?: number,
): Derived {
  const dataset = basis.dataset;
  const view = sceneViewOf(state, dataset);
  const scene = buildScene(basis, view, mapWidth, mapHeight, pxPerUnit);
  const visible = visibleTies(dataset, view);
  const countsAtDate = countsAtDateOf(dataset, view);
  const focus = view.focus;
  const edgesInReach = focus
    ? scene.edges.filter((e) => e.from === focus || e.to === focus)
    : scene.edges;
  // Read only when a card opens or an edge is looked up: built on first use, not on every toggle
  // (two maps of 40,000 entries at 60,000 ties).
  let edgesById: Map<string, SceneEdge> | null = null;
  let tiesByEdge: Map<string, Tie[]> | null = null;
  let totals: Map<string, ActorLayerTotal[]> | null = null;
  return {
    view,
    scene,
    visible,
    countsAtDate,
    edgesInReach,
    navigableEdges:
      edgesInReach.length <= MAX_EDGE_HANDLES ? inDatasetOrder(edgesInReach, visible) : [],
    get edgesById() {
      return (edgesById ??= new Map(scene.edges.map((e) => [e.id, e])));
    },
    get tiesByEdge() {
      if (!tiesByEdge) {
        const tiesById = new Map(visible.map((t) => [t.id, t]));
        tiesByEdge = new Map(
          scene.edges.map((e) => [e.id, e.tieIds.flatMap((id) => tiesById.get(id) ?? [])]),
        );
      }
      return tiesByEdge;
    },
    get totals() {
      return (totals ??= actorTotals(visible, basis.measures));
    },
    actorNames: new Map(dataset.actors.map((a) => [a.id, a.name])),
    layerLabels: new Map(dataset.layers.map((l) => [l.id, l.label])),
    stops: timelineStopsOf(dataset),
  };
}
