/** buildScene: a pure function of (dataset, view state, geodata index) to the Scene renderers draw. */
import type { Dataset, Tie } from '../data/types.ts';
import { isTieVisible, visibleTies, type SceneView } from '../state/view-state.ts';
import { layoutAnchors, type PlaceIndex } from './anchors.ts';
import { addToGroup, bendSlots, curveBetween, isCanonicalForward, tieEdgeId, type Curve, type EdgeGroup } from './edges.ts';
import { buildLegend, legendFacts } from './legend.ts';
import { layerColours } from './palette.ts';
import type { Emphasis, EdgeStance, Scene, SceneActor, SceneEdge } from './types.ts';
import { edgeWidth, widthScale } from './widths.ts';

/**
 * The parts of a scene that depend on the dataset alone (anchors, widths, bend slots, each tie's
 * edge, curves): computed once per dataset, kept across view and theme changes, so a view change
 * only filters and re-emphasises.
 */
export interface SceneGeometry {
  dataset: Dataset;
  layout: ReturnType<typeof layoutAnchors>;
  scale: ReturnType<typeof widthScale>;
  slots: Map<string, number>;
  /** Every edge of the dataset (all its ties), in order of first appearance. */
  groups: EdgeGroup[];
  /**
   * Each tie's index in `groups`: a view groups its visible ties by this index instead of
   * encoding edge ids and hashing them again (~100 ms a view change at 60,000 ties).
   */
  groupOf: Map<Tie, number>;
  /**
   * Each edge's curve: a curve depends only on its two anchors and its bend slot, so a toggle or
   * focus at 60,000 ties no longer resamples 40,000 curves (0.5 s a view change in node), and
   * unchanged edges keep identical paths.
   */
  curves: Map<string, ReturnType<typeof curveBetween>>;
  /** What each edge looks like when all its ties are visible, whatever the view. */
  whole: (WholeEdge | undefined)[];
}

/** The view-independent fields of an edge that shows all of its ties. */
type WholeEdge = Pick<SceneEdge, 'tieIds' | 'stance' | 'quantified' | 'width'>;

/** The geometry plus the theme's layer colours: what buildScene reads. */
export interface SceneBasis extends SceneGeometry {
  colours: Map<string, string>;
}

/** Ties (or edges) handled between two yields of sceneGeometrySteps. */
const TIES_PER_STEP = 1000;
const CURVES_PER_STEP = 250;

/**
 * sceneGeometry as a generator that yields between slices of work, so a caller on the main thread
 * can give the event loop a turn (components/prepare-scene.ts): at 60,000 ties the whole costs
 * 0.3–1 s. The result is the same however the steps are driven.
 */
export function* sceneGeometrySteps(dataset: Dataset, places: PlaceIndex): Generator<void, SceneGeometry, void> {
  const { ties } = dataset;
  const layout = layoutAnchors(dataset.actors, places);
  const scale = widthScale(ties);
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
  const slots = bendSlots(groups, dataset.layers.map((l) => l.id));
  yield;
  const curves = new Map<string, Curve>();
  for (let start = 0; start < groups.length; start += CURVES_PER_STEP) {
    for (const group of groups.slice(start, start + CURVES_PER_STEP)) {
      const a = layout.anchors.get(group.from);
      const b = layout.anchors.get(group.to);
      if (a && b) curves.set(group.id, curveBetween(a.anchor, b.anchor, slots.get(group.id) ?? 0, isCanonicalForward(group.from, group.to)));
    }
    yield;
  }
  const whole: WholeEdge[] = [];
  for (let start = 0; start < groups.length; start += CURVES_PER_STEP * 4) {
    for (let index = start; index < Math.min(groups.length, start + CURVES_PER_STEP * 4); index++) whole[index] = wholeEdge(groups[index]!.ties, scale);
    yield;
  }
  legendFacts(dataset); // kept per dataset: the first scene does not pay for it
  return { dataset, layout, scale, slots, groups, groupOf, curves, whole };
}

/** The geometry of a dataset, all at once. */
export function sceneGeometry(dataset: Dataset, places: PlaceIndex): SceneGeometry {
  const steps = sceneGeometrySteps(dataset, places);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** A basis from a dataset's geometry (computed here when not given) and the theme's colour overrides. */
export function sceneBasis(
  dataset: Dataset,
  places: PlaceIndex,
  colourOverrides: Readonly<Record<string, string>> = {},
  geometry: SceneGeometry = sceneGeometry(dataset, places),
): SceneBasis {
  return { ...geometry, colours: layerColours(dataset.layers.map((l) => l.id), colourOverrides) };
}

/** The fields of an edge that depend only on its ties. */
function wholeEdge(ties: readonly Tie[], scale: SceneGeometry['scale']): WholeEdge {
  return {
    tieIds: ties.map((t) => t.id),
    stance: edgeStance(ties),
    quantified: ties.some((t) => t.figure !== undefined),
    width: edgeWidth(ties, scale),
  };
}

function edgeStance(ties: readonly Tie[]): EdgeStance {
  const adversarial = ties.filter((t) => t.stance === 'adversarial').length;
  if (adversarial === 0) return 'cooperative';
  return adversarial === ties.length ? 'adversarial' : 'mixed';
}

/**
 * The visible ties grouped into edges, in order of first appearance among them (as groupTies
 * would), by each tie's edge index; an edge whose ties are all visible is the dataset's own group.
 */
function visibleGroups(basis: SceneBasis, state: SceneView, visible: readonly Tie[]): { group: EdgeGroup; index: number; whole: boolean }[] {
  const { groups, groupOf } = basis;
  const shown = new Uint32Array(groups.length);
  const order: number[] = [];
  for (const tie of visible) {
    const at = groupOf.get(tie);
    if (at === undefined) continue;
    if (shown[at]++ === 0) order.push(at);
  }
  return order.map((index) => {
    const all = groups[index]!;
    const whole = shown[index] === all.ties.length;
    return { index, whole, group: whole ? all : { ...all, ties: all.ties.filter((tie) => isTieVisible(state, tie)) } };
  });
}

export function buildScene(basis: SceneBasis, state: SceneView): Scene {
  const { dataset, layout, scale, slots, colours, curves, whole } = basis;
  const visible = visibleTies(dataset, state);

  const edges: SceneEdge[] = [];
  for (const { group, index, whole: allShown } of visibleGroups(basis, state, visible)) {
    const a = layout.anchors.get(group.from);
    const b = layout.anchors.get(group.to);
    if (!a || !b) continue;
    let curve = curves.get(group.id);
    if (!curve) curves.set(group.id, (curve = curveBetween(a.anchor, b.anchor, slots.get(group.id) ?? 0, isCanonicalForward(group.from, group.to))));
    const touchesFocus = state.focus !== null && (group.from === state.focus || group.to === state.focus);
    const highlighted = state.highlight.size > 0 && group.ties.some((t) => state.highlight.has(t.id));
    const dimmed = (state.focus !== null && !touchesFocus) || (state.highlight.size > 0 && !highlighted && !touchesFocus);
    const emphasis: Emphasis = touchesFocus || highlighted ? 'focus' : dimmed ? 'dim' : 'normal';
    let looks = allShown ? whole[index] : undefined;
    if (!looks) {
      looks = wholeEdge(group.ties, scale);
      if (allShown) whole[index] = looks;
    }
    edges.push({
      id: group.id,
      from: group.from,
      to: group.to,
      layer: group.layer,
      colour: colours.get(group.layer)!,
      tieIds: looks.tieIds,
      stance: looks.stance,
      quantified: looks.quantified,
      width: looks.width,
      control: curve.control,
      path: curve.path,
      arrow: curve.arrow,
      emphasis,
    });
  }

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
  const actors: SceneActor[] = [];
  for (const actor of dataset.actors) {
    const anchor = layout.anchors.get(actor.id);
    if (!anchor) continue;
    const emphasis: Emphasis = state.focus === null ? 'normal'
      : actor.id === state.focus ? 'focus'
      : focusPartners.has(actor.id) ? 'normal' : 'dim';
    actors.push({
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      anchor: anchor.anchor,
      hasShape: anchor.hasShape,
      distant: anchor.distant,
      tieCount: counts.get(actor.id) ?? 0,
      emphasis,
    });
  }

  return { actors, edges, frame: layout.frame, legend: buildLegend(dataset, state, visible, scale, colours) };
}
