/**
 * Layer colours: Okabe & Ito's palette, chosen to stay distinct for the common colour-vision
 * deficiencies. Colour is never the only cue: layers also differ by position (parallel edges do
 * not overlap) and are named in the legend, the toggles and the table.
 */
export const LAYER_COLOURS: readonly string[] = [
  '#E69F00', // orange
  '#0072B2', // blue
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#D55E00', // vermillion
  '#8C6D1F', // dark yellow (Okabe–Ito yellow is too pale on a light map)
];

export function layerColour(index: number): string {
  return LAYER_COLOURS[index % LAYER_COLOURS.length]!;
}
