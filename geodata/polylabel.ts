/**
 * Pole of inaccessibility of a planar polygon: the interior point farthest from its
 * boundary, found to within `precision` by quadtree search (the polylabel algorithm,
 * after Mapbox's, written here so the build needs no extra package).
 *
 * Coordinates are plain planar [x, y]; the caller chooses the plane (geodata/build.ts
 * uses longitude scaled by cos(latitude) against latitude).
 */

type Point = readonly [number, number];

interface Cell {
  x: number;
  y: number;
  /** Half the cell's side. */
  h: number;
  /** Signed distance from the cell's centre to the polygon (positive inside). */
  d: number;
  /** Upper bound on the distance of any point in the cell. */
  max: number;
}

/** Signed distance from (x, y) to the polygon's boundary: positive inside, negative outside (even–odd rule). */
export function signedDistance(
  x: number,
  y: number,
  polygon: readonly (readonly Point[])[],
): number {
  let inside = false;
  let min = Infinity;
  for (const ring of polygon) {
    for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0])
        inside = !inside;
      min = Math.min(min, segmentDistanceSq(x, y, a, b));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(min);
}

function segmentDistanceSq(px: number, py: number, a: Point, b: Point): number {
  let x = a[0];
  let y = a[1];
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b[0];
      y = b[1];
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

function cell(x: number, y: number, h: number, polygon: readonly (readonly Point[])[]): Cell {
  const d = signedDistance(x, y, polygon);
  return { x, y, h, d, max: d + h * Math.SQRT2 };
}

/** A max-heap on `max`, ties broken by insertion order so the search is deterministic. */
class CellQueue {
  private readonly items: { cell: Cell; seq: number }[] = [];
  private seq = 0;

  get size(): number {
    return this.items.length;
  }

  push(c: Cell): void {
    const items = this.items;
    items.push({ cell: c, seq: this.seq++ });
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): Cell | undefined {
    const items = this.items;
    if (items.length === 0) return undefined;
    const top = items[0]!.cell;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < items.length && this.before(l, best)) best = l;
        if (r < items.length && this.before(r, best)) best = r;
        if (best === i) break;
        [items[i], items[best]] = [items[best]!, items[i]!];
        i = best;
      }
    }
    return top;
  }

  private before(i: number, j: number): boolean {
    const a = this.items[i]!;
    const b = this.items[j]!;
    return a.cell.max > b.cell.max || (a.cell.max === b.cell.max && a.seq < b.seq);
  }
}

/** Area-weighted centroid of the outer ring (a good first guess). */
function centroidCell(polygon: readonly (readonly Point[])[]): Cell {
  const ring = polygon[0]!;
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    const f = a[0] * b[1] - b[0] * a[1];
    x += (a[0] + b[0]) * f;
    y += (a[1] + b[1]) * f;
    area += f * 3;
  }
  if (area === 0) return cell(ring[0]![0], ring[0]![1], 0, polygon);
  return cell(x / area, y / area, 0, polygon);
}

/**
 * The pole of inaccessibility of `polygon` (rings, even–odd rule) and its
 * distance to the boundary.
 */
export function polylabel(
  polygon: readonly (readonly Point[])[],
  precision: number,
): { point: [number, number]; distance: number } {
  // The search area is the bbox of all rings, not just the first: world-atlas draws
  // Antarctica as a tiny ring round the South Pole with the coast as its "hole".
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const ring of polygon) {
    for (const [x, y] of ring) {
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
  }
  const width = maxX - minX;
  const height = maxY - minY;
  const size = Math.min(width, height);
  if (size === 0) return { point: [minX, minY], distance: 0 };
  const h = size / 2;

  const queue = new CellQueue();
  for (let x = minX; x < maxX; x += size) {
    for (let y = minY; y < maxY; y += size) queue.push(cell(x + h, y + h, h, polygon));
  }

  let best = centroidCell(polygon);
  const boxCell = cell(minX + width / 2, minY + height / 2, 0, polygon);
  if (boxCell.d > best.d) best = boxCell;

  for (let c = queue.pop(); c !== undefined; c = queue.pop()) {
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const q = c.h / 2;
    queue.push(cell(c.x - q, c.y - q, q, polygon));
    queue.push(cell(c.x + q, c.y - q, q, polygon));
    queue.push(cell(c.x - q, c.y + q, q, polygon));
    queue.push(cell(c.x + q, c.y + q, q, polygon));
  }
  return { point: [best.x, best.y], distance: best.d };
}
