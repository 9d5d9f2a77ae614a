import { describe, expect, it } from 'vitest';
import { landIndex } from '../../../src/scene/land.ts';
import { world } from './placement.ts';

/** Every polygon with its rings and its box in degrees. */
const polygons = world.features.flatMap((shape) =>
  (shape.geometry.type === 'Polygon'
    ? [shape.geometry.coordinates]
    : shape.geometry.coordinates
  ).map((rings) => {
    const xs = rings[0]!.map((p) => p[0]!);
    const ys = rings[0]!.map((p) => p[1]!);
    return {
      id: shape.properties.id,
      rings,
      box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
    };
  }),
);

/** Even-odd over every edge of every ring of the polygons whose box holds the point: what the index must answer. */
function ownerByScan(lon: number, lat: number): string | null {
  for (const { id, rings, box } of polygons) {
    if (lon < box[0]! || lon > box[2]! || lat < box[1]! || lat > box[3]!) continue;
    let inside = false;
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!,
          [xj, yj] = ring[j]!;
        if (yi! > lat !== yj! > lat && lon < ((xj! - xi!) * (lat - yi!)) / (yj! - yi!) + xi!)
          inside = !inside;
      }
    }
    if (inside) return id;
  }
  return null;
}

describe('whose land lies under a point', () => {
  it('answers as a scan of every edge does, over a grid of the world with its large countries', () => {
    const index = landIndex(world);
    let land = 0;
    for (let lat = -60; lat <= 80; lat += 1.3) {
      for (let lon = -180; lon <= 180; lon += 1.7) {
        const owner = index.ownerAt([lon, lat]);
        expect(owner, `${lon},${lat}`).toBe(ownerByScan(lon, lat));
        if (owner) land++;
      }
    }
    // Land under about a quarter of the grid: the test reaches the large rings.
    expect(land).toBeGreaterThan(4000);
  }, 60_000);
});
