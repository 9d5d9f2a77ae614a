/**
 * Actor totals: what an actor supplies and receives in each layer's measure (flowmap.blue's
 * location totals), from the ties in view. Units are never mixed: only figures in the layer's
 * measure add up (of the kind that sets its scale: in force, or planned where the layer has only
 * those), a range's ends add up apart, and the actor's other ties of the layer (no figure, another
 * unit, a planned figure beside figures in force) are counted, not summed. A share (a unit in %)
 * is a share of a different whole on every tie, so a layer measured in shares has no total.
 */
import { figureTop, type LayerMeasure } from '../data/measures.ts';
import { isTentative, type Tie } from '../data/types.ts';

/** A sum of figures in one unit: the lower ends and the upper ends of ranges apart, and how many ties it adds. */
export interface FlowSum {
  low: number;
  high: number;
  ties: number;
}

export interface ActorLayerTotal {
  layer: string;
  unit: string;
  /** Ties from the actor (it supplies, sends) with a figure in the measure. */
  out: FlowSum;
  /** Ties to the actor (it receives) with a figure in the measure. */
  in: FlowSum;
  /** The actor's other ties of the layer: no figure, or none in the measure. */
  apart: number;
}

/** Whether figures in this unit add up across ties: shares (%) do not. */
export function isAdditiveUnit(unit: string): boolean {
  return unit !== '%' && !unit.startsWith('% ');
}

const emptySum = (): FlowSum => ({ low: 0, high: 0, ties: 0 });

/**
 * Each actor's totals per layer, in the order of `measures` (the dataset's layers), for the layers
 * measured in a unit that adds up; an actor with no tie of such a layer has no entry for it.
 */
export function actorTotals(
  ties: readonly Tie[],
  measures: ReadonlyMap<string, LayerMeasure>,
): Map<string, ActorLayerTotal[]> {
  const byActor = new Map<string, Map<string, ActorLayerTotal>>();
  const entry = (actor: string, measure: LayerMeasure): ActorLayerTotal => {
    let layers = byActor.get(actor);
    if (!layers) byActor.set(actor, (layers = new Map<string, ActorLayerTotal>()));
    let total = layers.get(measure.layer);
    if (!total)
      layers.set(
        measure.layer,
        (total = {
          layer: measure.layer,
          unit: measure.unit,
          out: emptySum(),
          in: emptySum(),
          apart: 0,
        }),
      );
    return total;
  };
  for (const tie of ties) {
    const measure = measures.get(tie.layer);
    if (!measure || !isAdditiveUnit(measure.unit)) continue;
    const figure = tie.figure;
    const inMeasure =
      figure !== undefined &&
      figure.unit === measure.unit &&
      isTentative(tie.status) === measure.tentative;
    for (const [actor, side] of [
      [tie.from, 'out'],
      [tie.to, 'in'],
    ] as const) {
      const total = entry(actor, measure);
      if (!inMeasure) {
        total.apart++;
        continue;
      }
      const sum = total[side];
      sum.low += figure.value;
      sum.high += figureTop(figure);
      sum.ties++;
    }
  }
  const order = [...measures.keys()];
  const out = new Map<string, ActorLayerTotal[]>();
  for (const [actor, layers] of byActor)
    out.set(
      actor,
      [...layers.values()].sort((a, b) => order.indexOf(a.layer) - order.indexOf(b.layer)),
    );
  return out;
}

/** The largest circle of a register's actor sized by its total (CSS px radius), and the smallest drawn. */
export const TOTAL_RADIUS_MAX = 14;
export const TOTAL_RADIUS_MIN = 2;

/** A circle's radius for a total: its area in proportion to the total, the largest total at TOTAL_RADIUS_MAX. */
export function totalRadius(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return 0;
  return Math.max(TOTAL_RADIUS_MIN, TOTAL_RADIUS_MAX * Math.sqrt(Math.min(1, value / max)));
}

/** What a register's sized markers show: one layer's totals out plus in, in its measure. */
export interface TotalsKey {
  layer: string;
  unit: string;
  /** The largest total, and a rounder smaller one, with their circles' radii. */
  samples: { value: number; radius: number }[];
}

/**
 * The actors' circles on a register (flowmap.blue's location totals): for `layer` (the crowded
 * layer with most edges), each actor's total out plus in (upper ends) in its measure. Null where
 * the layer's measure does not add up or no actor has a total.
 */
export function totalCircles(
  ties: readonly Tie[],
  measures: ReadonlyMap<string, LayerMeasure>,
  layer: string,
): { radius: Map<string, { value: number; radius: number }>; key: TotalsKey } | null {
  const measure = measures.get(layer);
  if (!measure || !isAdditiveUnit(measure.unit)) return null;
  const totals = actorTotals(
    ties.filter((t) => t.layer === layer),
    measures,
  );
  const values = new Map<string, number>();
  for (const [actor, layers] of totals) {
    const total = layers[0];
    const value = total ? total.out.high + total.in.high : 0;
    if (value > 0) values.set(actor, value);
  }
  const max = Math.max(0, ...values.values());
  if (max <= 0) return null;
  const radius = new Map(
    [...values].map(([actor, value]) => [actor, { value, radius: totalRadius(value, max) }]),
  );
  const round = 10 ** Math.floor(Math.log10(max / 4));
  const smaller = Math.max(round, Math.round(max / 4 / round) * round);
  return {
    radius,
    key: {
      layer,
      unit: measure.unit,
      samples: [
        { value: max, radius: TOTAL_RADIUS_MAX },
        { value: smaller, radius: totalRadius(smaller, max) },
      ],
    },
  };
}
