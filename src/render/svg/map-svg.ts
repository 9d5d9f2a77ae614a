/**
 * The map picture as SVG, in the WebGL style's layer order: sea, land, borders, actor borders,
 * margin strips, edge halos, edges, cues, markers (and labels, for static output). Pure: no DOM, so it runs in
 * Node (the render CLI) and in the browser (SvgRenderer) alike.
 */
import type { Countries } from '../../geo/world.ts';
import type { Scene } from '../../scene/types.ts';
import { MARGIN_OPACITY, type Camera, type MapPalette } from '../renderer.ts';
import { labelsNode, markersNode, type LabelStyle } from './actors.ts';
import { basemapNodes } from './basemap.ts';
import { unprojectPoint } from './camera.ts';
import { screenGround } from '../../scene/leader-lines.ts';
import { landIndex } from '../../scene/land.ts';
import { cuesNode, edgesNode, halosNode } from './edges.ts';
import { num } from './escape.ts';
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

/**
 * The strips where far actors sit: a panel over the land beyond the region (as the WebGL style's
 * 'margins'). Each is cut to the picture: a strip's bounds reach far past it, and resvg (the PNG
 * export of `npm run render`) panics on a rect that starts far above and left of the canvas.
 */
function marginsNode(
  scene: Scene,
  view: ReturnType<typeof svgView>,
  palette: MapPalette,
  width: number,
  height: number,
): SvgNode {
  return el(
    'g',
    {
      class: 'margins',
      fill: palette.halo,
      'fill-opacity': MARGIN_OPACITY,
      'pointer-events': 'none',
    },
    scene.margins.flatMap(({ bounds: [sw, ne] }) => {
      const a = view.project(sw);
      const b = view.project(ne);
      const x0 = Math.max(0, Math.min(a.x, b.x));
      const y0 = Math.max(0, Math.min(a.y, b.y));
      const x1 = Math.min(width, Math.max(a.x, b.x));
      const y1 = Math.min(height, Math.max(a.y, b.y));
      return x1 > x0 && y1 > y0
        ? [el('rect', { x: num(x0), y: num(y0), width: num(x1 - x0), height: num(y1 - y0) })]
        : [];
    }),
  );
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
