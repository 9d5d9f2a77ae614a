/**
 * The short label each quantified edge carries on the map (DESIGN.md: "Figures are written on the
 * map"): its largest figure in the layer's measure, or else its first figure, and how many more
 * figures it holds ("over 60% +2"); a planned or potential figure says so. The priority decides
 * who gives way when labels collide: larger figures in the measure keep their place.
 */
import { formatValue } from '../text/format.ts';
import { stringsFor } from '../text/strings.ts';
import type { Tie } from '../data/types.ts';
import { figureTop, type LayerMeasure } from './widths.ts';

export interface EdgeLabelText {
  text: string;
  /** Higher keeps its place: 1 + the figure's share of the measure's maximum; 0 outside the measure. */
  priority: number;
}

/**
 * `owner`: whose figure it is, written first ("Indonesia: prepared to dispatch 20,000 troops") when
 * the edge does not make it obvious (its supplier is a far actor's tab at the frame's edge, so the
 * label may sit among actors it does not concern).
 */
export function edgeLabelText(
  ties: readonly Tie[],
  measure: LayerMeasure | undefined,
  owner: string | null = null,
  lang = 'en',
): EdgeLabelText | null {
  const quantified = ties.filter((t) => t.figure);
  if (quantified.length === 0) return null;
  let chosen = quantified[0]!;
  let inMeasure = false;
  for (const tie of quantified) {
    if (!measure || tie.figure!.unit !== measure.unit) continue;
    if (!inMeasure || figureTop(tie.figure!) > figureTop(chosen.figure!)) chosen = tie;
    inMeasure = true;
  }
  const figure = chosen.figure!;
  const strings = stringsFor(lang);
  const value = formatValue(figure.value, figure.unit, figure.upper, true, strings.lang);
  const parts = [
    owner === null ? undefined : `${owner}:`,
    figure.qualifier ? strings.qualified(figure.qualifier, value) : value,
  ];
  if (chosen.status === 'planned' || chosen.status === 'potential')
    parts.push(strings.statusAside(chosen.status));
  if (quantified.length > 1) parts.push(`+${strings.number(quantified.length - 1)}`);
  const share = inMeasure && measure!.max > 0 ? Math.min(1, figureTop(figure) / measure!.max) : 0;
  return {
    text: parts.filter(Boolean).join(' '),
    priority: inMeasure ? 1 + (share > 0 ? share : 0) : 0,
  };
}
