/**
 * Far actors in a margin (issue 15, item 5) and world-wide data (issue 18, item 5): on the real
 * geodata, the shipped map's far actors sit in strips outside the region's frame, on the side of
 * their true direction, apart from every other actor; a SIPRI register, whose actors span the
 * world, is framed whole with nobody sent to a margin.
 */
import { readFileSync } from 'node:fs';
import { geoDistance } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import shipped from '../../data/azerbaijan-israel-usa.json';
import { parseDataset } from '../../src/data/index.ts';
import type { Dataset } from '../../src/data/types.ts';
import { places } from '../../src/geo/places.ts';
import { importSipri } from '../../src/import/sipri/import-sipri.ts';
import { layoutAnchors, type PlaceIndex } from '../../src/scene/anchors.ts';
import { toMercator } from '../../src/scene/mercator.ts';
import type { Bounds } from '../../src/data/types.ts';

const index = places as unknown as PlaceIndex;

function inside([lon, lat]: [number, number], [[w, s], [e, n]]: Bounds): boolean {
  return lon >= w - 1e-9 && lon <= e + 1e-9 && lat >= s - 1e-9 && lat <= n + 1e-9;
}

describe('far actors on the shipped map', () => {
  const layout = layoutAnchors((shipped as unknown as Dataset).actors, index);
  const far = [...layout.anchors.values()].filter((a) => a.distant);
  const near = [...layout.anchors.values()].filter((a) => !a.distant);

  it('puts each far actor in a margin strip outside the region, not on the land of the region', () => {
    expect(far.map((a) => a.id).sort()).toEqual(expect.arrayContaining(['IDN', 'USA']));
    for (const actor of far) {
      const strip = layout.margins.find((m) => inside(actor.anchor, m.bounds));
      expect(strip, `${actor.id} in a strip`).toBeDefined();
      // Outside the box of every near actor's position: it cannot sit on a near actor's place.
      const lons = near.map((a) => a.anchor[0]),
        lats = near.map((a) => a.anchor[1]);
      const outside =
        actor.anchor[0] < Math.min(...lons) ||
        actor.anchor[0] > Math.max(...lons) ||
        actor.anchor[1] < Math.min(...lats) ||
        actor.anchor[1] > Math.max(...lats);
      expect(outside, `${actor.id} outside the region`).toBe(true);
      // The default frame holds the strip's actor.
      expect(inside(actor.anchor, layout.frame)).toBe(true);
    }
  });

  it('keeps the United States on the side of its true direction (north-west of the Caucasus), not over Russia', () => {
    const usa = layout.anchors.get('USA')!;
    const strip = layout.margins.find((m) => inside(usa.anchor, m.bounds))!;
    expect(['north', 'west']).toContain(strip.side);
    expect(usa.distant!.bearing).toBeGreaterThan(270);
    // Before, the anchor sat 6 % inside the frame's north edge, over Russia and Ukraine.
    const rus = layout.anchors.get('RUS')!;
    expect(toMercator(usa.anchor)[1]).toBeGreaterThan(toMercator(rus.anchor)[1]);
  });

  it('draws France, which lies on the map beside the region, where it is: not as a far actor', () => {
    const france = layout.anchors.get('FRA')!;
    expect(france.distant).toBeNull();
    expect(france.anchor).toEqual(france.home);
  });

  it('keeps two far actors in one strip apart', () => {
    for (const a of far) {
      for (const b of far) {
        if (a.id < b.id)
          expect(geoDistance(a.anchor, b.anchor) * 6371, `${a.id} and ${b.id}`).toBeGreaterThan(
            300,
          );
      }
    }
  });
});

describe('a world-wide dataset (the SIPRI fixture)', () => {
  const { dataset } = importSipri(
    readFileSync('tests/fixtures/sipri/trade-register.csv', 'latin1'),
    { file: 'trade-register.csv' },
  );
  const parsed = parseDataset(dataset);
  it('is framed whole: nobody goes to a margin, the frame spans the continents', () => {
    expect(parsed.errors).toEqual([]);
    const layout = layoutAnchors(parsed.dataset!.actors, index);
    expect([...layout.anchors.values()].filter((a) => a.distant)).toEqual([]);
    expect(layout.margins).toEqual([]);
    const [[w, s], [e, n]] = layout.frame;
    expect(e - w).toBeGreaterThan(180);
    expect(n - s).toBeGreaterThan(60);
  });
});
