/**
 * Edge widths come from figures and nothing else (DESIGN.md). A figure is compared only with
 * figures of the same layer and unit: each (layer, unit) pair gets its own linear scale from zero,
 * so a width is proportional to its value, with a floor that keeps small values visible.
 *
 * Range: a quantified edge is MIN_WIDTH…MAX_WIDTH px wide, an edge without a figure
 * UNQUANTIFIED_WIDTH; every width is finite whatever the figures.
 */
import type { Tie } from '../data/types.ts';

export const MAX_WIDTH = 10;
export const MIN_WIDTH = 1.5;
/** Ties without a figure: thin and dashed. */
export const UNQUANTIFIED_WIDTH = 1.25;

export type WidthScale = (layer: string, unit: string, value: number) => number;

export function scaleKey(layer: string, unit: string): string {
  return `${layer}\u0000${unit}`;
}

/** Largest figure per (layer, unit), over the whole dataset so widths do not change with the view. */
export function maxFigures(ties: readonly Tie[]): Map<string, number> {
  const max = new Map<string, number>();
  for (const tie of ties) {
    if (!tie.figure) continue;
    const key = scaleKey(tie.layer, tie.figure.unit);
    max.set(key, Math.max(max.get(key) ?? 0, tie.figure.value));
  }
  return max;
}

export function widthScale(ties: readonly Tie[]): WidthScale {
  const max = maxFigures(ties);
  return (layer, unit, value) => {
    const top = max.get(scaleKey(layer, unit)) ?? 0;
    // value / top first: MAX_WIDTH * value overflows to Infinity near Number.MAX_VALUE. A NaN or
    // Infinity share (figures the validator would refuse) falls back to the floor, never past the top.
    const share = top > 0 ? value / top : 0;
    if (!(share > 0)) return MIN_WIDTH;
    return Math.max(MIN_WIDTH, MAX_WIDTH * Math.min(1, share));
  };
}

/** The width of an edge that stands for several ties: its widest figure, or the dashed width. */
export function edgeWidth(ties: readonly Tie[], scale: WidthScale): number {
  let width = 0;
  for (const tie of ties) {
    if (tie.figure) width = Math.max(width, scale(tie.layer, tie.figure.unit, tie.figure.value));
  }
  return width > 0 ? width : UNQUANTIFIED_WIDTH;
}

/** A round value below `max` for the legend's second reference stroke (e.g. 69 → 30, 1.6 → 0.5). */
export function roundBelow(max: number): number | null {
  if (!(max > 0)) return null;
  const half = max / 2;
  const step = 10 ** Math.floor(Math.log10(half));
  for (const m of [5, 2, 1]) {
    if (m * step <= half) return m * step;
  }
  return step;
}
