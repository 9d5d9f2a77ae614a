/**
 * The base map's shapes, from the TopoJSON shipped in geodata/. Loaded lazily (a separate chunk
 * in the build) so the element's frame, legend and table paint before the geometry arrives.
 * Each worldview (geo/borders.ts) has its own collection: the countries as that view draws them,
 * and the marking of its disputed and occupied areas. The decoder (world-decode.ts, with
 * topojson-client) comes in the same lazy load as the shapes, not with the element.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { DEFAULT_WORLDVIEW, type BorderAreaId, type Worldview } from './borders.ts';

export interface CountryProperties {
  id: string;
  name: string;
}

/** The marking of the view's disputed and occupied areas. */
export interface BorderMarks {
  /** Areas with a shape of their own: hatched and outlined in short dashes. */
  areas: FeatureCollection<Polygon | MultiPolygon, { id: BorderAreaId }>;
  /** Areas no shape exists for: a ring at the point. */
  notes: { id: BorderAreaId; at: [number, number] }[];
}

export type Countries = FeatureCollection<Polygon | MultiPolygon, CountryProperties> & {
  worldview: Worldview;
  marks: BorderMarks;
};

const cached = new Map<Worldview, Promise<Countries>>();
const loaded = new Map<Worldview, Countries>();
let topology: Promise<[Topology, typeof import('./world-decode.ts')]> | undefined;

/** A new task: the geodata chunk's evaluation and its decoding are not one long task. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function loadCountries(worldview: Worldview = DEFAULT_WORLDVIEW): Promise<Countries> {
  let countries = cached.get(worldview);
  if (!countries) {
    topology ??= Promise.all([
      import('../../geodata/world.topo.json').then(
        (module) => module.default as unknown as Topology,
      ),
      import('./world-decode.ts'),
    ]);
    countries = topology.then(async ([t, { countriesFromTopology }]) => {
      await nextTask();
      const drawn = countriesFromTopology(t, worldview);
      loaded.set(worldview, drawn);
      return drawn;
    });
    cached.set(worldview, countries);
  }
  return countries;
}

/** The shapes of `worldview` once loadCountries has resolved them (label placement asks whose land lies under a label), else undefined. */
export function loadedCountries(worldview: Worldview = DEFAULT_WORLDVIEW): Countries | undefined {
  return loaded.get(worldview);
}
