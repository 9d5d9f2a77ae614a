/** Entry of the lazily loaded MapLibre chunk. */
import mapLibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import type { Bounds } from '../../data/types.ts';
import type { Renderer, RendererOptions } from '../renderer.ts';
import { MapLibreRenderer } from './maplibre-renderer.ts';

export { mapLibreCss };

export function createMapLibreRenderer(
  options: RendererOptions,
  frame: Bounds,
  padding: number,
): Renderer {
  return new MapLibreRenderer(options, frame, padding);
}
