/**
 * `map.project` for many points: the HTML labels and edge-label spots ask for thousands of screen
 * positions per frame at scale (22 per labelled edge), and each of MapLibre's goes through its 3D
 * pixel matrix. While the map is flat (no pitch), screen position is an affine function of Web
 * Mercator, so three of MapLibre's own projections fix it; it is rebuilt after every camera move
 * or resize. A pitched map, which this element never asks for, falls back to `map.project`.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LonLat } from '../../scene/types.ts';
import { fromMercator, toMercator } from '../../scene/mercator.ts';

interface Affine {
  /** Mercator (degree units) of the reference point, and its screen position. */
  mx: number;
  my: number;
  sx: number;
  sy: number;
  /** Screen offset per Mercator degree along x and along y. */
  xx: number;
  xy: number;
  yx: number;
  yy: number;
}

export class FlatProjector {
  private affine: Affine | null = null;

  constructor(private readonly map: MapLibreMap) {}

  /** The camera or the canvas changed: the next projection rebuilds the transform. */
  invalidate(): void {
    this.affine = null;
  }

  project(point: LonLat): { x: number; y: number } {
    if (this.map.getPitch() !== 0) {
      const { x, y } = this.map.project(point);
      return { x, y };
    }
    const a = (this.affine ??= this.build());
    const [mx, my] = toMercator(point);
    const dx = mx - a.mx;
    const dy = my - a.my;
    return { x: a.sx + dx * a.xx + dy * a.yx, y: a.sy + dx * a.xy + dy * a.yy };
  }

  private build(): Affine {
    const centre = this.map.getCenter();
    const [mx, my] = toMercator([centre.lng, centre.lat]);
    // A step of about 100 screen px, whatever the zoom, keeps the differences well inside double precision.
    const step = 100 * (360 / (512 * 2 ** this.map.getZoom()));
    const at = (x: number, y: number) => this.map.project(fromMercator([x, y]));
    const s = at(mx, my);
    const ex = at(mx + step, my);
    const ey = at(mx, my + step);
    return {
      mx,
      my,
      sx: s.x,
      sy: s.y,
      xx: (ex.x - s.x) / step,
      xy: (ex.y - s.y) / step,
      yx: (ey.x - s.x) / step,
      yy: (ey.y - s.y) / step,
    };
  }
}
