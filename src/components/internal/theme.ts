/**
 * Theme: the map's colours come from CSS custom properties on the element, so a page can restyle
 * it (`ties-map { --ties-sea: … }`) and `theme="dark"` / `prefers-color-scheme: dark` switch every
 * colour at once, the WebGL picture included.
 */
import type { MapPalette } from '../../render/renderer.ts';

/** The custom property of each colour of the map's palette. */
export const PALETTE_PROPERTIES: Record<keyof MapPalette, string> = {
  sea: '--ties-sea',
  land: '--ties-land',
  actorLand: '--ties-land-actor',
  focusLand: '--ties-land-focus',
  border: '--ties-border',
  actorBorder: '--ties-border-actor',
  halo: '--ties-halo',
  marker: '--ties-marker',
};

export function readPalette(style: CSSStyleDeclaration): MapPalette {
  const palette = {} as MapPalette;
  for (const [key, property] of Object.entries(PALETTE_PROPERTIES) as [
    keyof MapPalette,
    string,
  ][]) {
    palette[key] = style.getPropertyValue(property).trim() || '#888888';
  }
  return palette;
}

/** `--ties-layer-<id>` custom properties that are set, by layer id. */
export function readLayerColours(
  style: CSSStyleDeclaration,
  layerIds: readonly string[],
): Record<string, string> {
  // Layer ids are the dataset's words, "__proto__" included: a plain object would drop that one.
  const colours = Object.create(null) as Record<string, string>;
  for (const id of layerIds) {
    const value = style.getPropertyValue(`--ties-layer-${id}`).trim();
    if (value) colours[id] = value;
  }
  return colours;
}
