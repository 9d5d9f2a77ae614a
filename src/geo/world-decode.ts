/**
 * Decoding the shipped TopoJSON into the countries a worldview draws. Loaded with the shapes
 * (world.ts's loadCountries), so topojson-client is not in the element's entry chunk; the CLIs and
 * tests call it directly.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { BORDER_AREAS, DEFAULT_WORLDVIEW, movedAreas, type Worldview } from './borders.ts';
import type { BorderMarks, Countries, CountryProperties } from './world.ts';

type Geometry = GeometryObject<{ name: string }>;

function geometriesOf(topology: Topology, object: string): Geometry[] {
  return (
    (topology.objects[object] as GeometryCollection<{ name: string }> | undefined)?.geometries ?? []
  );
}

/** The polygons (as arc lists) of a topology geometry. */
function polygonArcs(g: Geometry): number[][][] {
  if (g.type === 'Polygon') return [(g as TopoPolygon).arcs];
  if (g.type === 'MultiPolygon') return (g as TopoMultiPolygon).arcs;
  return [];
}

const sameArcs = (a: number[][], b: number[][]): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The countries as `worldview` draws them: an area the view gives to another country leaves the
 * country that holds it in the geodata and is merged into the other (no border is drawn between
 * them); the rest is the geodata as built.
 */
export function countriesFromTopology(
  topology: Topology,
  worldview: Worldview = DEFAULT_WORLDVIEW,
): Countries {
  const countries = geometriesOf(topology, 'countries');
  const areas = new Map(geometriesOf(topology, 'areas').map((g) => [String(g.id), g]));
  const byId = new Map(countries.map((g) => [String(g.id), g]));
  const geometryOf = (g: Geometry) =>
    (feature(topology, g) as Feature<Polygon | MultiPolygon>).geometry;
  /** The countries this view draws otherwise than the geodata. */
  const redrawn = new Map<string, Polygon | MultiPolygon>();
  for (const { area, from, to } of movedAreas(worldview)) {
    const piece = area.shape === null ? undefined : areas.get(area.shape);
    const source = byId.get(from);
    const target = byId.get(to);
    if (!piece || !source || !target) continue;
    const [pieceArcs] = polygonArcs(piece);
    if (!pieceArcs) continue;
    const rest = polygonArcs(source).filter((p) => !sameArcs(p, pieceArcs));
    redrawn.set(from, geometryOf({ type: 'MultiPolygon', arcs: rest }));
    redrawn.set(to, merge(topology, [target, piece] as Parameters<typeof merge>[1]));
  }
  const features = countries.map((g): Feature<Polygon | MultiPolygon, CountryProperties> => {
    const id = String(g.id);
    const properties: { name?: string } | undefined = g.properties;
    const name = properties?.name ?? id;
    return {
      type: 'Feature',
      id,
      geometry: redrawn.get(id) ?? geometryOf(g),
      properties: { id, name },
    };
  });
  const featureById = new Map(features.map((f) => [f.id as string, f]));
  const marks: BorderMarks = { areas: { type: 'FeatureCollection', features: [] }, notes: [] };
  for (const area of BORDER_AREAS) {
    if (area.shape === null) {
      marks.notes.push({ id: area.id, at: area.at });
      continue;
    }
    const own = areas.get(area.shape);
    const geometry = own ? geometryOf(own) : featureById.get(area.shape)?.geometry;
    if (geometry)
      marks.areas.features.push({
        type: 'Feature',
        id: area.id,
        geometry,
        properties: { id: area.id },
      });
  }
  return { type: 'FeatureCollection', features, worldview, marks };
}
