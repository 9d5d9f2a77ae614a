/**
 * The figures written on the map (DESIGN.md): one `part="edge-label"` per quantified edge, HTML
 * like the actor labels. They are plain text in the map region, so a screen reader reaches them in
 * reading order; keyboard users reach the edge itself through its handle. Where each goes (or
 * whether it gives way) is decided by the label layout after each draw (label-positions.ts).
 */
import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Scene } from '../../scene/types.ts';

/**
 * Above this many labelled edges only the labels of highest priority are rendered (the layout's
 * own order: larger figures first, then by id), among the edges that reach into the view the map
 * last came to rest at. No map holds more than a few hundred labels without collisions, so the
 * rest would give way anyway: on a register only a few dozen find a place, and tens of thousands
 * of label elements would make the first render and every layer toggle slow (docs/benchmarks.md).
 */
export const MAX_EDGE_LABELS = 160;

/** Whether an edge can be seen in the map's view (the map controller's `labelView`). */
export type EdgeInView = (edge: Scene['edges'][number]) => boolean;

/** The labelled edges to render, in the scene's order; `inView`: over the cap, only those it keeps. */
export function labelledEdges(scene: Scene, inView: EdgeInView | null = null): Scene['edges'] {
  const all = scene.edges.filter((e) => e.label !== null);
  if (all.length <= MAX_EDGE_LABELS) return all;
  const kept = lastCap && sameCap(lastCap, all, inView) ? lastCap.kept : capOf(all, inView);
  return all.filter((e) => kept.has(e.id));
}

/**
 * The last cap taken, with what it was taken over: a focus or a hover changes neither the view
 * nor any edge's label or curve, only emphasis, so it keeps the same labels without testing and
 * ranking 9,000 edges again (4 ms a focus at 10,000 ties).
 */
let lastCap: {
  inView: EdgeInView | null;
  edges: Map<string, Scene['edges'][number]>;
  kept: Set<string>;
} | null = null;

function sameCap(
  cap: NonNullable<typeof lastCap>,
  all: Scene['edges'],
  inView: EdgeInView | null,
): boolean {
  if (cap.inView !== inView || cap.edges.size !== all.length) return false;
  for (const e of all) {
    const was = cap.edges.get(e.id);
    if (
      was === undefined ||
      was.label !== e.label ||
      was.path !== e.path ||
      was.control !== e.control
    )
      return false;
  }
  return true;
}

/** The ids of the MAX_EDGE_LABELS highest-priority edges of `all` in view (ties at the cut kept by id). */
function capOf(all: Scene['edges'], inView: EdgeInView | null): Set<string> {
  const labelled = inView ? all.filter(inView) : all;
  let kept: Set<string>;
  if (labelled.length <= MAX_EDGE_LABELS) kept = new Set(labelled.map((e) => e.id));
  else {
    // The MAX_EDGE_LABELS-th highest priority, found without sorting thousands of edges (a full
    // sort was 5 ms of every layer toggle at 10,000 ties); ties at it are kept by id.
    const threshold = nthLargest(
      Float64Array.from(labelled, (e) => e.label!.priority),
      MAX_EDGE_LABELS - 1,
    );
    const above = labelled.filter((e) => e.label!.priority > threshold);
    const at = labelled
      .filter((e) => e.label!.priority === threshold)
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    kept = new Set([...above, ...at.slice(0, MAX_EDGE_LABELS - above.length)].map((e) => e.id));
  }
  lastCap = { inView, edges: new Map(all.map((e) => [e.id, e])), kept };
  return kept;
}

/** Whether a scene has more labelled edges than are rendered (then which are depends on the view). */
export function overLabelCap(scene: Scene): boolean {
  let count = 0;
  for (const e of scene.edges) if (e.label !== null && ++count > MAX_EDGE_LABELS) return true;
  return false;
}

/** The value that would sit at `k` (0-based) if `values` were sorted in descending order (quickselect; reorders `values`). */
export function nthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i++] = values[j]!;
        values[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k]!;
  }
  return values[k]!;
}

export interface EdgeLabelsOptions {
  scene: Scene;
  /** The view test of the figure-label cap (the map controller's `labelView`), or null before a picture exists. */
  inView: EdgeInView | null;
}

export function renderEdgeLabels({ scene, inView }: EdgeLabelsOptions): TemplateResult {
  const labelled = labelledEdges(scene, inView);
  return html`${repeat(
    labelled,
    (e) => e.id,
    (edge) => html`<span class="edge-label" part="edge-label"
    data-label-for=${edge.id} data-layer=${edge.layer} data-emphasis=${edge.emphasis} data-tentative=${String(edge.tentative)}>${edge.label!.text}</span>`,
  )}`;
}
