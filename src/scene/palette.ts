/**
 * Layer colours: Okabe & Ito's palette, chosen to stay distinct for the common colour-vision
 * deficiencies. The three standard layers keep the same colour on every map (a reader who saw
 * arms in blue on one map sees blue again on the next); other layers take the rest in order.
 * Colour is never the only cue: layers are also named in the toggles, legend and table.
 */
export const LAYER_COLOURS: readonly string[] = [
  '#E69F00', // orange: energy
  '#0072B2', // blue: arms
  '#009E73', // bluish green: diplomatic
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#D55E00', // vermillion
  '#8C6D1F', // dark yellow (Okabe–Ito yellow is too pale on a light map)
];

import { ownValue } from '../data/own.ts';

const STANDARD: Readonly<Record<string, string>> = {
  energy: LAYER_COLOURS[0]!,
  arms: LAYER_COLOURS[1]!,
  diplomatic: LAYER_COLOURS[2]!,
};

/** Colours for a dataset's layers, in order; `overrides` (from CSS custom properties) win. */
export function layerColours(
  layerIds: readonly string[],
  overrides: Readonly<Record<string, string>> = {},
): Map<string, string> {
  const colours = new Map<string, string>();
  const spare = LAYER_COLOURS.slice(3);
  let next = 0;
  for (const id of layerIds) {
    const colour =
      ownValue(overrides, id) ?? ownValue(STANDARD, id) ?? spare[next++ % spare.length]!;
    colours.set(id, colour);
  }
  return colours;
}
