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
  /** A long ring's edges by horizontal band (bandsOf). */
  bands?: Int32Array[];
};

/** Rings of more points than this are tested through bands of their edges. */
const BANDED_MIN_POINTS = 64;
/** Points per band, about: a test looks at a band's edges only. */
const POINTS_PER_BAND = 16;

export interface LandIndex {
  /** The id of the shape under `point`, or null (sea). */
  ownerAt(point: LonLat): string | null;
}

/** Grid cells are this many degrees square. */
const CELL = 10;

const indexes = new WeakMap<object, LandIndex>();
/** An index being built in slices (prepareLandIndex): one asked for meanwhile finishes it. */
const building = new WeakMap<object, Generator<void, LandIndex, void>>();

type Countries = FeatureCollection<Polygon | MultiPolygon, { id: string }>;

/** The index of a feature collection (kept per collection: the renderers and the audit share one). */
export function landIndex(countries: Countries): LandIndex {
  const kept = indexes.get(countries);
  if (kept) return kept;
  const steps = building.get(countries) ?? landIndexSteps(countries);
  while (!steps.next().done);
  return indexes.get(countries)!;
}

/**
 * Starts building the index in slices (the caller runs the steps); a landIndex() asked for before
 * they are done finishes the same build rather than starting another.
 */
export function prepareLandIndex(countries: Countries): Generator<void, LandIndex, void> {
  const steps = landIndexSteps(countries);
  building.set(countries, steps);
  return steps;
}

/** landIndex as a generator that yields after each shape, for a caller that slices its work. */
export function* landIndexSteps(countries: Countries): Generator<void, LandIndex, void> {
  const kept = indexes.get(countries);
  if (kept) return kept;
  const index = yield* buildIndex(countries.features);
  indexes.set(countries, index);
  building.delete(countries);
  return index;
}

function* buildIndex(features: readonly Shape[]): Generator<void, LandIndex, void> {
  // Each polygon's rings, holes included: even-odd over all of a polygon's rings is inside-minus-holes.
  const polygons: { id: string; rings: Ring[]; box: [number, number, number, number] }[] = [];
  for (const shape of features) {
    const { geometry } = shape;
    for (const polygon of geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.coordinates) {
      const rings = polygon.map((points) => {
        const ring: Ring = { id: shape.properties.id, points, box: boxOf(points) };
        // Made with the index (its own task at start-up), not in the first label placement's.
        if (points.length > BANDED_MIN_POINTS) ring.bands = bandsOf(ring);
        return ring;
      });
      polygons.push({ id: shape.properties.id, rings, box: rings[0]!.box });
    }
    yield;
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

/**
 * A ring's edges (each by its first point's index) listed under every horizontal band of the
 * ring's box that the edge's latitudes reach: an edge the ray at `y` crosses spans `y`, so it is
 * in `y`'s band. A large country's ring (thousands of points) is then tested against a few dozen
 * edges, not all of them, for every label spot the layout tries.
 */
function bandsOf({ points, box }: Ring): Int32Array[] {
  const count = Math.max(1, Math.ceil(points.length / POINTS_PER_BAND));
  const height = (box[3] - box[1]) / count || 1;
  const bandOf = (y: number) => Math.min(count - 1, Math.max(0, Math.floor((y - box[1]) / height)));
  // Two passes: how many edges each band holds, then the edges, into arrays of that size.
  const sizes = new Int32Array(count);
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const yi = points[i]![1]!,
      yj = points[j]![1]!;
    for (let b = bandOf(Math.min(yi, yj)); b <= bandOf(Math.max(yi, yj)); b++) sizes[b]!++;
  }
  const bands = Array.from(sizes, (size) => new Int32Array(size));
  sizes.fill(0);
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const yi = points[i]![1]!,
      yj = points[j]![1]!;
    for (let b = bandOf(Math.min(yi, yj)); b <= bandOf(Math.max(yi, yj)); b++)
      bands[b]![sizes[b]!++] = i;
  }
  return bands;
}

/** Whether the edge from point j to point i flips the even-odd count of a ray from (x, y). */
function crosses(points: Ring['points'], i: number, j: number, x: number, y: number): boolean {
  const [xi, yi] = points[i]!,
    [xj, yj] = points[j]!;
  return yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!;
}

/** Even-odd ray test of one ring. */
function ringHolds(ring: Ring, x: number, y: number): boolean {
  const { points, box } = ring;
  if (x < box[0] || x > box[2] || y < box[1] || y > box[3]) return false;
  let inside = false;
  if (points.length > BANDED_MIN_POINTS) {
    const bands = (ring.bands ??= bandsOf(ring));
    const height = (box[3] - box[1]) / bands.length || 1;
    const band = bands[Math.min(bands.length - 1, Math.max(0, Math.floor((y - box[1]) / height)))]!;
    for (const i of band)
      if (crosses(points, i, i === 0 ? points.length - 1 : i - 1, x, y)) inside = !inside;
    return inside;
  }
  for (let i = 0, j = points.length - 1; i < points.length; j = i++)
    if (crosses(points, i, j, x, y)) inside = !inside;
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
