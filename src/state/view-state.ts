/**
 * ViewState: the single source of truth for what the element shows. Attributes, controls, the
 * keyboard and (later) the URL all write to it; the scene is a pure function of it.
 */
import { periodEnd, periodStart } from '../data/dates.ts';
import type { Dataset, Tie } from '../data/types.ts';

export interface ViewState {
  /** Visible layer ids; `null` means every layer of the dataset. */
  layers: ReadonlySet<string> | null;
  /** Actor whose ties are emphasised. */
  focus: string | null;
  /** ISO date: ties that start after it (or ended by it) are hidden. */
  asOf: string | null;
  /** Ties to emphasise (a scene's highlights, the open evidence card). */
  highlight: ReadonlySet<string>;
}

export const INITIAL_VIEW: ViewState = { layers: null, focus: null, asOf: null, highlight: new Set() };

export function isLayerVisible(state: ViewState, layer: string): boolean {
  return state.layers === null || state.layers.has(layer);
}

/** DESIGN.md: a tie shows when its layer is visible, it started by the as-of date and has not ended by then. */
export function isTieVisible(state: ViewState, tie: Tie): boolean {
  if (!isLayerVisible(state, tie.layer)) return false;
  if (state.asOf === null) return true;
  // Dates name periods: "2025" is on or before "2025-06", and a tie that ended in "2024" still shows at "2024-12".
  if (tie.when?.from !== undefined && periodStart(tie.when.from) > periodEnd(state.asOf)) return false;
  if (tie.ended !== undefined && periodEnd(tie.ended) < periodStart(state.asOf)) return false;
  return true;
}

export function visibleTies(dataset: Dataset, state: ViewState): Tie[] {
  return dataset.ties.filter((tie) => isTieVisible(state, tie));
}

/** Parses the `layers` attribute ("energy arms"); unknown ids are kept so the caller can report them. */
export function parseLayersAttribute(value: string | null): Set<string> | null {
  if (value === null) return null;
  return new Set(value.split(/[\s,]+/).filter((id) => id.length > 0));
}

export function withLayerToggled(state: ViewState, allLayers: readonly string[], layer: string): ViewState {
  const visible = new Set(state.layers ?? allLayers);
  if (visible.has(layer)) visible.delete(layer);
  else visible.add(layer);
  const everything = allLayers.every((id) => visible.has(id));
  return { ...state, layers: everything ? null : visible };
}
