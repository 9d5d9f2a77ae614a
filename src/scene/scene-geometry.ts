/**
 * The parts of a scene that depend on the dataset alone (anchors, measures, each tie's edge,
 * fanned curves, each whole edge's look), built in slices or at once, and the scale a frame is
 * drawn at.
 */
import type { Dataset, Tie } from '../data/types.ts';
import { layoutAnchors, type FrameShape, type PlaceIndex } from './anchors.ts';
import { edgeLabelText } from './edge-labels.ts';
import type { Obstacle } from './bends.ts';
import {
  actorObstacles,
  ARRIVAL_VIEWS,
  CLEARANCE_VIEWS,
  type ClearanceView,
  type ObstacleActor,
} from './obstacles.ts';
import { tieEdgeId } from '../data/edge-id.ts';
import { arrivalCurveSteps, fannedEdgeSteps, type FannedEdges } from './edges.ts';
import { isCanonicalForward, type Curve } from './edge-curves.ts';
import type { EdgeEnds } from './edge-fans.ts';
import { addToGroup, bendSlotSteps, runSteps, type EdgeGroup } from './edge-groups.ts';
import { GUIDE_MAX_EDGES } from './edge-label-layout.ts';
import { toMercator } from './mercator.ts';
import { legendFacts } from './legend.ts';
import type { EdgeStance, LonLat, SceneEdge } from './types.ts';
import { layerMeasures, type LayerMeasure } from './widths.ts';

/**
 * The parts of a scene that depend on the dataset alone (anchors, measures, each tie's edge,
 * curves, each whole edge's look): computed once per dataset and kept across view and theme
 * changes, so a view change only filters and re-emphasises.
 */
export interface SceneGeometry {
  dataset: Dataset;
  /** The map shape the anchors are laid out for (anchors.ts: far actors beside the region, or above and below it). */
  shape: FrameShape;
  layout: ReturnType<typeof layoutAnchors>;
  measures: Map<string, LayerMeasure>;
  /** Every edge of the dataset (all its ties), in order of first appearance. */
  groups: EdgeGroup[];
  /**
   * Each tie's index in `groups`: a view groups its visible ties by this index instead of
   * encoding edge ids and hashing them again (~100 ms a view change at 60,000 ties).
   */
  groupOf: Map<Tie, number>;
  /**
   * Every edge's curve, fanned at shared actors over all edges of the dataset (see edges.ts), once
   * per dataset: a view change never resamples a curve, and unchanged edges keep identical paths.
   */
  curves: Map<string, Curve>;
  /**
   * The curves' scale-free part (bends, fanned starts), from which curvesAt places the arrowheads
   * for a larger map; null where every map keeps `curves` (a register: too many edges to redo).
   */
  fanned: FannedEdges | null;
  /** CSS px per Mercator degree of the smallest map of this shape, for which `curves` place the arrowheads. */
  arrivalScale: number;
  /** What each edge shows when all its ties are visible, whatever the view (width excepted: it follows the map's width). */
  whole: WholeEdge[];
}

/** The view-independent fields of an edge, from its ties. */
type WholeEdge = Pick<SceneEdge, 'tieIds' | 'stance' | 'quantified' | 'tentative' | 'label'>;

/** The geometry plus the theme's layer colours: what buildScene reads. */
export interface SceneBasis extends SceneGeometry {
  colours: Map<string, string>;
  /** The language the figures on the edges are written in (src/text/languages.ts). */
  lang: string;
}

/** A default frame wider than this (Mercator degrees) shows the world, not a region. */
export const WORLD_WIDE = 120;

/** Ties (or edges) handled between two yields of sceneGeometrySteps. */
const TIES_PER_STEP = 1000;

export function wholeEdge(
  ties: readonly Tie[],
  measure: LayerMeasure | undefined,
  owner: string | null,
  lang = 'en',
): WholeEdge {
  return {
    tieIds: ties.map((t) => t.id),
    stance: edgeStance(ties),
    quantified: ties.some((t) => t.figure !== undefined),
    tentative: ties.every((t) => t.status === 'planned' || t.status === 'potential'),
    label: edgeLabelText(ties, measure, owner, lang),
  };
}

/** The name an edge's figure label starts with: its supplier's, when that is a far actor's tab (edge-labels.ts). */
export function figureOwner(
  geometry: Pick<SceneGeometry, 'dataset' | 'layout'>,
  from: string,
): string | null {
  if (!geometry.layout.anchors.get(from)?.distant) return null;
  return geometry.dataset.actors.find((a) => a.id === from)?.name ?? null;
}

/**
 * sceneGeometry as a generator that yields between slices of work, so a caller on the main thread
 * can give the event loop a turn (components/loaders/prepare-scene.ts): at 60,000 ties the whole costs
 * 0.3–1 s, most of it sampling 43,000 curves. The result is the same however it is driven.
 */
export function* sceneGeometrySteps(
  dataset: Dataset,
  places: PlaceIndex,
  shape: FrameShape = 'wide',
): Generator<void, SceneGeometry, void> {
  const { ties } = dataset;
  const layout = layoutAnchors(dataset.actors, places, shape);
  yield;
  const measures = layerMeasures(dataset);
  yield;
  const groupOf = new Map<Tie, number>();
  const byId = new Map<string, EdgeGroup>();
  const index = new Map<string, number>();
  for (let start = 0; start < ties.length; start += TIES_PER_STEP) {
    for (const tie of ties.slice(start, start + TIES_PER_STEP)) {
      const id = tieEdgeId(tie);
      addToGroup(byId, tie, id);
      let at = index.get(id);
      if (at === undefined) index.set(id, (at = index.size));
      groupOf.set(tie, at);
    }
    yield;
  }
  const groups = [...byId.values()];
  yield;
  const slots = yield* bendSlotSteps(
    groups,
    dataset.layers.map((l) => l.id),
  );
  const [x0, y0] = toMercator(layout.frame[0]);
  const [x1, y1] = toMercator(layout.frame[1]);
  const ends: EdgeEnds[] = [];
  for (const g of groups) {
    const a = layout.anchors.get(g.from);
    const b = layout.anchors.get(g.to);
    if (a && b)
      ends.push({
        id: g.id,
        fromActor: g.from,
        toActor: g.to,
        from: a.anchor,
        to: b.anchor,
        slot: slots.get(g.id) ?? 0,
        canonicalForward: isCanonicalForward(g.from, g.to),
      });
  }
  yield;
  // CSS px per Mercator degree at the default view of the smallest map of this shape (where arrowheads must clear each other).
  const view = ARRIVAL_VIEWS[shape];
  const arrivalScale = fitScale(layout.frame, view.width, view.height, view.padding);
  const frame = [x0, y0, x1, y1] as const;
  const obstacles = obstaclesOf(dataset, layout, groups, frame, CLEARANCE_VIEWS[shape]);
  yield;
  const fanned = yield* fannedEdgeSteps(ends, Math.max(x1 - x0, y1 - y0), obstacles);
  yield;
  const labels = ringLabels(
    { dataset, layout, groups },
    view,
    view === CLEARANCE_VIEWS[shape] ? obstacles : undefined,
  );
  yield;
  const curves = yield* arrivalCurveSteps(fanned, arrivalScale, labels, x1 - x0 > WORLD_WIDE);
  const whole: WholeEdge[] = [];
  for (let start = 0; start < groups.length; start += TIES_PER_STEP) {
    for (let i = start; i < Math.min(groups.length, start + TIES_PER_STEP); i++) {
      const group = groups[i]!;
      whole.push(
        wholeEdge(
          group.ties,
          measures.get(group.layer),
          figureOwner({ dataset, layout }, group.from),
        ),
      );
    }
    yield;
  }
  legendFacts(dataset); // kept per dataset: the first scene does not pay for it
  return {
    dataset,
    shape,
    layout,
    measures,
    groups,
    groupOf,
    curves,
    fanned: groups.length > GUIDE_MAX_EDGES ? null : fanned,
    arrivalScale,
    whole,
  };
}

/**
 * CSS px per Mercator degree of a map `width` × `height` px that shows `bounds` with `padding` px
 * on each side (as MapLibre frames it, never below its zoom 0).
 */
export function fitScale(
  bounds: readonly [LonLat, LonLat],
  width: number,
  height: number,
  padding: number,
): number {
  const [x0, y0] = toMercator(bounds[0]);
  const [x1, y1] = toMercator(bounds[1]);
  const sizeX = x1 >= x0 ? x1 - x0 : x1 + 360 - x0;
  const scale = Math.min(
    Math.max(width - 2 * padding, 1) / (sizeX || 1),
    Math.max(height - 2 * padding, 1) / (Math.abs(y1 - y0) || 1),
  );
  return Math.max(scale, 512 / 360);
}

/**
 * The actors' labels as a map of `view`'s size lays them out: arrival rings leave them free. Only
 * the spot the layout gives (not its mirror too): a hub ringed by its label on both sides would
 * push its arrowheads far out above and below it. A world map's rings crowd each other too
 * closely to leave room for labels.
 */
export function ringLabels(
  geometry: Pick<SceneGeometry, 'dataset' | 'layout' | 'groups'>,
  view: ClearanceView,
  laidOut?: readonly Obstacle[],
): Obstacle[] {
  const { dataset, layout, groups } = geometry;
  const [x0, y0] = toMercator(layout.frame[0]);
  const [x1, y1] = toMercator(layout.frame[1]);
  if (x1 - x0 > WORLD_WIDE) return [];
  return (laidOut ?? obstaclesOf(dataset, layout, groups, [x0, y0, x1, y1], view)).filter(
    (o) => o.label && layout.anchors.has(o.actor),
  );
}

/** The actors' markers and labels that edges must not pass over (bends.ts), as the desktop map writes the labels. */
function obstaclesOf(
  dataset: Dataset,
  layout: SceneGeometry['layout'],
  groups: readonly EdgeGroup[],
  frame: readonly [number, number, number, number],
  view: ClearanceView,
): Obstacle[] {
  const ties = new Map<string, number>();
  for (const g of groups) {
    ties.set(g.from, (ties.get(g.from) ?? 0) + g.ties.length);
    ties.set(g.to, (ties.get(g.to) ?? 0) + g.ties.length);
  }
  const actors: ObstacleActor[] = [];
  for (const actor of dataset.actors) {
    const anchor = layout.anchors.get(actor.id);
    if (!anchor) continue;
    // A phone drops the "km away" (the arrow stays).
    // The width a desktop label takes, to keep edges off it: the same in every language (the geometry is shared).
    const text = !anchor.distant
      ? actor.name
      : view.width < 480
        ? `➤ ${actor.name}`
        : `➤ ${actor.name} ${anchor.distant.km.toLocaleString('en-US')} km away`;
    actors.push({
      id: actor.id,
      anchor: toMercator(anchor.anchor),
      text,
      beside: !anchor.hasShape || anchor.distant !== null || ties.has(actor.id),
      ties: ties.get(actor.id) ?? 0,
    });
  }
  return actorObstacles(actors, frame, view);
}

/** The geometry of a dataset, all at once. */
export function sceneGeometry(
  dataset: Dataset,
  places: PlaceIndex,
  shape: FrameShape = 'wide',
): SceneGeometry {
  return runSteps(sceneGeometrySteps(dataset, places, shape));
}

function edgeStance(ties: readonly Tie[]): EdgeStance {
  const adversarial = ties.filter((t) => t.stance === 'adversarial').length;
  if (adversarial === 0) return 'cooperative';
  return adversarial === ties.length ? 'adversarial' : 'mixed';
}
