/**
 * The panels round the map where far actors' tabs sit: opaque, so a tab never seems to sit on a
 * country under it. One look for the live picture, the static SVG and the PNG export.
 */
import type { Scene } from '../../scene/types.ts';
import { MARGIN_OPACITY, type MapPalette } from '../renderer.ts';
import { num } from './escape.ts';
import { el, type SvgNode } from './tree.ts';
import type { SvgView } from './view.ts';

/**
 * The strips where far actors sit: a panel over the land beyond the region (as the WebGL style's
 * 'margins'). Each is cut to the picture: a strip's bounds reach far past it, and resvg (the PNG
 * export of `npm run render`) panics on a rect that starts far above and left of the canvas.
 */
export function marginsNode(
  scene: Scene,
  view: SvgView,
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
