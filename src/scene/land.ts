/**
 * Whose land lies under a point: the base map's shape that contains it (its id), or null for the
 * sea. Label placement asks it so that a label sits on its own actor's land or the sea, and the
 * label layout runs on every camera move, so the test is planar (even-odd over the rings in degrees,
 * as the base map joins its vertices with straight lines) and only against the rings whose boxes
 * hold the point, found through a grid: not the spherical test over all 240 shapes.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Bounds } from '../data/types.ts';
import type { LonLat } from './types.ts';

type Shape = Feature<Polygon | MultiPolygon, { id: string }>;
type Ring = {
  id: string;
  points: readonly (readonly number[])[];
  box: [number, number, number, number];
};

export interface LandIndex {
  /** The id of the shape under `point`, or null (sea). */
  ownerAt(point: LonLat): string | null;
}

/** Grid cells are this many degrees square. */
const CELL = 10;

const indexes = new WeakMap<object, LandIndex>();

/** The index of a feature collection (kept per collection: the renderers and the audit share one). */
export function landIndex(
  countries: FeatureCollection<Polygon | MultiPolygon, { id: string }>,
): LandIndex {
  let index = indexes.get(countries);
  if (!index) indexes.set(countries, (index = buildIndex(countries.features)));
  return index;
}

function buildIndex(features: readonly Shape[]): LandIndex {
  // Each polygon's rings, holes included: even-odd over all of a polygon's rings is inside-minus-holes.
  const polygons: { id: string; rings: Ring[]; box: [number, number, number, number] }[] = [];
  for (const shape of features) {
    const { geometry } = shape;
    for (const polygon of geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.coordinates) {
      const rings = polygon.map((points) => ({
        id: shape.properties.id,
        points,
        box: boxOf(points),
      }));
      polygons.push({ id: shape.properties.id, rings, box: rings[0]!.box });
    }
  }
  const cells = new Map<number, typeof polygons>();
  for (const polygon of polygons) {
    const [w, s, e, n] = polygon.box;
    for (let y = Math.floor(s / CELL); y <= Math.floor(n / CELL); y++) {
      for (let x = Math.floor(w / CELL); x <= Math.floor(e / CELL); x++) {
        const list = cells.get(y * 1000 + x);
        if (list) list.push(polygon);
        else cells.set(y * 1000 + x, [polygon]);
      }
    }
  }
  return {
    ownerAt([lon, lat]) {
      for (const { id, rings, box } of cells.get(
        Math.floor(lat / CELL) * 1000 + Math.floor(lon / CELL),
      ) ?? []) {
        if (lon < box[0] || lon > box[2] || lat < box[1] || lat > box[3]) continue;
        let inside = false;
        for (const ring of rings) if (ringHolds(ring, lon, lat)) inside = !inside;
        if (inside) return id;
      }
      return null;
    },
  };
}

function boxOf(points: readonly (readonly number[])[]): [number, number, number, number] {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  for (const [x, y] of points) {
    w = Math.min(w, x!);
    e = Math.max(e, x!);
    s = Math.min(s, y!);
    n = Math.max(n, y!);
  }
  return [w, s, e, n];
}

/** Even-odd ray test of one ring. */
function ringHolds({ points, box }: Ring, x: number, y: number): boolean {
  if (x < box[0] || x > box[2] || y < box[1] || y > box[3]) return false;
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i]!,
      [xj, yj] = points[j]!;
    if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}
/** Whether a point lies in one of the scene's margin panels (the frame around the map, where tabs sit). */
export function inMargin(point: LonLat, margins: readonly { bounds: Bounds }[]): boolean {
  return margins.some(
    ({ bounds: [[w, s], [e, n]] }) =>
      point[0] >= w && point[0] <= e && point[1] >= s && point[1] <= n,
  );
}

/**
 * What a reader sees under a point: 'frame' on a margin panel (it hides the base map), else the
 * id of the shape there, or null for the sea.
 */
export function groundAt(
  point: LonLat,
  margins: readonly { bounds: Bounds }[],
  land: LandIndex,
): string | null | 'frame' {
  return inMargin(point, margins) ? 'frame' : land.ownerAt(point);
}
