import { readFileSync } from 'node:fs';
import { geoArea, geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildGeodata,
  countryFeatures,
  DETAIL_BOX,
  loadSource,
  PLACES_URL,
  serializePlaces,
  serializeTopology,
  TOPOLOGY_URL,
  type CountriesTopology,
  type Place,
} from '../../geodata/build.ts';
import { BY_SOURCE_NAME, NUMERIC_TO_ISO } from '../../geodata/iso-codes.ts';

/** world.topo.json must stay under this many bytes (raw, unzipped). */
const TOPOLOGY_BUDGET_BYTES = 300_000;

const topologyText = readFileSync(TOPOLOGY_URL, 'utf8');
const placesText = readFileSync(PLACES_URL, 'utf8');
const topology = JSON.parse(topologyText) as CountriesTopology;
const places = JSON.parse(placesText) as Record<string, Place>;
const features = countryFeatures(topology);
const byId = new Map(features.map((f) => [String(f.id), f]));
const source = loadSource();

type Shape = Feature<Polygon | MultiPolygon>;

function shape(id: string): Shape {
  const f = byId.get(id);
  if (!f) throw new Error(`No feature ${id}`);
  return f;
}

function pointCount(f: Shape): number {
  const polygons =
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  return polygons.flat().reduce((n, ring) => n + ring.length, 0);
}

function sourceFeature(numeric: string): Shape {
  const g = source.objects.countries.geometries.find((x) => x.id === numeric);
  if (!g) throw new Error(`No source feature ${numeric}`);
  return feature(
    source as unknown as Topology,
    g as unknown as Parameters<typeof feature>[1],
  ) as Shape;
}

/** Absolute quantized vertices of a topology's arcs, as "x,y" strings. */
function vertices(t: { arcs: [number, number][][] }): string[] {
  const out: string[] = [];
  for (const arc of t.arcs) {
    let x = 0;
    let y = 0;
    for (const [dx, dy] of arc) out.push(`${(x += dx)},${(y += dy)}`);
  }
  return out;
}

describe('geodata build', () => {
  let built: ReturnType<typeof buildGeodata>;
  beforeAll(() => {
    built = buildGeodata();
  }, 60_000);

  it('reproduces the committed world.topo.json and places.json byte for byte', () => {
    expect(serializeTopology(built.topology) === topologyText).toBe(true);
    expect(serializePlaces(built.places) === placesText).toBe(true);
  });

  it('is deterministic', () => {
    const again = buildGeodata();
    expect(serializeTopology(again.topology)).toBe(serializeTopology(built.topology));
    expect(serializePlaces(again.places)).toBe(serializePlaces(built.places));
  }, 60_000);
});

describe('world.topo.json', () => {
  it("names Crimea as an area: one of Russia's polygons, on Russia's own arcs, holding the issue's point", () => {
    const areas = topology.objects.areas.geometries;
    expect(areas.map((g) => [g.id, g.properties.name, g.type])).toEqual([
      ['X-CRM', 'Crimea', 'Polygon'],
    ]);
    const russia = topology.objects.countries.geometries.find((g) => g.id === 'RUS')!;
    expect((russia.arcs as number[][][]).map((p) => JSON.stringify(p))).toContain(
      JSON.stringify(areas[0]!.arcs),
    );
    const crimea = feature(topology as unknown as Topology, areas[0] as never) as unknown as Shape;
    expect(geoContains(crimea, [34.1, 44.95])).toBe(true);
    expect(geoContains(crimea, [36.5, 45.5])).toBe(false); // the Kerch Strait's Russian side
  });

  it('has the GeometryCollections "countries" and "areas" and nothing no view needs', () => {
    expect(Object.keys(topology).sort()).toEqual(['arcs', 'objects', 'transform', 'type']);
    expect(Object.keys(topology.objects)).toEqual(['countries', 'areas']);
    expect(topology.objects.countries.type).toBe('GeometryCollection');
    for (const g of topology.objects.countries.geometries) {
      expect(Object.keys(g).sort()).toEqual(['arcs', 'id', 'properties', 'type']);
      expect(Object.keys(g.properties)).toEqual(['name']);
      expect(['Polygon', 'MultiPolygon']).toContain(g.type);
    }
  });

  it('has 242 features with unique ids and non-empty names', () => {
    const ids = topology.objects.countries.geometries.map((g) => g.id);
    expect(ids).toHaveLength(242);
    expect(new Set(ids).size).toBe(242);
    for (const g of topology.objects.countries.geometries) {
      expect(typeof g.properties.name).toBe('string');
      expect(g.properties.name.trim()).not.toBe('');
    }
  });

  it('maps every world-atlas feature', () => {
    const ids = new Set(topology.objects.countries.geometries.map((g) => g.id));
    const geometries = source.objects.countries.geometries;
    expect(geometries).toHaveLength(241);
    for (const g of geometries) {
      const special = BY_SOURCE_NAME[g.properties.name];
      if (special) {
        expect(ids.has(special.id), `${g.properties.name} → ${special.id}`).toBe(true);
        continue;
      }
      expect(g.id, `${g.properties.name} has no id and no entry in BY_SOURCE_NAME`).toBeDefined();
      const entry = NUMERIC_TO_ISO[g.id!];
      expect(entry, `numeric ${g.id} (${g.properties.name}) is not mapped`).toBeDefined();
      if (g.id === '275') continue; // split below
      expect(ids.has(entry!.id), `${g.id} → ${entry!.id}`).toBe(true);
    }
    // Every id is ISO alpha-3, ISO 3166-2 (the Palestine split) or a documented "X-" id.
    for (const id of ids) expect(id).toMatch(/^(?:[A-Z]{3}|PS-(?:GZA|WBK)|X-[A-Z]{3})$/);
  });

  it('gives the id-less features their documented ids', () => {
    expect(shape('XKX').properties).toEqual({ name: 'Kosovo' });
    for (const id of ['X-SOL', 'X-NCY', 'X-IOA', 'X-SIA', 'X-ATC'])
      expect(byId.has(id), id).toBe(true);
  });

  it('splits Palestine into Gaza and the West Bank', () => {
    expect(byId.has('PSE')).toBe(false);
    expect(shape('PS-GZA').properties).toEqual({ name: 'Gaza' });
    expect(shape('PS-WBK').properties).toEqual({ name: 'West Bank' });
    // Gaza's westmost 1:50m point is at 34.1985°E, so its outward-rounded west edge is 34.19.
    const [west, south, east, north] = places['PS-GZA']!.bbox;
    expect(west).toBeGreaterThanOrEqual(34.15);
    expect(east).toBeLessThanOrEqual(34.6);
    expect(south).toBeGreaterThanOrEqual(31.15);
    expect(north).toBeLessThanOrEqual(31.65);
    expect(geoContains(shape('PS-GZA'), [34.45, 31.5])).toBe(true); // Gaza City
    expect(geoContains(shape('PS-WBK'), [35.2, 31.9])).toBe(true); // Ramallah
    expect(geoContains(shape('PS-WBK'), [34.45, 31.5])).toBe(false);
  });

  it('keeps Nakhchivan in Azerbaijan', () => {
    const nakhchivan: [number, number] = [45.4, 39.2];
    expect(geoContains(shape('AZE'), nakhchivan)).toBe(true);
    expect(geoContains(shape('ARM'), nakhchivan)).toBe(false);
    expect(geoContains(shape('IRN'), nakhchivan)).toBe(false);
  });

  it('has no inverted or empty shapes', () => {
    for (const f of features) {
      const area = geoArea(f);
      expect(area, String(f.id)).toBeGreaterThan(0);
      expect(area, String(f.id)).toBeLessThan(2 * Math.PI);
    }
  });

  it('keeps every 1:50m vertex inside the detail box', () => {
    expect(topology.transform).toEqual(source.transform);
    const inBox = (v: string): boolean => {
      const [x, y] = v.split(',').map(Number) as [number, number];
      const lon = x * topology.transform.scale[0] + topology.transform.translate[0];
      const lat = y * topology.transform.scale[1] + topology.transform.translate[1];
      return (
        lon >= DETAIL_BOX.west &&
        lon <= DETAIL_BOX.east &&
        lat >= DETAIL_BOX.south &&
        lat <= DETAIL_BOX.north
      );
    };
    const sourceInBox = new Set(vertices(source).filter(inBox));
    const builtInBox = new Set(vertices(topology).filter(inBox));
    expect(sourceInBox.size).toBeGreaterThan(4500);
    expect([...sourceInBox].filter((v) => !builtInBox.has(v))).toEqual([]);
  });

  it('keeps the Caucasus and the Levant at full 1:50m detail', () => {
    for (const [id, numeric] of [
      ['AZE', '031'],
      ['ARM', '051'],
      ['GEO', '268'],
      ['ISR', '376'],
      ['LBN', '422'],
    ] as const) {
      const src = sourceFeature(numeric);
      expect(pointCount(shape(id)), id).toBe(pointCount(src));
      expect(shape(id).geometry, id).toEqual(src.geometry);
    }
    expect(pointCount(shape('AZE'))).toBeGreaterThan(250);
  });

  it('is coarser than 1:50m far from the region', () => {
    for (const [id, numeric] of [
      ['BRA', '076'],
      ['CAN', '124'],
      ['USA', '840'],
    ] as const) {
      expect(pointCount(shape(id)), id).toBeLessThan(pointCount(sourceFeature(numeric)) / 2);
    }
  });

  it(`stays under ${TOPOLOGY_BUDGET_BYTES} bytes`, () => {
    expect(Buffer.byteLength(topologyText)).toBeLessThan(TOPOLOGY_BUDGET_BYTES);
  });
});

describe('places.json', () => {
  it('has exactly the topology ids, sorted', () => {
    const ids = topology.objects.countries.geometries.map((g) => g.id);
    expect(Object.keys(places)).toEqual([...ids].sort());
    for (const g of topology.objects.countries.geometries)
      expect(places[g.id]!.name).toBe(g.properties.name);
  });

  it('has well-known ids with sensible names', () => {
    const expected: Record<string, string> = {
      USA: 'United States',
      RUS: 'Russia',
      AZE: 'Azerbaijan',
      ISR: 'Israel',
      IRN: 'Iran',
      ARM: 'Armenia',
      TUR: 'Türkiye',
      IDN: 'Indonesia',
      PAK: 'Pakistan',
      XKX: 'Kosovo',
      SYR: 'Syria',
      GEO: 'Georgia',
    };
    for (const [id, name] of Object.entries(expected)) expect(places[id]?.name, id).toBe(name);
  });

  it('puts every label inside its shape, on a 2-decimal grid where the shape allows', () => {
    const fine: string[] = [];
    for (const f of features) {
      const id = String(f.id);
      const { label } = places[id]!;
      expect(geoContains(f, label), `${id} label ${label.join(',')}`).toBe(true);
      if (label.some((x) => Math.round(x * 100) / 100 !== x)) fine.push(id);
    }
    // Only shapes too small for a 0.01° grid may use more decimals.
    expect(fine.length).toBeLessThan(10);
  });

  it('has bboxes rounded to 2 decimals that contain the label (west > east across the antimeridian)', () => {
    const crossing: string[] = [];
    for (const [id, { bbox, label }] of Object.entries(places)) {
      const [west, south, east, north] = bbox;
      for (const x of bbox) expect(Math.round(x * 100) / 100, id).toBe(x);
      expect(south, id).toBeLessThan(north);
      expect(south, id).toBeGreaterThanOrEqual(-90);
      expect(north, id).toBeLessThanOrEqual(90);
      expect(label[1] >= south && label[1] <= north, `${id} label lat`).toBe(true);
      if (west > east) {
        crossing.push(id);
        expect(label[0] >= west || label[0] <= east, `${id} label lon`).toBe(true);
      } else {
        expect(label[0] >= west && label[0] <= east, `${id} label lon`).toBe(true);
      }
    }
    for (const id of ['RUS', 'USA', 'FJI', 'NZL', 'KIR']) expect(crossing, id).toContain(id);
    expect(places['ATA']!.bbox).toEqual([-180, -90, 180, places['ATA']!.bbox[3]]);
  });
});
