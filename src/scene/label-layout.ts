/**
 * Greedy label placement: labels are placed in priority order (most ties first), each at the first
 * candidate position near its actor that overlaps no placed label and stays in view. A label with
 * no such position gives way (a crowded phone map drops the labels of the least-connected actors;
 * their ties stay in the focus panel and the table), except the focused actor's, which takes the
 * candidate that overlaps least. A context label (an actor dimmed by a focus or a scene) takes
 * only a spot by its anchor or on a short leader, or gives way: a long leader across the scene's
 * own ties reads as part of the scene. `layoutMapLabels` places a whole map's labels: the actors',
 * then the figure labels along their edges (edge-label-layout.ts), then the context labels. Pure:
 * screen boxes in, screen positions out.
 */
import type { Scene, SceneActor } from './types.ts';
import {
  type LabelBox,
  labelCandidates,
  LEADER_DISTANCES,
  leaderCandidates,
  type PlacedLabel,
} from './label-candidates.ts';
import { leaderTo, onForeignLand, type ScreenGround } from './leader-lines.ts';
import { covers, type Rect, RectGrid } from './label-overlap.ts';
import {
  EDGE_LABEL_GAP,
  type EdgeGuide,
  type EdgeLabelBox,
  layoutEdgeLabels,
} from './edge-label-layout.ts';

/** Labels at or above this priority (the focused actor) never give way. */
export const KEEP_PRIORITY = 1000;

/**
 * `avoid`: boxes no label may cover (the arrowheads: arrowHeadBoxes).
 * `ground` (optional): what lies under a screen point. With it, a shape's label takes the first
 * free spot on its own land, the sea or the frame; failing that the shortest leader line: a free
 * spot just further out, else the first free spot near it on another's land, else free spots
 * further out (each joined to its anchor by a leader line). Without it, a label with no free spot
 * near it also tries the spots further out, with a leader.
 */
export function layoutLabels(
  boxes: readonly LabelBox[],
  viewWidth: number,
  viewHeight: number,
  ground?: ScreenGround,
  avoid: readonly Rect[] = [],
): PlacedLabel[] {
  const placed = new RectGrid();
  for (const r of avoid) placed.add(r);
  const result = new Map<string, PlacedLabel>();
  const order = [...boxes].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  for (const box of order) {
    const checkLand = ground !== undefined && box.shape === true;
    let best: { left: number; top: number; cost: number } | null = null;
    let firstFree: { left: number; top: number } | null = null;
    let chosen: { left: number; top: number; foreign: boolean } | null = null;
    const consider = (candidates: readonly [number, number][], scoreAll: boolean): void => {
      for (const [rawLeft, top] of candidates) {
        const left = Math.min(Math.max(rawLeft, 2), Math.max(2, viewWidth - box.width - 2));
        const rect = { left, top, width: box.width, height: box.height };
        const outside = top < 0 || top + box.height > viewHeight ? box.width * box.height : 0;
        const cost = placed.overlapSum(rect) + outside;
        if (scoreAll && (!best || cost < best.cost)) best = { left, top, cost };
        if (cost > 0) continue;
        if (checkLand && onForeignLand(box, left, top, ground)) {
          // A label on another's land needs a leader line, so never one over its own anchor.
          if (!covers(rect, box)) firstFree ??= { left, top };
          continue;
        }
        chosen = { left, top, foreign: false };
        return;
      }
    };
    const minor = box.minor === true && box.priority < KEEP_PRIORITY;
    const near = labelCandidates(box);
    consider(minor ? near.filter((c) => withinShortLeader(box, c)) : near, true);
    // A free spot just further out, joined to its anchor by a short leader line; then a near spot on
    // another's land (a leader joins it too); before the label gives way, free spots further out.
    const short = leaderCandidates(box, LEADER_DISTANCES.slice(0, 1));
    if (!chosen) consider(minor ? short.filter((c) => withinShortLeader(box, c)) : short, false);
    if (!chosen && firstFree)
      chosen = { ...(firstFree as { left: number; top: number }), foreign: true };
    // Context gives way rather than travel: a spot by its anchor or on a short leader, or none.
    if (!chosen && minor) {
      result.set(box.id, { id: box.id, left: box.x, top: box.y, gaveWay: true });
      continue;
    }
    if (!chosen) consider(leaderCandidates(box, LEADER_DISTANCES.slice(1)), false);
    if (!chosen && firstFree)
      chosen = { ...(firstFree as { left: number; top: number }), foreign: true };
    const pick = chosen;
    const worst = best as { left: number; top: number; cost: number } | null;
    // The least-bad spot is no place for a label on another's land over its own anchor (no leader can join them).
    const unjoinable =
      worst !== null &&
      checkLand &&
      covers({ ...worst, width: box.width, height: box.height }, box) &&
      onForeignLand(box, worst.left, worst.top, ground);
    if (!pick && (worst === null || worst.cost > 0 || unjoinable) && box.priority < KEEP_PRIORITY) {
      result.set(box.id, {
        id: box.id,
        left: worst?.left ?? box.x,
        top: worst?.top ?? box.y,
        gaveWay: true,
      });
      continue;
    }
    const spot = worst ?? { left: box.x, top: box.y };
    const at = pick ?? {
      left: spot.left,
      top: spot.top,
      foreign: checkLand && onForeignLand(box, spot.left, spot.top, ground),
    };
    placed.add({ left: at.left, top: at.top, width: box.width, height: box.height });
    const leader = leaderTo(
      box,
      { left: at.left, top: at.top, width: box.width, height: box.height },
      at.foreign,
    );
    result.set(
      box.id,
      leader
        ? { id: box.id, left: at.left, top: at.top, leader }
        : { id: box.id, left: at.left, top: at.top },
    );
  }
  return boxes.map((b) => result.get(b.id)!);
}

/** Whether a label at `spot` lies no further from its anchor than the first leader distance. */
function withinShortLeader(box: LabelBox, [left, top]: [number, number]): boolean {
  const dx = Math.max(left - box.x, 0, box.x - (left + box.width));
  const dy = Math.max(top - box.y, 0, box.y - (top + box.height));
  return Math.hypot(dx, dy) <= LEADER_DISTANCES[0]! + 1;
}

/** On a map where some edges recede, the actors with most ties (its hubs) keep their labels before any figure. */
export const FIGURE_HUBS = 3;

/**
 * On a map where some edges recede (top-flows.ts), the actors whose labels give way to the figures
 * of the edges drawn in full: all but the hubs (FIGURE_HUBS) and the focused actor. Empty where
 * nothing recedes, so such a map lays out its labels as it always has.
 */
export function yieldingActors(scene: Pick<Scene, 'actors' | 'edges'>): Set<string> {
  const yielding = new Set<string>();
  if (!scene.edges.some((e) => e.recede)) return yielding;
  const hubs = new Set(
    [...scene.actors]
      .sort((a, b) => b.tieCount - a.tieCount)
      .slice(0, FIGURE_HUBS)
      .map((a) => a.id),
  );
  for (const actor of scene.actors)
    if (!hubs.has(actor.id) && actor.emphasis !== 'focus') yielding.add(actor.id);
  return yielding;
}

export interface MapLabelsInput {
  scene: Pick<Scene, 'actors' | 'edges'>;
  actors: readonly LabelBox[];
  figures: readonly EdgeLabelBox[];
  width: number;
  height: number;
  ground?: ScreenGround | undefined;
  /** Boxes no label may cover (the arrowheads, a key drawn over the map). */
  avoid: readonly Rect[];
  /** Boxes the figures keep clear of besides the actor labels (a key drawn over the map). */
  figureAvoid?: readonly Rect[];
  guide?: EdgeGuide | undefined;
  /** An actor label's rectangle as the figures see it (the element's labels sit on whole pixels). */
  snap?: (r: Rect) => Rect;
}

/**
 * Actor labels, then figure labels along their edges: the element, the static SVG and the slide
 * share this order. Where some edges recede (a register), the largest flows' figures are what the
 * picture is for: after the hubs' and the focused actor's labels, the figures take their places,
 * then the other actors' labels are laid out around them (the ends of the flows drawn in full
 * first), giving way where no spot is free; their ties stay in the table and the focus panel.
 * Context labels (dimmed actors) likewise come after the figures of the focus's ties.
 */
export function layoutMapLabels(input: MapLabelsInput): {
  actors: Map<string, PlacedLabel>;
  figures: Map<string, PlacedLabel | null>;
} {
  const { width, height, ground, avoid } = input;
  const yielding = yieldingActors(input.scene);
  // Context labels (minor) take what room the subject's labels and figures leave.
  for (const box of input.actors)
    if (box.minor === true && box.priority < KEEP_PRIORITY) yielding.add(box.id);
  const placed = new Map(
    layoutLabels(
      input.actors.filter((b) => !yielding.has(b.id)),
      width,
      height,
      ground,
      avoid,
    ).map((p) => [p.id, p]),
  );
  const snap = input.snap ?? ((r: Rect) => r);
  const taken = input.actors.flatMap((b) => {
    const p = placed.get(b.id);
    return p && !p.gaveWay
      ? [snap({ left: p.left, top: p.top, width: b.width, height: b.height })]
      : [];
  });
  const figures = layoutEdgeLabels(
    input.figures,
    [...taken, ...(input.figureAvoid ?? [])],
    width,
    height,
    input.guide,
  );
  if (yielding.size > 0) {
    const ends = new Set(input.scene.edges.flatMap((e) => (e.recede ? [] : [e.from, e.to])));
    const later = input.actors
      .filter((b) => yielding.has(b.id))
      .map((b) =>
        ends.has(b.id)
          ? { ...b, priority: Math.min(KEEP_PRIORITY - 1, b.priority + KEEP_PRIORITY / 2) }
          : b,
      );
    for (const p of layoutLabels(later, width, height, ground, [
      ...avoid,
      ...taken,
      ...figureRects(input.figures, figures),
    ]))
      placed.set(p.id, p);
  }
  return { actors: placed, figures };
}

/** The rectangles of placed figure labels with the clear space kept around them. */
function figureRects(
  boxes: readonly EdgeLabelBox[],
  placed: ReadonlyMap<string, PlacedLabel | null>,
): Rect[] {
  return boxes.flatMap((box) => {
    const at = placed.get(box.id);
    return at
      ? [
          {
            left: at.left - EDGE_LABEL_GAP,
            top: at.top - EDGE_LABEL_GAP,
            width: box.width + 2 * EDGE_LABEL_GAP,
            height: box.height + 2 * EDGE_LABEL_GAP,
          },
        ]
      : [];
  });
}

/** An actor's label box at its anchor's screen point: the element and the static SVG place alike. */
export function actorLabelBox(
  actor: SceneActor,
  at: { x: number; y: number },
  width: number,
  height: number,
): LabelBox {
  return {
    id: actor.id,
    x: at.x,
    y: at.y,
    width,
    height,
    // Where edges meet (a marker, a far actor, a hub) the label goes beside the point, not on it.
    beside: !actor.hasShape || actor.distant !== null || actor.tieCount > 0,
    priority: (actor.emphasis === 'focus' ? KEEP_PRIORITY : 0) + actor.tieCount,
    // A shape's label sits on its shape, the sea or the frame, a tab's on the frame; a pin's beside its pin.
    shape: actor.hasShape || actor.distant !== null,
    minor: actor.emphasis === 'dim',
  };
}
