/** buildScene: a pure function of (dataset, view state, geodata index) to the Scene renderers draw. */
import { measureValue, recedingEdges, topFlowBudget, type TopFlows } from './top-flows.ts';
import { totalCircles } from './actor-totals.ts';
import type { Bounds, Dataset, Tie } from '../data/types.ts';
import { BORDER_AREAS, type BorderAreaId } from '../geo/borders.ts';
import { stringsFor } from '../text/strings.ts';
import { groupScene } from './group-scene.ts';
import { isTieVisible, visibleTies, type SceneView } from '../state/view-state.ts';
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
import {
  addToGroup,
  arrivalCurveSteps,
  bendSlotSteps,
  fannedEdgeSteps,
  isCanonicalForward,
  runSteps,
  type Curve,
  type EdgeEnds,
  type EdgeGroup,
  type FannedEdges,
} from './edges.ts';
import { GUIDE_MAX_EDGES } from './label-layout.ts';
import { toMercator } from './mercator.ts';
import { buildLegend, legendFacts } from './legend.ts';
import { layerColours } from './palette.ts';
import type {
  Emphasis,
  EdgeStance,
  LegendWidth,
  LonLat,
  Scene,
  SceneActor,
  SceneAnnotation,
  SceneEdge,
} from './types.ts';
import {
  edgeWidth,
  layerMeasures,
  maxStrokeWidth,
  MIN_WIDTH,
  REFERENCE_MAP_WIDTH,
  roundBelow,
  widthScale,
  type LayerMeasure,
  type WidthScale,
} from './widths.ts';

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
const WORLD_WIDE = 120;

/** Ties (or edges) handled between two yields of sceneGeometrySteps. */
const TIES_PER_STEP = 1000;

function wholeEdge(
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
function figureOwner(
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

/** Arrival rings are placed again for a map's scale in steps of this ratio: a pan or a small zoom keeps them. */
const SCALE_STEP = 1.25;

/** The curves placed for each scale step, per dataset geometry (keyed by its base curves, which every basis of it shares). */
const scaledCurves = new WeakMap<Map<string, Curve>, Map<number, Map<string, Curve>>>();

/**
 * The curves for a map drawn at `scale` CSS px per Mercator degree: the arrival rings sized in
 * pixels for it (rounded down to a SCALE_STEP), so an arrowhead ends by its recipient's marker on
 * a desktop or a projector as on a phone. Smaller maps, and a register, keep the geometry's curves.
 */
export function curvesAt(geometry: SceneGeometry, scale: number | undefined): Map<string, Curve> {
  const { fanned, arrivalScale, curves } = geometry;
  if (!fanned || scale === undefined || !(scale > 0) || !(arrivalScale > 0)) return curves;
  const step = Math.floor(Math.log(scale / arrivalScale) / Math.log(SCALE_STEP) + 1e-9);
  if (step <= 0) return curves;
  let kept = scaledCurves.get(curves);
  if (!kept) scaledCurves.set(curves, (kept = new Map<number, Map<string, Curve>>()));
  const cached = kept.get(step);
  if (cached) return cached;
  // The smallest map's shape grown to this scale: its labels keep their px size, so they cover less of the ring.
  const k = SCALE_STEP ** step;
  const base = ARRIVAL_VIEWS[geometry.shape];
  const view = {
    width: 2 * base.padding + (base.width - 2 * base.padding) * k,
    height: 2 * base.padding + (base.height - 2 * base.padding) * k,
    padding: base.padding,
  };
  const [x0] = toMercator(geometry.layout.frame[0]);
  const [x1] = toMercator(geometry.layout.frame[1]);
  const made = runSteps(
    arrivalCurveSteps(fanned, arrivalScale * k, ringLabels(geometry, view), x1 - x0 > WORLD_WIDE),
  );
  kept.set(step, made);
  return made;
}

/**
 * The actors' labels as a map of `view`'s size lays them out: arrival rings leave them free. Only
 * the spot the layout gives (not its mirror too): a hub ringed by its label on both sides would
 * push its arrowheads far out above and below it. A world map's rings crowd each other too
 * closely to leave room for labels.
 */
function ringLabels(
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

/** A basis from a dataset's geometry (computed here when not given) and the theme's colour overrides. */
export function sceneBasis(
  dataset: Dataset,
  places: PlaceIndex,
  colourOverrides: Readonly<Record<string, string>> = {},
  geometry: SceneGeometry = sceneGeometry(dataset, places),
  lang = 'en',
): SceneBasis {
  // The geometry's edge labels are English; another language writes them again (cheap: no curves).
  const whole =
    lang === 'en'
      ? geometry.whole
      : geometry.groups.map((group) =>
          wholeEdge(
            group.ties,
            geometry.measures.get(group.layer),
            figureOwner(geometry, group.from),
            lang,
          ),
        );
  return {
    ...geometry,
    whole,
    colours: layerColours(
      dataset.layers.map((l) => l.id),
      colourOverrides,
    ),
    lang,
  };
}

/**
 * The visible ties grouped into edges, in order of first appearance among them (as groupTies
 * would), by each tie's edge index; an edge whose ties are all visible is the dataset's own group.
 */
function visibleGroups(
  basis: SceneBasis,
  state: SceneView,
  visible: readonly Tie[],
): { group: EdgeGroup; index: number; whole: boolean }[] {
  const { groups, groupOf } = basis;
  const shown = new Uint32Array(groups.length);
  const order: number[] = [];
  for (const tie of visible) {
    const at = groupOf.get(tie);
    if (at === undefined) continue;
    const seen = shown[at] ?? 0;
    shown[at] = seen + 1;
    if (seen === 0) order.push(at);
  }
  return order.map((index) => {
    const all = groups[index]!;
    const whole = shown[index] === all.ties.length;
    return {
      index,
      whole,
      group: whole
        ? all
        : { ...all, ties: all.ties.filter((tie) => isTieVisible(state, tie, basis.dataset)) },
    };
  });
}

/**
 * The call-outs this view shows: those without scenes in every view, the others only while one of
 * their scenes is the step shown. An actor's call-out sits at its anchor; a tie's at the middle of
 * its edge, and only while the tie is visible (an arrow to a hidden edge points at nothing).
 */
export function sceneAnnotations(
  basis: SceneBasis,
  state: SceneView,
  visible: readonly Tie[],
  actors: readonly SceneActor[],
  curves: Map<string, Curve> = basis.curves,
): SceneAnnotation[] {
  const list = basis.dataset.annotations;
  if (!list || list.length === 0) return [];
  const step = state.step ?? null;
  const out: SceneAnnotation[] = [];
  for (const a of list) {
    if (a.scenes !== undefined && (step === null || !a.scenes.includes(step))) continue;
    let anchor: LonLat | undefined;
    let target: SceneAnnotation['target'];
    if (typeof a.at !== 'string') {
      anchor = a.at;
      target = 'point';
    } else if (actors.some((actor) => actor.id === a.at)) {
      anchor = actors.find((actor) => actor.id === a.at)!.anchor;
      target = 'actor';
    } else {
      target = 'tie';
      const tie = visible.find((t) => t.id === a.at);
      const index = tie ? basis.groupOf.get(tie) : undefined;
      const group = index === undefined ? undefined : basis.groups[index];
      const path = group ? curves.get(group.id)?.path : undefined;
      anchor = path ? path[path.length >> 1] : undefined;
    }
    if (!anchor) continue;
    out.push({
      id: a.id,
      text: a.text,
      kind: a.kind ?? 'label',
      anchor,
      target,
      number: out.length + 1,
    });
  }
  return out;
}

/** A world-wide frame: its rings lie a few pixels apart, too close to name each one. */
const NOTE_SPAN_DEGREES = 150;

/**
 * A named note beside each marked area that has no shape of its own (a ring on the base map), so a
 * reader sees which area the ring marks without the legend: it joins the call-outs' layout (never
 * over a label, a numbered marker on a narrow map) in the map's own quieter style, not the editor's.
 */
function borderNotes(
  areas: readonly BorderAreaId[],
  frame: Bounds,
  lang: string,
  numbered: number,
): SceneAnnotation[] {
  if (frame[1][0] - frame[0][0] > NOTE_SPAN_DEGREES) return [];
  const names = stringsFor(lang).borderAreas;
  return BORDER_AREAS.filter((area) => area.shape === null && areas.includes(area.id)).map(
    (area, i) => ({
      id: `border:${area.id}`,
      text: names[area.id].name,
      kind: 'label',
      anchor: area.at,
      target: 'point',
      number: numbered + i + 1,
      note: 'border',
    }),
  );
}

/** Wide edges first, so thin ones stay visible on top; an emphasised edge (hover, focus, step) above all. */
function drawOrder(a: SceneEdge, b: SceneEdge): number {
  return Number(a.emphasis === 'focus') - Number(b.emphasis === 'focus') || b.width - a.width;
}

function edgeStance(ties: readonly Tie[]): EdgeStance {
  const adversarial = ties.filter((t) => t.stance === 'adversarial').length;
  if (adversarial === 0) return 'cooperative';
  return adversarial === ties.length ? 'adversarial' : 'mixed';
}

/**
 * `mapWidth`: the map's width in CSS px, which sets the widest stroke (widths.ts's maxStrokeWidth);
 * with `mapHeight`, the map's size also sets how many edges of a crowded layer draw in full (top-flows.ts).
 * `pxPerUnit`: CSS px per Mercator degree of the camera the scene is drawn at (fitScale), which sizes the
 * hubs' arrival rings (curvesAt); by default the default frame's on a map of that size, or the smallest map's.
 */
export function buildScene(
  basis: SceneBasis,
  state: SceneView,
  mapWidth = REFERENCE_MAP_WIDTH,
  mapHeight?: number,
  pxPerUnit?: number,
): Scene {
  const { dataset, layout, measures, colours, whole } = basis;
  const curves = curvesAt(
    basis,
    pxPerUnit ??
      (mapHeight === undefined
        ? undefined
        : fitScale(layout.frame, mapWidth, mapHeight, ARRIVAL_VIEWS.wide.padding)),
  );
  const maxWidth = maxStrokeWidth(mapWidth);
  const scale = widthScale(measures, maxWidth);
  const visible = visibleTies(dataset, state);
  const widths = wholeWidthsOf(basis, maxWidth, scale);

  const edges: SceneEdge[] = [];
  const drawnGroups: EdgeGroup[] = [];
  // Where each group's edge sits in `edges` (-1: not drawn), while every drawn edge is whole.
  let positions: Int32Array | null = new Int32Array(basis.groups.length).fill(-1);
  for (const { group, index, whole: allShown } of visibleGroups(basis, state, visible)) {
    const curve = curves.get(group.id);
    if (!curve) continue;
    if (!allShown) positions = null;
    else if (positions) positions[index] = edges.length;
    const touchesFocus =
      state.focus !== null && (group.from === state.focus || group.to === state.focus);
    const highlighted =
      state.highlight.size > 0 && group.ties.some((t) => state.highlight.has(t.id));
    const dimmed =
      (state.focus !== null && !touchesFocus) ||
      (state.highlight.size > 0 && !highlighted && !touchesFocus);
    const emphasis: Emphasis = touchesFocus || highlighted ? 'focus' : dimmed ? 'dim' : 'normal';
    const looks = allShown
      ? whole[index]!
      : wholeEdge(
          group.ties,
          measures.get(group.layer),
          figureOwner(basis, group.from),
          basis.lang,
        );
    edges.push({
      id: group.id,
      from: group.from,
      to: group.to,
      layer: group.layer,
      colour: colours.get(group.layer)!,
      tieIds: looks.tieIds,
      stance: looks.stance,
      quantified: looks.quantified,
      tentative: looks.tentative,
      width: allShown ? widths.width[index]! : edgeWidth(group.ties, scale),
      label: looks.label,
      control: curve.control,
      path: curve.path,
      arrow: curve.arrow,
      emphasis,
    });
    drawnGroups.push(group);
  }
  // Grouping (group-scene.ts) replaces actors and edges after they are built: only a grouped view pays for it.
  const grouping = state.group !== undefined && state.group !== 'none' ? state.group : null;
  let topFlows =
    mapHeight === undefined || grouping
      ? []
      : recede(edges, drawnGroups, basis, mapWidth, mapHeight, state.allFlows === true);

  const counts = new Map<string, number>();
  for (const tie of visible) {
    counts.set(tie.from, (counts.get(tie.from) ?? 0) + 1);
    counts.set(tie.to, (counts.get(tie.to) ?? 0) + 1);
  }
  const focusPartners = new Set<string>();
  if (state.focus !== null) {
    for (const tie of visible) {
      if (tie.from === state.focus) focusPartners.add(tie.to);
      if (tie.to === state.focus) focusPartners.add(tie.from);
    }
  }
  // A register's actors are sized by their totals in the crowded layer with most edges (flowmap.blue's location circles).
  const busiest = topFlows.reduce<TopFlows | null>(
    (a, b) => (a && a.drawn + a.receded >= b.drawn + b.receded ? a : b),
    null,
  );
  const circles = busiest ? totalCircles(visible, measures, busiest.layer) : null;
  const actors: SceneActor[] = [];
  for (const actor of dataset.actors) {
    const anchor = layout.anchors.get(actor.id);
    if (!anchor) continue;
    const emphasis: Emphasis =
      state.focus === null
        ? 'normal'
        : actor.id === state.focus
          ? 'focus'
          : focusPartners.has(actor.id)
            ? 'normal'
            : 'dim';
    actors.push({
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      anchor: anchor.anchor,
      hasShape: anchor.hasShape,
      distant: anchor.distant,
      tieCount: counts.get(actor.id) ?? 0,
      emphasis,
      ...(circles?.radius.has(actor.id) ? { total: circles.radius.get(actor.id)! } : {}),
    });
  }

  let shownActors = actors;
  let groupSums: Map<string, number> | null = null;
  let ordered: SceneEdge[];
  if (grouping) {
    const grouped = groupScene(
      { actors, edges, edgeTies: drawnGroups.map((g) => g.ties) },
      state,
      measures,
      maxWidth,
      basis.lang,
    );
    shownActors = grouped.actors;
    if (mapHeight !== undefined)
      topFlows = recede(
        grouped.edges,
        grouped.edgeTies.map((ties) => ({ ties })),
        basis,
        mapWidth,
        mapHeight,
        state.allFlows === true,
      );
    ordered = grouped.edges.sort(drawOrder);
    groupSums = grouped.largest;
  } else
    ordered = positions ? inWidthOrder(edges, positions, widths.byWidth) : edges.sort(drawOrder);
  const callouts = sceneAnnotations(basis, state, visible, shownActors, curves);
  const built = buildLegend(dataset, state, visible, measures, scale, colours, layout.frame);
  // Under a grouping the strokes show sums: the width key samples the largest sum and a round one below it.
  const sums = groupSums;
  const legend = sums
    ? {
        ...built,
        widths: built.widths.map((w) => groupWidthKey(w, sums.get(w.layer) ?? 0, maxWidth)),
      }
    : built;
  const annotations = [
    ...callouts,
    ...borderNotes(legend.borders.areas, layout.frame, basis.lang, callouts.length),
  ];
  return {
    actors: shownActors,
    annotations,
    // Receding edges lie under the ones drawn in full.
    edges:
      topFlows.length > 0 && !state.allFlows
        ? [...ordered.filter((e) => e.recede), ...ordered.filter((e) => !e.recede)]
        : ordered,
    frame: layout.frame,
    margins: layout.margins,
    legend: {
      ...legend,
      topFlows,
      allFlows: state.allFlows === true,
      ...(circles ? { totals: circles.key } : {}),
      ...(grouping ? { group: grouping } : {}),
    },
  };
}

/** A layer's width key under a grouping: its largest sum at the widest stroke, and a round value below it. */
function groupWidthKey(key: LegendWidth, largest: number, maxWidth: number): LegendWidth {
  if (!(largest > 0)) return key;
  const lower = roundBelow(largest);
  const samples = [{ value: largest, width: maxWidth }];
  if (lower !== null && lower < largest)
    samples.push({ value: lower, width: Math.max(MIN_WIDTH, (maxWidth * lower) / largest) });
  return { ...key, samples };
}

/**
 * Marks the edges of crowded layers that recede (in place: `edges` are this scene's own objects)
 * and says what receded; with `all` (the reader's "Show all") it only says what would.
 */
function recede(
  edges: SceneEdge[],
  groups: readonly { ties: readonly Tie[] }[],
  basis: SceneBasis,
  width: number,
  height: number,
  all: boolean,
): TopFlows[] {
  const { crowded } = topFlowBudget(width, height);
  const perLayer = new Map<string, number>();
  for (const edge of edges) perLayer.set(edge.layer, (perLayer.get(edge.layer) ?? 0) + 1);
  // Most views have no crowded layer: the figures are read only when one is.
  if (![...perLayer.values()].some((n) => n > crowded)) return [];
  const ranked = edges.map((edge, i) => ({
    layer: edge.layer,
    emphasised: edge.emphasis === 'focus',
    // A group edge ranks by its sum in the measure (group-scene.ts), an actor's edge by its largest figure.
    value: edge.sum
      ? edge.sum.summed > 0
        ? edge.sum.high
        : -1
      : measureValue(groups[i]?.ties ?? [], basis.measures.get(edge.layer)),
    ties: edge.tieIds.length,
  }));
  const { receded, summary } = recedingEdges(ranked, width, height);
  if (all) return summary;
  for (const i of receded) {
    const edge = edges[i];
    if (edge) edges[i] = { ...edge, recede: true, label: null };
  }
  return summary;
}

/** Each whole edge's width at one widest stroke, and the groups widest first (equal widths in dataset order). */
interface WholeWidths {
  maxWidth: number;
  width: Float64Array;
  byWidth: Uint32Array;
}
const wholeWidths = new WeakMap<SceneGeometry, WholeWidths>();

/**
 * The whole edges' widths under `scale` (the one for `maxWidth`) and their width order, kept per basis for the last widest stroke: a
 * focus or a toggle at 10,000 ties then neither rescales 10,000 ties nor sorts 9,000 edges (~8 ms).
 */
function wholeWidthsOf(basis: SceneGeometry, maxWidth: number, scale: WidthScale): WholeWidths {
  const kept = wholeWidths.get(basis);
  if (kept && kept.maxWidth === maxWidth) return kept;
  const width = Float64Array.from(basis.groups, (g) => edgeWidth(g.ties, scale));
  // Array.prototype.sort is stable: equal widths keep the groups' order.
  const byWidth = Uint32Array.from(
    Array.from(basis.groups, (_, i) => i).sort((a, b) => width[b]! - width[a]!),
  );
  const made = { maxWidth, width, byWidth };
  wholeWidths.set(basis, made);
  return made;
}

/**
 * drawOrder without a sort, for a scene of whole edges: they come in the groups' order (first
 * appearance), so the stable sort by (emphasis, width) is the width order with emphasised edges moved last.
 */
function inWidthOrder(
  edges: readonly SceneEdge[],
  positions: Int32Array,
  byWidth: Uint32Array,
): SceneEdge[] {
  const ordered: SceneEdge[] = [];
  const emphasised: SceneEdge[] = [];
  for (const group of byWidth) {
    const at = positions[group]!;
    if (at < 0) continue;
    const edge = edges[at]!;
    (edge.emphasis === 'focus' ? emphasised : ordered).push(edge);
  }
  for (const edge of emphasised) ordered.push(edge);
  return ordered;
}
