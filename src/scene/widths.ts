/**
 * Edge widths show one measure per layer (DESIGN.md, "Encoding rules"). Each layer has one
 * measure unit: the one it declares, or else the unit most of its quantified ties carry (ties
 * broken by the largest total). Figures in that unit share one linear scale from zero, the same
 * pixels per unit on every edge of the layer, with a floor; every other figure (another unit, a
 * duration, a count) draws at NEUTRAL_WIDTH and is written as text instead.
 *
 * One measure counts one kind of quantity: a figure in force (stated or reported) and a planned or
 * potential one (a target, an offer) are not the same kind, so a planned or potential figure never
 * sets the scale of figures in force: where a layer's measured figures mix the two, the planned and
 * potential ones draw at NEUTRAL_WIDTH with their figure written. A layer whose measured figures are
 * all planned or potential is scaled by them alone (its legend says so).
 *
 * The widest stroke depends on the map's width (maxStrokeWidth): MAX_WIDTH on a desktop map,
 * less on a phone, so a 370 px map is not all stroke. Every width is finite whatever the figures.
 */
import { figureTop, type LayerMeasure } from '../data/measures.ts';
import { isTentative, type Tie, type TieStatus } from '../data/types.ts';

// The measures are data (the filters read them too); the scene's modules import them from here.
export { figureTop, layerMeasures, type LayerMeasure } from '../data/measures.ts';

/** The widest stroke, on maps REFERENCE_MAP_WIDTH px wide or wider. */
export const MAX_WIDTH = 10;
/** The widest stroke on the narrowest maps. */
export const PHONE_MAX_WIDTH = 4.5;
export const REFERENCE_MAP_WIDTH = 1000;
export const MIN_WIDTH = 1.5;
/** A figure outside its layer's measure: drawn solid at this width, its figure written in the label. */
export const NEUTRAL_WIDTH = 2;
/** Ties without a figure: thin and dashed. */
export const UNQUANTIFIED_WIDTH = 1.25;

/** The widest stroke on a map `mapWidth` CSS px wide: linear from PHONE_MAX_WIDTH at 400 px to MAX_WIDTH at REFERENCE_MAP_WIDTH. */
export function maxStrokeWidth(mapWidth: number): number {
  if (!(mapWidth > 0)) return MAX_WIDTH;
  const t = Math.min(1, Math.max(0, (mapWidth - 400) / (REFERENCE_MAP_WIDTH - 400)));
  return PHONE_MAX_WIDTH + t * (MAX_WIDTH - PHONE_MAX_WIDTH);
}

/** `status`: the tie's; a figure of another kind than the one that sets the layer's scale draws neutral. */
export type WidthScale = (layer: string, unit: string, value: number, status?: TieStatus) => number;

export function widthScale(
  measures: ReadonlyMap<string, LayerMeasure>,
  maxWidth = MAX_WIDTH,
): WidthScale {
  return (layer, unit, value, status) => {
    const measure = measures.get(layer);
    if (!measure || measure.unit !== unit || isTentative(status) !== measure.tentative)
      return NEUTRAL_WIDTH;
    // value / max first: maxWidth * value overflows to Infinity near Number.MAX_VALUE. A NaN or
    // Infinity share (figures the validator would refuse) falls back to the floor, never past the top.
    const share = measure.max > 0 ? value / measure.max : 0;
    if (!(share > 0)) return MIN_WIDTH;
    return Math.max(MIN_WIDTH, maxWidth * Math.min(1, share));
  };
}

/** The width of an edge that stands for several ties: its widest figure, or the dashed width. */
export function edgeWidth(ties: readonly Tie[], scale: WidthScale): number {
  let width = 0;
  for (const tie of ties) {
    if (tie.figure)
      width = Math.max(width, scale(tie.layer, tie.figure.unit, figureTop(tie.figure), tie.status));
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
