/** The legend model: layer colours and counts, reference widths per (layer, unit), data-as-of date. */
import { periodEnd } from '../data/dates.ts';
import type { Dataset, Tie } from '../data/types.ts';
import { isLayerVisible, type SceneView } from '../state/view-state.ts';
import type { Legend, LegendWidth } from './types.ts';
import { maxFigures, roundBelow, scaleKey, type WidthScale } from './widths.ts';

/** The latest publication date among the sources (an unknown date counts by its `notBefore`). */
export function dataAsOf(dataset: Dataset): string | null {
  let latest: string | null = null;
  for (const source of dataset.sources) {
    const date = source.published !== 'unknown' ? source.published : source.notBefore;
    if (date !== undefined && (latest === null || periodEnd(date) > periodEnd(latest))) latest = date;
  }
  return latest;
}

export function buildLegend(
  dataset: Dataset,
  state: SceneView,
  visible: readonly Tie[],
  scale: WidthScale,
  colours: ReadonlyMap<string, string>,
): Legend {
  const shown = new Map<string, number>();
  for (const tie of visible) shown.set(tie.layer, (shown.get(tie.layer) ?? 0) + 1);
  const widths: LegendWidth[] = [];
  const max = maxFigures(dataset.ties);
  for (const layer of dataset.layers) {
    const units = [...new Set(dataset.ties.filter((t) => t.layer === layer.id && t.figure).map((t) => t.figure!.unit))];
    for (const unit of units) {
      const top = max.get(scaleKey(layer.id, unit))!;
      const lower = roundBelow(top);
      const samples = [{ value: top, width: scale(layer.id, unit, top) }];
      if (lower !== null && lower < top) samples.push({ value: lower, width: scale(layer.id, unit, lower) });
      widths.push({ layer: layer.id, unit, samples });
    }
  }
  return {
    title: dataset.title,
    dataAsOf: dataAsOf(dataset),
    layers: dataset.layers.map((layer) => ({
      id: layer.id,
      label: layer.label,
      colour: colours.get(layer.id)!,
      visible: isLayerVisible(state, layer.id),
      shown: shown.get(layer.id) ?? 0,
      total: dataset.ties.filter((t) => t.layer === layer.id).length,
    })),
    widths,
    hasUnquantified: dataset.ties.some((t) => !t.figure),
    hasAdversarial: dataset.ties.some((t) => t.stance === 'adversarial'),
  };
}
