/**
 * Builds geodata/world.topo.json and geodata/places.json from world-atlas
 * `countries-50m.json` (Natural Earth 1:50m admin-0 countries, public domain).
 *
 *   npm run build:geodata
 *
 * Ids
 * ---
 * Every feature's `id` is its ISO 3166-1 alpha-3 code (hand-written table in
 * geodata/iso-codes.ts), with these exceptions:
 *
 * - Palestine (numeric 275, two polygons) is split into Gaza ("PS-GZA") and the
 *   West Bank ("PS-WBK"), their ISO 3166-2 codes; there is no "PSE" feature.
 * - world-atlas gives five features no id. Each keeps its own shape (none is merged
 *   into a neighbour, so the map shows exactly what Natural Earth draws):
 *     Kosovo            → "XKX"   the user-assigned code used by the EU, IMF, CLDR…
 *     Somaliland        → "X-SOL" de facto state, de jure part of Somalia (SOM)
 *     N. Cyprus         → "X-NCY" de facto state, de jure part of Cyprus (CYP)
 *     Indian Ocean Ter. → "X-IOA" Australia's Christmas Island (CXR) and Cocos
 *                                 (Keeling) Islands (CCK), drawn by Natural Earth as
 *                                 one feature; not "X-IOT", which reads like IOT
 *                                 (British Indian Ocean Territory); "IOA" is Natural
 *                                 Earth's own code for it
 *     Siachen Glacier   → "X-SIA" the area disputed by India and Pakistan
 *   Ids starting "X-" can never clash with an ISO 3166-1 alpha-3 code (three letters)
 *   or an ISO 3166-2 code (country code, hyphen, subdivision).
 * - Ashmore and Cartier Islands carries Australia's numeric id "036" in world-atlas;
 *   it gets "X-ATC" (Natural Earth's code) so ids stay unique and AUS stays mainland
 *   Australia with its islands, as Natural Earth draws it.
 * Nakhchivan is part of Azerbaijan's MultiPolygon in the source and stays in AZE.
 *
 * Areas
 * -----
 * A second object, "areas", names parts of countries whose status is disputed and that
 * Natural Earth draws as a polygon of their own: Crimea ("X-CRM"), the polygon of Russia's
 * MultiPolygon that holds the point CRIMEA_POINT. Its geometry reuses Russia's arcs (no
 * point is added), so a worldview can give the peninsula to Ukraine (src/geo/borders.ts)
 * without a line that Natural Earth does not draw. No package here ships a Golan Heights,
 * Abkhazia or South Ossetia polygon: those are marked by a note (docs/borders.md).
 *
 * Geometry
 * --------
 * - Only one object, "countries" (a GeometryCollection); each geometry has just
 *   `id` and `properties: { name }`. No bbox, no other properties, no "land".
 * - The source quantization (world-atlas's own transform, about 1e5 steps per axis)
 *   is kept, so surviving points are exactly the 1:50m points.
 * - Points inside DETAIL_BOX (the Caucasus, Anatolia, the Levant, Mesopotamia, the
 *   Gulf, Iran) are all kept: 1:50m detail there. Elsewhere arcs are simplified
 *   with Visvalingam (topojson-simplify `presimplify`, planar triangle area in
 *   degrees²), dropping points whose weight is below SIMPLIFY.minWeight.
 * - Every ring that is kept must survive simplification: at least 3 distinct points,
 *   the same orientation, and a spherical area within a factor of 2 of the source
 *   ring's. Rings that fail get their arcs' threshold lowered (÷4 each round, then 0:
 *   full detail) until all pass, so tiny enclaves and microstates keep their shapes.
 * - Rings dropped: islands (exterior rings sharing no arc with another ring) outside
 *   DETAIL_BOX whose source area is under SIMPLIFY.minIslandKm2 and also under
 *   SIMPLIFY.minIslandShare of the feature's largest polygon (so island states such
 *   as Kiribati keep their atolls, and their bbox its true extent); unshared holes
 *   under the same limit. Every feature keeps its largest polygon, so every id has
 *   geometry.
 * - Parameters: DETAIL_BOX lon 24–64 / lat 10–48; minWeight 0.03 deg²; islands
 *   under 100 km² and under 2 % of the feature's largest polygon dropped. Result:
 *   about 23k points (1:50m has about 80k), ~263 KB raw / ~90 KB gzip.
 *
 * places.json
 * -----------
 * `{ "<id>": { name, label: [lon, lat], bbox: [west, south, east, north] } }`, keys
 * sorted, computed from the built (simplified, quantized) topology:
 * - label: pole of inaccessibility of the feature's largest polygon (by spherical
 *   area), computed in an azimuthal equal-area plane centred on that polygon, rounded
 *   to 2 decimals; if the rounded point falls outside the polygon (checked with
 *   d3-geo geoContains), the nearest 2-decimal grid points are searched (the one
 *   deepest inside wins), then 3, 4 and 5 decimals for features too small for a
 *   0.01° grid.
 * - bbox: d3-geo geoBounds of the feature, rounded outward to 2 decimals. As with
 *   geoBounds, west > east when the shape crosses the antimeridian (RUS, FJI, USA
 *   with the Aleutians, KIR, NZL…); Antarctica is [-180, -90, 180, …].
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoArea, geoAzimuthalEqualArea, geoBounds, geoCentroid, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import { presimplify } from 'topojson-simplify';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import {
  BY_SOURCE_NAME,
  GAZA,
  NUMERIC_TO_ISO,
  PALESTINE_NUMERIC,
  WEST_BANK,
  type IsoEntry,
} from './iso-codes.ts';
import { polylabel, signedDistance } from './polylabel.ts';

export interface Place {
  name: string;
  /** [lon, lat], inside the shape (on its largest polygon). */
  label: [number, number];
  /** [west, south, east, north]; west > east when the shape crosses the antimeridian. */
  bbox: [number, number, number, number];
  /**
   * Only for shapes spanning more than INNER_MIN_SPAN degrees: points well inside the shape on a
   * 5° grid, so a map of one region can anchor a large country (Russia) where it meets that region
   * instead of at its label far away.
   */
  inner?: [number, number][];
}

export const INNER_MIN_SPAN = 15;
const INNER_STEP = 5;

/** Region kept at full 1:50m detail: lon 24–64, lat 10–48. */
export const DETAIL_BOX = { west: 24, south: 10, east: 64, north: 48 } as const;

export interface SimplifyOptions {
  minWeight: number;
  minIslandKm2: number;
  /** …unless at least this share of the feature's largest polygon (so island states keep their islands). */
  minIslandShare: number;
}

export const SIMPLIFY: Readonly<SimplifyOptions> = {
  /** Visvalingam weight (triangle area, degrees²) below which points outside DETAIL_BOX are dropped. */
  minWeight: 0.03,
  /** Islands (and unshared holes) outside DETAIL_BOX smaller than this are dropped, except each feature's largest polygon. */
  minIslandKm2: 100,
  minIslandShare: 0.02,
};

const EARTH_RADIUS_KM = 6371.0088;

/** A point in Crimea (the test point): the polygon of Russia that holds it is the peninsula. */
export const CRIMEA_POINT: [number, number] = [34.1, 44.95];
/** The areas object's one shape: where it is taken from. */
const AREAS = [{ id: 'X-CRM', name: 'Crimea', from: 'RUS', at: CRIMEA_POINT }] as const;

type XY = [number, number];
/** A ring as arc indexes (negative: ~index, reversed). */
type RingArcs = number[];
type PolygonArcs = RingArcs[];

/** The output geometry objects. */
export interface CountryGeometry {
  type: 'Polygon' | 'MultiPolygon';
  id: string;
  properties: { name: string };
  arcs: PolygonArcs | PolygonArcs[];
}

export interface CountriesTopology {
  type: 'Topology';
  transform: { scale: [number, number]; translate: [number, number] };
  objects: {
    countries: { type: 'GeometryCollection'; geometries: CountryGeometry[] };
    areas: { type: 'GeometryCollection'; geometries: CountryGeometry[] };
  };
  arcs: XY[][];
}

interface SourceGeometry {
  type: 'Polygon' | 'MultiPolygon';
  id?: string;
  properties: { name: string };
  arcs: PolygonArcs | PolygonArcs[];
}

export interface SourceTopology {
  type: 'Topology';
  transform: { scale: [number, number]; translate: [number, number] };
  objects: { countries: { type: 'GeometryCollection'; geometries: SourceGeometry[] } };
  arcs: XY[][];
}

interface Shape {
  id: string;
  name: string;
  polygons: PolygonArcs[];
}

export const SOURCE_PATH = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');

/** The world-atlas countries-50m topology, as published. */
export function loadSource(): SourceTopology {
  return JSON.parse(readFileSync(SOURCE_PATH, 'utf8')) as SourceTopology;
}

/** Undo delta encoding: absolute quantized coordinates. */
function decodeArcs(arcs: readonly XY[][]): XY[][] {
  return arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]): XY => [(x += dx), (y += dy)]);
  });
}

function encodeArc(arc: readonly XY[]): XY[] {
  let x = 0;
  let y = 0;
  return arc.map(([ax, ay]): XY => {
    const d: XY = [ax - x, ay - y];
    x = ax;
    y = ay;
    return d;
  });
}

/** Concatenate a ring's arcs (each arc's first point is the previous arc's last). */
function ringPoints<P>(ring: RingArcs, arcs: readonly (readonly P[])[]): P[] {
  const out: P[] = [];
  for (const index of ring) {
    const arc = index < 0 ? [...arcs[~index]!].reverse() : arcs[index]!;
    for (let i = out.length === 0 ? 0 : 1; i < arc.length; i++) out.push(arc[i]!);
  }
  return out;
}

function inDetailBox([lon, lat]: readonly [number, number]): boolean {
  return (
    lon >= DETAIL_BOX.west &&
    lon <= DETAIL_BOX.east &&
    lat >= DETAIL_BOX.south &&
    lat <= DETAIL_BOX.north
  );
}

/** Map the source features to ids and names, splitting Palestine. Sorted by id. */
function sourceShapes(source: SourceTopology, lonLatArcs: readonly XY[][]): Shape[] {
  const shapes: Shape[] = [];
  for (const g of source.objects.countries.geometries) {
    const polygons = (g.type === 'Polygon' ? [g.arcs] : g.arcs) as PolygonArcs[];
    const name = g.properties.name;
    if (g.id === PALESTINE_NUMERIC && BY_SOURCE_NAME[name] === undefined) {
      if (polygons.length !== 2)
        throw new Error(`Palestine has ${polygons.length} polygons; expected 2 (Gaza, West Bank).`);
      const isGaza = polygons.map((p) =>
        // Gaza: about lon 34.2–34.53, lat 31.2–31.6 (its westmost point is at 34.1985).
        ringPoints(p[0]!, lonLatArcs).every(
          ([lon, lat]) => lon >= 34.1 && lon <= 34.6 && lat >= 31.1 && lat <= 31.7,
        ),
      );
      if (isGaza.filter(Boolean).length !== 1)
        throw new Error('Cannot tell Gaza from the West Bank in the Palestine feature.');
      polygons.forEach((p, i) => shapes.push({ ...(isGaza[i] ? GAZA : WEST_BANK), polygons: [p] }));
      continue;
    }
    const entry: IsoEntry | undefined =
      BY_SOURCE_NAME[name] ?? (g.id === undefined ? undefined : NUMERIC_TO_ISO[g.id]);
    if (!entry)
      throw new Error(
        `No id for world-atlas feature ${JSON.stringify(g.id)} (${name}); add it to geodata/iso-codes.ts.`,
      );
    shapes.push({ ...entry, polygons });
  }
  shapes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < shapes.length; i++) {
    if (shapes[i]!.id === shapes[i - 1]!.id) throw new Error(`Duplicate id ${shapes[i]!.id}.`);
  }
  return shapes;
}

/** Orientation-aware spherical area of one ring taken as a polygon: [area ≤ 2π, inverted?]. */
function ringArea(points: readonly Position[]): { area: number; inverted: boolean } {
  const a = geoArea({ type: 'Polygon', coordinates: [points as Position[]] });
  return a > 2 * Math.PI ? { area: 4 * Math.PI - a, inverted: true } : { area: a, inverted: false };
}

interface RingInfo {
  arcs: RingArcs;
  area: number;
  inverted: boolean;
}

/** Build the simplified topology. */
export function buildTopology(
  source: SourceTopology,
  options: Readonly<SimplifyOptions> = SIMPLIFY,
): CountriesTopology {
  const { scale, translate } = source.transform;
  const intArcs = decodeArcs(source.arcs);
  const lonLatArcs = intArcs.map((arc) =>
    arc.map(([x, y]): XY => [x * scale[0] + translate[0], y * scale[1] + translate[1]]),
  );
  const shapes = sourceShapes(source, lonLatArcs);

  // Visvalingam weights (degrees²); arc endpoints get Infinity.
  const weighted = presimplify({ type: 'Topology', objects: {}, arcs: lonLatArcs });
  const weights = weighted.arcs.map((arc, a) =>
    arc.map((p, i) => (inDetailBox(lonLatArcs[a]![i]!) ? Infinity : (p[2] as number))),
  );

  // How many rings use each arc: a ring using an arc another ring uses is "attached".
  const uses = new Array<number>(intArcs.length).fill(0);
  for (const s of shapes)
    for (const p of s.polygons) for (const r of p) for (const a of r) uses[a < 0 ? ~a : a]!++;
  const attached = (ring: RingArcs): boolean => ring.some((a) => uses[a < 0 ? ~a : a]! > 1);
  const touchesBox = (ring: RingArcs): boolean =>
    ring.some((a) => lonLatArcs[a < 0 ? ~a : a]!.some(inDetailBox));
  const minIslandArea = options.minIslandKm2 / (EARTH_RADIUS_KM * EARTH_RADIUS_KM);

  // Choose the rings to keep (from the source geometry).
  const kept: { id: string; name: string; polygons: RingInfo[][] }[] = shapes.map((s) => {
    const areas = s.polygons.map((p) =>
      geoArea({ type: 'Polygon', coordinates: p.map((r) => ringPoints(r, lonLatArcs)) }),
    );
    let largest = 0;
    areas.forEach((a, i) => {
      if (a > areas[largest]!) largest = i;
    });
    const polygons: RingInfo[][] = [];
    s.polygons.forEach((p, i) => {
      const infos = p.map((r): RingInfo => ({ arcs: r, ...ringArea(ringPoints(r, lonLatArcs)) }));
      const minArea = Math.min(minIslandArea, options.minIslandShare * areas[largest]!);
      const keep = (r: RingInfo): boolean =>
        attached(r.arcs) || touchesBox(r.arcs) || r.area >= minArea;
      if (i !== largest && !keep(infos[0]!)) return;
      polygons.push([infos[0]!, ...infos.slice(1).filter(keep)]);
    });
    return { id: s.id, name: s.name, polygons };
  });

  // Simplify; lower the threshold on the arcs of any kept ring that degenerates, until none does.
  const threshold = new Array<number>(intArcs.length).fill(options.minWeight);
  let simplified: XY[][] = [];
  for (let round = 0; ; round++) {
    if (round > 100) throw new Error('Simplification did not converge.');
    simplified = intArcs.map((arc, a) => {
      const out: XY[] = [];
      arc.forEach((p, i) => {
        if (weights[a]![i]! < threshold[a]!) return;
        const last = out[out.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
      });
      if (out.length === 1) out.push(out[0]!);
      return out;
    });
    const simplifiedLonLat = simplified.map((arc) =>
      arc.map(([x, y]): XY => [x * scale[0] + translate[0], y * scale[1] + translate[1]]),
    );
    let failed = false;
    for (const k of kept) {
      for (const p of k.polygons) {
        for (const r of p) {
          const points = ringPoints(r.arcs, simplifiedLonLat);
          const distinct = new Set(points.map(([x, y]) => `${x},${y}`)).size;
          const after = distinct >= 3 ? ringArea(points) : undefined;
          const ok =
            after !== undefined &&
            after.inverted === r.inverted &&
            after.area <= 2 * r.area &&
            after.area >= 0.5 * r.area;
          if (ok) continue;
          failed = true;
          for (const a of r.arcs) {
            const i = a < 0 ? ~a : a;
            threshold[i] = threshold[i]! > options.minWeight / 1e4 ? threshold[i]! / 4 : 0;
          }
        }
      }
    }
    if (!failed) break;
  }

  // Renumber the arcs still used, in order of first use (shapes are sorted by id).
  const newIndex = new Map<number, number>();
  const arcs: XY[][] = [];
  const remap = (a: number): number => {
    const i = a < 0 ? ~a : a;
    let j = newIndex.get(i);
    if (j === undefined) {
      j = arcs.length;
      newIndex.set(i, j);
      arcs.push(encodeArc(simplified[i]!));
    }
    return a < 0 ? ~j : j;
  };
  const geometries: CountryGeometry[] = kept.map((k) => {
    const polygons = k.polygons.map((p) => p.map((r) => r.arcs.map(remap)));
    return polygons.length === 1
      ? { type: 'Polygon', id: k.id, properties: { name: k.name }, arcs: polygons[0]! }
      : { type: 'MultiPolygon', id: k.id, properties: { name: k.name }, arcs: polygons };
  });

  const areas = AREAS.map(({ id, name, from, at }): CountryGeometry => {
    const k = kept.find((s) => s.id === from);
    const index =
      k?.polygons.findIndex((p) =>
        geoContains(
          { type: 'Polygon', coordinates: p.map((r) => ringPoints(r.arcs, lonLatArcs)) },
          at,
        ),
      ) ?? -1;
    if (!k || index < 0) throw new Error(`No polygon of ${from} holds ${name} (${at.join(', ')}).`);
    return {
      type: 'Polygon',
      id,
      properties: { name },
      arcs: k.polygons[index]!.map((r) => r.arcs.map(remap)),
    };
  });

  return {
    type: 'Topology',
    transform: { scale: [scale[0], scale[1]], translate: [translate[0], translate[1]] },
    objects: {
      countries: { type: 'GeometryCollection', geometries },
      areas: { type: 'GeometryCollection', geometries: areas },
    },
    arcs,
  };
}

/** The built topology's features as GeoJSON, in id order. */
export function countryFeatures(
  topology: CountriesTopology,
): Feature<Polygon | MultiPolygon, { name: string }>[] {
  const t = topology as unknown as Topology;
  return topology.objects.countries.geometries.map((g) => {
    const f = feature(t, g as unknown as Parameters<typeof feature>[1]) as Feature<
      Polygon | MultiPolygon,
      { name: string }
    >;
    return { ...f, id: g.id };
  });
}

function polygonsOf(f: Feature<Polygon | MultiPolygon>): Position[][][] {
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

const round = (x: number, digits: number): number => {
  const k = 10 ** digits;
  return Math.round(x * k) / k;
};

/** A point inside the feature's largest polygon, on a 2-decimal grid where the shape allows. */
function labelPoint(f: Feature<Polygon | MultiPolygon>): [number, number] {
  const polygons = polygonsOf(f);
  let largest = polygons[0]!;
  let largestArea = -1;
  for (const p of polygons) {
    const a = geoArea({ type: 'Polygon', coordinates: p });
    if (a > largestArea) {
      largest = p;
      largestArea = a;
    }
  }
  // Work in an azimuthal equal-area plane centred on the polygon (copes with the
  // polar Antarctica and with large shapes far from the equator).
  const largestGeometry: Polygon = { type: 'Polygon', coordinates: largest };
  const [lon0, lat0] = geoCentroid(largestGeometry);
  const projection = geoAzimuthalEqualArea()
    .rotate([-lon0, -lat0])
    .scale(1)
    .translate([0, 0])
    .precision(0);
  const project = (p: readonly number[]): XY => projection([p[0]!, p[1]!]) as XY;
  const plane = largest.map((ring) => ring.map(project));
  const xs = plane.flat().map((p) => p[0]);
  const ys = plane.flat().map((p) => p[1]);
  const size = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const { point } = polylabel(plane, size / 1000);
  const [lon, lat] = projection.invert!(point) as XY;

  const inside = (p: XY): boolean => geoContains(f, p) && geoContains(largestGeometry, p);
  for (const digits of [2, 3, 4, 5]) {
    const step = 10 ** -digits;
    const start: XY = [round(lon, digits), round(lat, digits)];
    if (inside(start)) return start;
    for (let r = 1; r <= 30; r++) {
      let best: XY | undefined;
      let bestDepth = -Infinity;
      for (let i = -r; i <= r; i++) {
        for (let j = -r; j <= r; j++) {
          if (Math.max(Math.abs(i), Math.abs(j)) !== r) continue;
          const p: XY = [round(start[0] + i * step, digits), round(start[1] + j * step, digits)];
          if (!inside(p)) continue;
          const depth = signedDistance(...project(p), plane);
          if (depth > bestDepth) {
            best = p;
            bestDepth = depth;
          }
        }
      }
      if (best) return best;
    }
  }
  throw new Error(`No label point found inside ${String(f.id)}.`);
}

/** geoBounds, rounded outward to 2 decimals (west > east across the antimeridian). */
function boundingBox(f: Feature<Polygon | MultiPolygon>): [number, number, number, number] {
  const [[west, south], [east, north]] = geoBounds(f);
  const floor = (x: number, lo: number): number =>
    Math.max(lo, Math.floor(round(x * 100, 6)) / 100);
  const ceil = (x: number, hi: number): number => Math.min(hi, Math.ceil(round(x * 100, 6)) / 100);
  return [floor(west, -180), floor(south, -90), ceil(east, 180), ceil(north, 90)];
}

/** Grid points inside a large shape whose ±1° neighbours are inside too (see Place.inner). */
function innerPoints(
  f: Feature<Polygon | MultiPolygon>,
  bbox: [number, number, number, number],
): [number, number][] | undefined {
  const [west, south, east, north] = bbox;
  const lonSpan = east >= west ? east - west : east + 360 - west;
  if (Math.max(lonSpan, north - south) <= INNER_MIN_SPAN || north - south >= 90) return undefined;
  const points: [number, number][] = [];
  const inside = (lon: number, lat: number): boolean => geoContains(f, [lon, lat]);
  for (
    let lat = Math.ceil(south / INNER_STEP) * INNER_STEP + INNER_STEP / 2;
    lat < north;
    lat += INNER_STEP
  ) {
    for (let lon = -180 + INNER_STEP / 2; lon < 180; lon += INNER_STEP) {
      if (
        inside(lon, lat) &&
        inside(lon + 1, lat) &&
        inside(lon - 1, lat) &&
        inside(lon, lat + 1) &&
        inside(lon, lat - 1)
      ) {
        points.push([lon, lat]);
      }
    }
  }
  return points.length > 1 ? points : undefined;
}

/** The places index for a built topology, keys sorted. */
export function buildPlaces(topology: CountriesTopology): Record<string, Place> {
  const places: Record<string, Place> = {};
  for (const f of countryFeatures(topology)) {
    const area = geoArea(f);
    if (!(area > 0 && area < 2 * Math.PI))
      throw new Error(`Feature ${String(f.id)} has an implausible area (${area} sr).`);
    const bbox = boundingBox(f);
    const inner = innerPoints(f, bbox);
    places[String(f.id)] = {
      name: f.properties.name,
      label: labelPoint(f),
      bbox,
      ...(inner ? { inner } : {}),
    };
  }
  return places;
}

/** Build both outputs from world-atlas. Pure and deterministic. */
export function buildGeodata(): { topology: CountriesTopology; places: Record<string, Place> } {
  const topology = buildTopology(loadSource());
  return { topology, places: buildPlaces(topology) };
}

/** world.topo.json: minified JSON, newline-terminated. */
export function serializeTopology(topology: CountriesTopology): string {
  return `${JSON.stringify(topology)}\n`;
}

/** places.json: one place per line, keys sorted. */
export function serializePlaces(places: Record<string, Place>): string {
  const ids = Object.keys(places).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = ids.map((id) => {
    const { name, label, bbox, inner } = places[id]!;
    return `  ${JSON.stringify(id)}: ${JSON.stringify({ name, label, bbox, ...(inner ? { inner } : {}) })}`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}

export const TOPOLOGY_URL = new URL('./world.topo.json', import.meta.url);
export const PLACES_URL = new URL('./places.json', import.meta.url);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { topology, places } = buildGeodata();
  const outputs: [URL, string][] = [
    [TOPOLOGY_URL, serializeTopology(topology)],
    [PLACES_URL, serializePlaces(places)],
  ];
  for (const [url, text] of outputs) {
    writeFileSync(url, text);
    const raw = Buffer.byteLength(text);
    const gz = gzipSync(text, { level: 9 }).length;
    console.log(
      `${url.pathname.split('/').slice(-2).join('/')}: ${raw.toLocaleString('en')} bytes raw, ${gz.toLocaleString('en')} bytes gzip`,
    );
  }
  console.log(
    `${topology.objects.countries.geometries.length} features, ${topology.arcs.length} arcs, ${topology.arcs.reduce((n, a) => n + a.length, 0)} points`,
  );
}
