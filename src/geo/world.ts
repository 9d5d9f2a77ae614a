/**
 * The base map's shapes, from the TopoJSON shipped in geodata/. Loaded lazily (a separate chunk
 * in the build) so the element's frame, legend and table paint before the geometry arrives.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface CountryProperties {
  id: string;
  name: string;
}

export type Countries = FeatureCollection<Polygon | MultiPolygon, CountryProperties>;

let cached: Promise<Countries> | undefined;
let loaded: Countries | undefined;

export function loadCountries(): Promise<Countries> {
  cached ??= import('../../geodata/world.topo.json').then((module) => (loaded = countriesFromTopology(module.default as unknown as Topology)));
  return cached;
}

/** The shapes once loadCountries has resolved (label placement asks whose land lies under a label), else undefined. */
export function loadedCountries(): Countries | undefined {
  return loaded;
}

export function countriesFromTopology(topology: Topology): Countries {
  const object = topology.objects['countries'] as GeometryCollection<{ name: string }>;
  const collection = feature(topology, object) as unknown as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  return {
    type: 'FeatureCollection',
    features: collection.features.map((f) => ({
      type: 'Feature',
      id: String(f.id),
      geometry: f.geometry,
      properties: { id: String(f.id), name: f.properties.name },
    })),
  };
}
