/** The legend model: layer colours and counts, one width key per layer (its measure), data-as-of date, the borders' view and marked areas. */
import { periodEnd } from '../data/dates.ts';
import { isTentative, type Bounds, type Dataset, type Tie } from '../data/types.ts';
import { areasIn } from '../geo/borders.ts';
import { isLayerVisible, worldviewOf, type SceneView } from '../state/view-state.ts';
import type { Legend, LegendWidth } from './types.ts';
import { roundBelow, type LayerMeasure, type WidthScale } from './widths.ts';

function latestOf(dates: Iterable<string | undefined>): string | null {
  let latest: string | null = null;
  for (const date of dates)
    if (date !== undefined && (latest === null || periodEnd(date) > periodEnd(latest)))
      latest = date;
  return latest;
}

/**
 * The date the map is "as of": the latest date of what it shows. Where every tie is dated (a
 * register: SIPRI's deliveries of 2000–2001), the latest date a tie in force describes (`when.to`,
 * else `when.from`; planned and potential ties describe the future, and count only where there is
 * nothing else); the sources keep their own dates (an export's) in the credit line. Where some tie
 * is undated it is as of its sources, so the latest publication date among the sources (an
 * unknown date counts by its `notBefore`).
 */
export function dataAsOf(dataset: Dataset): string | null {
  const end = (tie: Tie) => tie.when?.to ?? tie.when?.from;
  if (dataset.ties.length > 0 && dataset.ties.every((tie) => end(tie) !== undefined)) {
    const inForce = dataset.ties.filter((tie) => !isTentative(tie.status));
    return latestOf((inForce.length > 0 ? inForce : dataset.ties).map(end));
  }
  return latestOf(
    dataset.sources.map((source) =>
      source.published !== 'unknown' ? source.published : source.notBefore,
    ),
  );
}

/** What the legend reads from the whole dataset, whatever the view. */
export interface LegendFacts {
  totals: Map<string, number>;
  hasUnquantified: boolean;
  hasAdversarial: boolean;
  hasTentative: boolean;
  dataAsOf: string | null;
}

/** Per dataset: passes over 60,000 ties on every view change were a visible share of a toggle. */
const factsOf = new WeakMap<Dataset, LegendFacts>();

export function legendFacts(dataset: Dataset): LegendFacts {
  const known = factsOf.get(dataset);
  if (known) return known;
  const totals = new Map<string, number>();
  for (const tie of dataset.ties) totals.set(tie.layer, (totals.get(tie.layer) ?? 0) + 1);
  const facts: LegendFacts = {
    totals,
    hasUnquantified: dataset.ties.some((t) => !t.figure),
    hasAdversarial: dataset.ties.some((t) => t.stance === 'adversarial'),
    hasTentative: dataset.ties.some((t) => isTentative(t.status)),
    dataAsOf: dataAsOf(dataset),
  };
  factsOf.set(dataset, facts);
  return facts;
}

export function buildLegend(
  dataset: Dataset,
  state: SceneView,
  visible: readonly Tie[],
  measures: ReadonlyMap<string, LayerMeasure>,
  scale: WidthScale,
  colours: ReadonlyMap<string, string>,
  frame: Bounds,
): Legend {
  const shown = new Map<string, number>();
  for (const tie of visible) shown.set(tie.layer, (shown.get(tie.layer) ?? 0) + 1);
  const facts = legendFacts(dataset);
  const widths: LegendWidth[] = [];
  for (const layer of dataset.layers) {
    const measure = measures.get(layer.id);
    if (!measure || !(measure.max > 0)) continue;
    const lower = roundBelow(measure.max);
    // The samples are figures of the kind that sets the scale: planned ones where only those do.
    const status = measure.tentative ? 'planned' : undefined;
    const samples = [
      { value: measure.max, width: scale(layer.id, measure.unit, measure.max, status) },
    ];
    if (lower !== null && lower < measure.max)
      samples.push({ value: lower, width: scale(layer.id, measure.unit, lower, status) });
    widths.push({
      layer: layer.id,
      unit: measure.unit,
      label: measure.label,
      inferred: measure.inferred,
      tentative: measure.tentative,
      samples,
    });
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
    hasTentative: facts.hasTentative,
    borders: {
      worldview: worldviewOf(state),
      areas: areasIn([frame[0][0], frame[0][1], frame[1][0], frame[1][1]]).map((a) => a.id),
    },
  };
}
