/** buildScene: a pure function of (dataset, view state, geodata index) to the Scene renderers draw. */
import type { TopFlows } from './top-flows.ts';
import { totalCircles } from './actor-totals.ts';
import type { Dataset, Tie } from '../data/types.ts';
import { groupScene } from './group-scene.ts';
import { isTieVisible, visibleTies, type SceneView } from '../state/view-state.ts';
import type { PlaceIndex } from './anchors.ts';
import { ARRIVAL_VIEWS } from './obstacles.ts';
import type { EdgeGroup } from './edge-groups.ts';
import { buildLegend } from './legend.ts';
import { layerColours } from './palette.ts';
import type { Emphasis, Scene, SceneActor, SceneEdge } from './types.ts';
import { edgeWidth, maxStrokeWidth, REFERENCE_MAP_WIDTH, widthScale } from './widths.ts';
import {
  figureOwner,
  fitScale,
  type SceneBasis,
  type SceneGeometry,
  sceneGeometry,
  wholeEdge,
} from './scene-geometry.ts';
import { curvesAt } from './scaled-curves.ts';
import { borderNotes, sceneAnnotations } from './scene-annotations.ts';
import {
  drawOrder,
  groupWidthKey,
  inWidthOrder,
  recede,
  wholeWidthsOf,
} from './scene-edge-order.ts';

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
    ...borderNotes(legend.borders.areas, layout.frame, layout.margins, basis.lang, callouts.length),
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
