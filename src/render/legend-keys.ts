/**
 * What the legend keys, in the order it keys them, with each stroke's look from edge-look.ts:
 * the on-screen legend (components/parts/legend.ts), the slide export and the standalone SVG all draw
 * these, so a key always looks like the edges it explains. Pure.
 */
import type { Strings } from '../text/strings.ts';
import type { Legend, LegendWidth } from '../scene/types.ts';
import { NEUTRAL_WIDTH, UNQUANTIFIED_WIDTH } from '../scene/widths.ts';
import { DISPUTED_MARK, edgeLook, type EdgeLook } from './edge-look.ts';

export type LookKey = 'no-figure' | 'adversarial' | 'tentative' | 'borders';

export interface StrokeKey {
  key: LookKey;
  look: EdgeLook;
}

/** The words of a stroke key. */
export function keyText(key: LookKey, strings: Strings): string {
  return key === 'no-figure'
    ? strings.legendNoFigure
    : key === 'adversarial'
      ? strings.legendAdversarial
      : key === 'tentative'
        ? strings.legendTentative
        : strings.legendBorders;
}

/** The marked areas in the frame, as the words after the borders key ("Crimea,", "Gaza"): one legend item each, so they wrap. */
export function markedAreaWords(legend: Legend, strings: Strings): string[] {
  const names = legend.borders.areas.map((id) => strings.borderAreas[id].name);
  const comma = strings.listSeparator.trimEnd();
  return names.map((name, i) => (i < names.length - 1 ? `${name}${comma}` : name));
}

/**
 * The stroke keys the legend needs: dashed, hollow, dotted, and the marking of disputed areas (keyed
 * by its short-dashed outline) when the frame holds one; `colour` is the text colour they draw in.
 */
export function strokeKeys(legend: Legend, colour: string, hollowWidth = 5): StrokeKey[] {
  const base = {
    stance: 'cooperative',
    quantified: true,
    tentative: false,
    colour,
    emphasis: 'normal',
  } as const;
  const keys: StrokeKey[] = [];
  if (legend.hasUnquantified)
    keys.push({
      key: 'no-figure',
      look: edgeLook({ ...base, quantified: false, width: UNQUANTIFIED_WIDTH }),
    });
  if (legend.hasAdversarial)
    keys.push({
      key: 'adversarial',
      look: edgeLook({ ...base, stance: 'adversarial', width: hollowWidth }),
    });
  // A key, not an edge: drawn at full strength so it stays legible (the map's dotted edges are lighter).
  if (legend.hasTentative)
    keys.push({
      key: 'tentative',
      look: { ...edgeLook({ ...base, tentative: true, width: NEUTRAL_WIDTH }), opacity: 1 },
    });
  if (legend.borders.areas.length > 0) {
    keys.push({
      key: 'borders',
      look: {
        ...edgeLook({ ...base, width: DISPUTED_MARK.width }),
        dash: [...DISPUTED_MARK.dash] as [number, number],
        cap: 'butt',
      },
    });
  }
  return keys;
}

/** The width keys of the visible layers: one per layer, in layer order. */
export function widthKeys(
  legend: Legend,
): (LegendWidth & { colour: string; layerLabel: string })[] {
  return legend.layers
    .filter((l) => l.visible)
    .flatMap((layer) => {
      const entry = legend.widths.find((w) => w.layer === layer.id);
      return entry ? [{ ...entry, colour: layer.colour, layerLabel: layer.label }] : [];
    });
}
