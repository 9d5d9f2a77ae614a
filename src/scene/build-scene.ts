/** buildScene: a pure function of (dataset, view state, geodata index) to the Scene renderers draw. */
import type { Dataset, Tie } from '../data/types.ts';
import { visibleTies, type SceneView } from '../state/view-state.ts';
import { layoutAnchors, type PlaceIndex } from './anchors.ts';
import { edgeLabelText } from './edge-labels.ts';
import { bendSlots, fannedCurves, groupTies, isCanonicalForward, type Curve } from './edges.ts';
import { toMercator } from './mercator.ts';
import { buildLegend } from './legend.ts';
import { layerColours } from './palette.ts';
import type { Emphasis, EdgeStance, Scene, SceneActor, SceneEdge } from './types.ts';
import { edgeWidth, layerMeasures, maxStrokeWidth, REFERENCE_MAP_WIDTH, widthScale, type LayerMeasure } from './widths.ts';

/**
 * The parts of a scene that do not depend on the view (anchors, curves, widths), computed once
 * per dataset so a view change only filters and re-emphasises.
 */
export interface SceneBasis {
  dataset: Dataset;
  layout: ReturnType<typeof layoutAnchors>;
  measures: Map<string, LayerMeasure>;
  /**
   * Every edge's curve, fanned at shared actors over all edges of the dataset (see edges.ts), once
   * per dataset: a view change never resamples a curve, and unchanged edges keep identical paths.
   */
  curves: Map<string, Curve>;
  colours: Map<string, string>;
}

export function sceneBasis(dataset: Dataset, places: PlaceIndex, colourOverrides: Readonly<Record<string, string>> = {}): SceneBasis {
  const layout = layoutAnchors(dataset.actors, places);
  const groups = groupTies(dataset.ties);
  const slots = bendSlots(groups, dataset.layers.map((l) => l.id));
  const [x0, y0] = toMercator(layout.frame[0]);
  const [x1, y1] = toMercator(layout.frame[1]);
  const ends = groups.flatMap((g) => {
    const a = layout.anchors.get(g.from);
    const b = layout.anchors.get(g.to);
    return a && b ? [{ id: g.id, from: a.anchor, to: b.anchor, slot: slots.get(g.id) ?? 0, canonicalForward: isCanonicalForward(g.from, g.to) }] : [];
  });
  return {
    colours: layerColours(dataset.layers.map((l) => l.id), colourOverrides),
    dataset,
    layout,
    measures: layerMeasures(dataset),
    curves: fannedCurves(ends, Math.max(x1 - x0, y1 - y0)),
  };
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

/** `mapWidth`: the map's width in CSS px, which sets the widest stroke (widths.ts's maxStrokeWidth). */
export function buildScene(basis: SceneBasis, state: SceneView, mapWidth = REFERENCE_MAP_WIDTH): Scene {
  const { dataset, layout, measures, curves, colours } = basis;
  const scale = widthScale(measures, maxStrokeWidth(mapWidth));
  const visible = visibleTies(dataset, state);

  const edges: SceneEdge[] = [];
  for (const group of groupTies(visible)) {
    const curve = curves.get(group.id);
    if (!curve) continue;
    const touchesFocus = state.focus !== null && (group.from === state.focus || group.to === state.focus);
    const highlighted = group.ties.some((t) => state.highlight.has(t.id));
    const dimmed = (state.focus !== null && !touchesFocus) || (state.highlight.size > 0 && !highlighted && !touchesFocus);
    const emphasis: Emphasis = touchesFocus || highlighted ? 'focus' : dimmed ? 'dim' : 'normal';
    edges.push({
      id: group.id,
      from: group.from,
      to: group.to,
      layer: group.layer,
      colour: colours.get(group.layer)!,
      tieIds: group.ties.map((t) => t.id),
      stance: edgeStance(group.ties),
      quantified: group.ties.some((t) => t.figure !== undefined),
      tentative: group.ties.every((t) => t.status === 'planned' || t.status === 'potential'),
      width: edgeWidth(group.ties, scale),
      label: edgeLabelText(group.ties, measures.get(group.layer)),
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

  edges.sort(drawOrder);
  return { actors, edges, frame: layout.frame, margins: layout.margins, legend: buildLegend(dataset, state, visible, measures, scale, colours) };
}
