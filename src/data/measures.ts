/**
 * Each layer's measure (DESIGN.md, "Width shows one measure per layer"): the unit it declares, or
 * else the unit most of its quantified ties carry (ties broken by the largest total). The scene
 * scales widths by it (scene/widths.ts) and the minimum-figure filter compares figures in it.
 */
import { isTentative, type Dataset, type Figure } from './types.ts';

export interface LayerMeasure {
  layer: string;
  unit: string;
  /** The measure's label; for an inferred measure, the unit itself. */
  label: string;
  /** True when the layer declares no measure and the unit was chosen by the rule above. */
  inferred: boolean;
  /** The largest figure that sets the scale, over the whole dataset (so widths do not change with the view). */
  max: number;
  /**
   * True when the scale is set by planned or potential figures, because the layer has none in force
   * in the unit; false (the usual case) when figures in force set it and tentative ones draw neutral.
   */
  tentative: boolean;
}

/** The figure's largest value: a range's upper end. */
export function figureTop(figure: Figure): number {
  return figure.upper ?? figure.value;
}

/** The measure of every layer that has one (declared, or inferred from figures). */
export function layerMeasures(
  dataset: Pick<Dataset, 'layers' | 'ties'>,
): Map<string, LayerMeasure> {
  const measures = new Map<string, LayerMeasure>();
  for (const layer of dataset.layers) {
    const figures = dataset.ties
      .filter((t) => t.layer === layer.id && t.figure)
      .map((t) => t.figure!);
    let unit = layer.measure?.unit;
    const inferred = unit === undefined;
    if (unit === undefined) {
      const byUnit = new Map<string, { count: number; total: number }>();
      for (const f of figures) {
        const entry = byUnit.get(f.unit) ?? { count: 0, total: 0 };
        entry.count++;
        entry.total += figureTop(f);
        byUnit.set(f.unit, entry);
      }
      let best: [string, { count: number; total: number }] | null = null;
      for (const entry of byUnit) {
        if (
          !best ||
          entry[1].count > best[1].count ||
          (entry[1].count === best[1].count && entry[1].total > best[1].total)
        )
          best = entry;
      }
      if (!best) continue;
      unit = best[0];
    }
    const inUnit = dataset.ties.filter((t) => t.layer === layer.id && t.figure?.unit === unit);
    const tentative = inUnit.length > 0 && inUnit.every((t) => isTentative(t.status));
    const max = inUnit
      .filter((t) => isTentative(t.status) === tentative)
      .reduce((m, t) => Math.max(m, figureTop(t.figure!)), 0);
    measures.set(layer.id, {
      layer: layer.id,
      unit,
      label: layer.measure?.label ?? unit,
      inferred,
      max,
      tentative,
    });
  }
  return measures;
}
