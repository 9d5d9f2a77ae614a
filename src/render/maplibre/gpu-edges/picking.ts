/**
 * Picking without reading pixels back: the curves sampled as the vertex shader draws them, in a
 * uniform grid over Web Mercator (0..1). A pointer query visits the cells within the widest hit
 * radius and keeps the nearest visible edge within its own hit width; on a tie, the one last in the
 * scene's order (the top flows come after the edges that recede), as queryRenderedFeatures answered for the old hit layer. A readPixels per mousemove
 * would stall the pipeline, seconds under SwiftShader at 10,000 edges.
 */
import { CURVE_FLOATS, type EdgeInstances } from './instances.ts';

/** Segments per curve: the vertex shader's CURVE_SEGMENTS. */
export const CURVE_SEGMENTS = 16;
const GRID = 1024;

export class PickGrid {
  private readonly cells = new Map<number, number[]>();
  private readonly points: Float64Array;
  private maxHit = 0;

  constructor(private readonly instances: EdgeInstances) {
    const count = instances.count;
    this.points = new Float64Array(count * (CURVE_SEGMENTS + 1) * 2);
    const c = instances.curves;
    for (let slot = 0; slot < count; slot++) {
      const g = slot * CURVE_FLOATS;
      this.maxHit = Math.max(this.maxHit, instances.hitWidths[slot]!);
      for (let i = 0; i <= CURVE_SEGMENTS; i++) {
        const t = i / CURVE_SEGMENTS,
          u = 1 - t;
        const x = u * u * c[g]! + 2 * u * t * c[g + 2]! + t * t * c[g + 4]!;
        const y = u * u * c[g + 1]! + 2 * u * t * c[g + 3]! + t * t * c[g + 5]!;
        const p = (slot * (CURVE_SEGMENTS + 1) + i) * 2;
        this.points[p] = x;
        this.points[p + 1] = y;
        if (i > 0)
          this.addSegment(
            slot * CURVE_SEGMENTS + i - 1,
            this.points[p - 2]!,
            this.points[p - 1]!,
            x,
            y,
          );
      }
    }
  }

  /** Adds a segment to every cell its bounding box touches. */
  private addSegment(segment: number, x0: number, y0: number, x1: number, y1: number): void {
    const cx0 = cell(Math.min(x0, x1)),
      cx1 = cell(Math.max(x0, x1));
    const cy0 = cell(Math.min(y0, y1)),
      cy1 = cell(Math.max(y0, y1));
    for (let cx = cx0; cx <= cx1; cx++) {
      for (let cy = cy0; cy <= cy1; cy++) {
        const key = cy * GRID + cx;
        const list = this.cells.get(key);
        if (list) list.push(segment);
        else this.cells.set(key, [segment]);
      }
    }
  }

  /**
   * The edge id under a point (Mercator 0..1), given the map's world size in CSS px (MapLibre's
   * 512 × 2^zoom), or null.
   */
  pick(x: number, y: number, worldSize: number): string | null {
    const radius = this.maxHit / 2 / worldSize;
    let best = -1;
    let bestDistance = Infinity;
    const seen = new Set<number>();
    for (let cx = cell(x - radius); cx <= cell(x + radius); cx++) {
      for (let cy = cell(y - radius); cy <= cell(y + radius); cy++) {
        for (const segment of this.cells.get(cy * GRID + cx) ?? []) {
          if (seen.has(segment)) continue;
          seen.add(segment);
          const slot = Math.floor(segment / CURVE_SEGMENTS);
          if (!this.instances.visible(slot)) continue;
          const p = (slot * (CURVE_SEGMENTS + 1) + (segment % CURVE_SEGMENTS)) * 2;
          const px =
            distanceToSegment(
              x,
              y,
              this.points[p]!,
              this.points[p + 1]!,
              this.points[p + 2]!,
              this.points[p + 3]!,
            ) * worldSize;
          if (px > this.instances.hitWidths[slot]! / 2) continue;
          if (
            px < bestDistance - 0.5 ||
            (px <= bestDistance + 0.5 &&
              (best < 0 || this.instances.order[slot]! > this.instances.order[best]!))
          ) {
            best = slot;
            bestDistance = Math.min(px, bestDistance);
          }
        }
      }
    }
    return best < 0 ? null : this.instances.ids[best]!;
  }
}

function cell(v: number): number {
  return Math.max(0, Math.min(GRID - 1, Math.floor(v * GRID)));
}

function distanceToSegment(
  x: number,
  y: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): number {
  const dx = x1 - x0,
    dy = y1 - y0;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / length));
  return Math.hypot(x - (x0 + t * dx), y - (y0 + t * dy));
}
