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

/** What the legend reads from the whole dataset, whatever the view. */
export interface LegendFacts {
  max: Map<string, number>;
  units: Map<string, string[]>;
  totals: Map<string, number>;
  hasUnquantified: boolean;
  hasAdversarial: boolean;
  dataAsOf: string | null;
}

/** Per dataset: six passes over 60,000 ties on every view change were a visible share of a toggle. */
const factsOf = new WeakMap<Dataset, LegendFacts>();

export function legendFacts(dataset: Dataset): LegendFacts {
  const known = factsOf.get(dataset);
  if (known) return known;
  const units = new Map<string, Set<string>>();
  const totals = new Map<string, number>();
  for (const tie of dataset.ties) {
    totals.set(tie.layer, (totals.get(tie.layer) ?? 0) + 1);
    if (tie.figure) {
      const set = units.get(tie.layer) ?? new Set<string>();
      set.add(tie.figure.unit);
      units.set(tie.layer, set);
    }
  }
  const facts: LegendFacts = {
    max: maxFigures(dataset.ties),
    units: new Map([...units].map(([layer, set]) => [layer, [...set]])),
    totals,
    hasUnquantified: dataset.ties.some((t) => !t.figure),
    hasAdversarial: dataset.ties.some((t) => t.stance === 'adversarial'),
    dataAsOf: dataAsOf(dataset),
  };
  factsOf.set(dataset, facts);
  return facts;
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
  const facts = legendFacts(dataset);
  const widths: LegendWidth[] = [];
  for (const layer of dataset.layers) {
    for (const unit of facts.units.get(layer.id) ?? []) {
      const top = facts.max.get(scaleKey(layer.id, unit))!;
      const lower = roundBelow(top);
      const samples = [{ value: top, width: scale(layer.id, unit, top) }];
      if (lower !== null && lower < top) samples.push({ value: lower, width: scale(layer.id, unit, lower) });
      widths.push({ layer: layer.id, unit, samples });
    }
  }
  return {
    title: dataset.title,
    dataAsOf: facts.dataAsOf,
    layers: dataset.layers.map((layer) => ({
      id: layer.id,
      label: layer.label,
      colour: colours.get(layer.id)!,
      visible: isLayerVisible(state, layer.id),
      shown: shown.get(layer.id) ?? 0,
      total: facts.totals.get(layer.id) ?? 0,
    })),
    widths,
    hasUnquantified: facts.hasUnquantified,
    hasAdversarial: facts.hasAdversarial,
  };
}
