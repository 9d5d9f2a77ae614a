/**
 * The map picture as SVG, in the WebGL style's layer order: sea, land, borders, actor borders,
 * margin strips, edge halos, edges, cues, markers (and labels, for static output). Pure: no DOM, so it runs in
 * Node (the render CLI) and in the browser (SvgRenderer) alike.
 */
import type { Countries } from '../../geo/world.ts';
import type { Scene } from '../../scene/types.ts';
import type { Camera, MapPalette } from '../renderer.ts';
import { labelsNode, markersNode, type LabelStyle } from './actors.ts';
import { basemapNodes } from './basemap.ts';
import { unprojectPoint } from './camera.ts';
import { screenGround } from '../../scene/leader-lines.ts';
import { landIndex } from '../../scene/land.ts';
import { cuesNode, edgesNode, halosNode } from './edges.ts';
import { marginsNode } from './margins.ts';
import { el, toMarkup, type SvgNode } from './tree.ts';
import { svgView } from './view.ts';

/** The element's font stack, with the Linux fonts a rasteriser in Node finds (Arial's metrics). */
export const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

export interface MapSvgInput {
  scene: Scene;
  countries: Countries;
  width: number;
  height: number;
  camera: Camera;
  palette: MapPalette;
  /** Wide invisible pointer targets on edges (browser). */
  interactive?: boolean;
  /** Draws actor labels as text (static output); the element draws HTML labels instead. */
  labels?: { style: LabelStyle; distant: (km: number) => string } | undefined;
}

/** The map's layers, without the enclosing `<svg>` (the standalone document nests them). */
export function mapLayers(input: MapSvgInput): SvgNode[] {
  const view = svgView(input.camera, input.width, input.height);
  const layers = [
    ...basemapNodes(input.countries, input.scene, view, input.palette),
    marginsNode(input.scene, view, input.palette, input.width, input.height),
    halosNode(input.scene, view, input.palette),
    edgesNode(input.scene, view, { interactive: input.interactive ?? false }),
    cuesNode(input.scene, view),
    markersNode(input.scene, view, input.palette),
  ];
  if (input.labels) {
    const ground = screenGround(
      input.scene.margins,
      (x, y) => unprojectPoint(input.camera, input.width, input.height, x, y),
      landIndex(input.countries),
    );
    layers.push(labelsNode(input.scene, view, input.labels.style, input.labels.distant, ground));
  }
  return layers;
}

/** The map alone as an `<svg>` document fragment. */
export function mapSvg(input: MapSvgInput): string {
  return toMarkup(
    el(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        width: input.width,
        height: input.height,
        viewBox: `0 0 ${input.width} ${input.height}`,
      },
      mapLayers(input),
    ),
  );
}
