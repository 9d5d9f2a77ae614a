/**
 * The SVG picture's camera, in MapLibre's terms (centre and zoom of a 512 px Web Mercator world),
 * so the two renderers hand a view to each other and frame a scene identically: `fitCamera` is
 * MapLibre's `cameraForBounds` for a flat Mercator map without bearing (zoom fitting the bounds
 * inside the padded viewport, centre at the middle of the projected box), and `viewProjection`
 * is d3-geo's Mercator at that zoom.
 */
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { Bounds } from '../../data/types.ts';
import type { LonLat } from '../../scene/types.ts';
import { TILE_SIZE, type Camera } from '../renderer.ts';

export { cameraScale, TILE_SIZE } from '../renderer.ts';
const MAX_LAT = 85.051129;
const MAX_ZOOM = 22;

/** Position in MapLibre's unit world: x and y in [0, 1], y growing southwards. */
export function unitMercator([lon, lat]: LonLat): [number, number] {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const y =
    (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360))) / 360;
  return [(lon + 180) / 360, y];
}

function fromUnitMercator([x, y]: [number, number]): LonLat {
  const y2 = 180 - y * 360;
  return [x * 360 - 180, (360 / Math.PI) * Math.atan(Math.exp((y2 * Math.PI) / 180)) - 90];
}

/** The camera that shows `bounds` inside a width × height viewport with `padding` px on each side. */
export function fitCamera(bounds: Bounds, width: number, height: number, padding: number): Camera {
  const [[west, south], [east, north]] = bounds;
  // MapLibre adjusts a box crossing the antimeridian the same way (east + 360).
  const eastAdjusted = east < west ? east + 360 : east;
  const nw = unitMercator([west, north]);
  const se = unitMercator([eastAdjusted, south]);
  const sizeX = se[0] - nw[0];
  const sizeY = se[1] - nw[1];
  const availableWidth = Math.max(width - 2 * padding, 1);
  const availableHeight = Math.max(height - 2 * padding, 1);
  const worldSize = Math.min(availableWidth / sizeX, availableHeight / sizeY);
  const zoom = Math.max(0, Math.min(MAX_ZOOM, Math.log2(worldSize / TILE_SIZE)));
  const center = fromUnitMercator([(nw[0] + se[0]) / 2, (nw[1] + se[1]) / 2]);
  return { center, zoom };
}

/** Screen position (CSS px from the viewport's top left) of a point under the camera. */
export function projectPoint(
  camera: Camera,
  width: number,
  height: number,
  point: LonLat,
): { x: number; y: number } {
  const worldSize = TILE_SIZE * 2 ** camera.zoom;
  const [px, py] = unitMercator(point);
  const [cx, cy] = unitMercator(camera.center);
  return { x: width / 2 + (px - cx) * worldSize, y: height / 2 + (py - cy) * worldSize };
}

/** The geographic point under a screen position (the inverse of projectPoint). */
export function unprojectPoint(
  camera: Camera,
  width: number,
  height: number,
  x: number,
  y: number,
): LonLat {
  const worldSize = TILE_SIZE * 2 ** camera.zoom;
  const [cx, cy] = unitMercator(camera.center);
  return fromUnitMercator([cx + (x - width / 2) / worldSize, cy + (y - height / 2) / worldSize]);
}

/**
 * d3-geo's Mercator for the camera: scale is the world's width over 2π, the camera's centre at
 * the viewport's middle, and shapes clipped a few px outside the viewport (so strokes along the
 * clip line stay out of sight and off-screen countries cost nothing). Resampling is off: MapLibre
 * joins vertices with straight lines in Mercator space, and so do we.
 */
export function viewProjection(
  camera: Camera,
  width: number,
  height: number,
  clipMargin = 4,
): GeoProjection {
  const worldSize = TILE_SIZE * 2 ** camera.zoom;
  return geoMercator()
    .scale(worldSize / (2 * Math.PI))
    .center(camera.center)
    .translate([width / 2, height / 2])
    .precision(0)
    .clipExtent([
      [-clipMargin, -clipMargin],
      [width + clipMargin, height + clipMargin],
    ]);
}
