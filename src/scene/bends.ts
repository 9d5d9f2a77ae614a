/**
 * Which way, and how far, each actor pair's edges bend (Jenny et al. 2018: "never route a flow
 * under a node it does not connect", "avoid acute crossings"). Every edge starts on its default
 * side (edge-curves.ts: the canonical chord's left) at its slot's curvature; a small deterministic
 * search then tries, per actor pair, the other side and a few raised bends, and keeps the choice
 * that passes over the fewest markers and labels of actors the edge does not connect, then has
 * the fewest acute crossings, then bends least. All edges of one pair take the same choice, so
 * parallel edges still nest. Geometry is Web Mercator; the obstacles (actor markers and labels)
 * come from obstacles.ts.
 */
type XY = [number, number];

/** Extra curvature (control offset / chord) a pair may take on top of its slot's: the bound on "raise the bend". */
export const RAISES = [0, 0.1, 0.2, 0.32, 0.45] as const;
/** Crossings are searched only up to this many edges (quadratic in edges: the shipped 36 edges take about 25 ms). */
export const CROSSING_SEARCH_MAX_EDGES = 60;
/** Foreign actors are cleared up to this many edges (edges × actors × options: about 50 ms at 300 edges and 120 actors on a quiet machine). */
export const CLEARANCE_MAX_EDGES = 300;

/** Costs: a foreign actor passed over outweighs any number of raises; an acute crossing outweighs a right-angle one. */
const NODE_COST = 4;
const ACUTE_COST = 1;
const CROSSING_COST = 0.15;
const RAISE_COST = 1.5;
const FLIP_COST = 0.1;
const ACUTE_DEGREES = 30;
/** Segments of the polyline a candidate curve is tested with; the ends (fanned and clipped later) are left out. */
const SEGMENTS = 16;
const T_START = 0.04;

export interface BendEdge {
  id: string;
  from: string;
  to: string;
  p0: XY;
  p2: XY;
  /** The slot's curvature, and the default side (+1: left of the canonical chord). */
  bend: number;
  sign: 1 | -1;
}

/** A rectangle an edge must not cross unless it connects `actor` (its marker, its label). */
export interface Obstacle {
  actor: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** The box is the actor's label (else its marker). */
  label?: true;
}

export interface BendChoice {
  flip: boolean;
  raise: number;
}

interface Option extends BendChoice {
  penalty: number;
}

const OPTIONS: Option[] = [false, true].flatMap((flip) =>
  RAISES.map((raise) => ({ flip, raise, penalty: raise * RAISE_COST + (flip ? FLIP_COST : 0) })),
);

export function controlPoint(e: BendEdge, choice: BendChoice): XY {
  const dx = e.p2[0] - e.p0[0];
  const dy = e.p2[1] - e.p0[1];
  const k = e.sign * (choice.flip ? -1 : 1) * (e.bend + choice.raise);
  return [(e.p0[0] + e.p2[0]) / 2 - dy * k, (e.p0[1] + e.p2[1]) / 2 + dx * k];
}

interface Polyline {
  pts: XY[];
  box: [number, number, number, number];
}

function polyline(e: BendEdge, c: XY): Polyline {
  const pts: XY[] = [];
  let box: Polyline['box'] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i <= SEGMENTS; i++) {
    const t = T_START + ((1 - 2 * T_START) * i) / SEGMENTS;
    const u = 1 - t;
    const p: XY = [
      u * u * e.p0[0] + 2 * u * t * c[0] + t * t * e.p2[0],
      u * u * e.p0[1] + 2 * u * t * c[1] + t * t * e.p2[1],
    ];
    pts.push(p);
    box = [
      Math.min(box[0], p[0]),
      Math.min(box[1], p[1]),
      Math.max(box[2], p[0]),
      Math.max(box[3], p[1]),
    ];
  }
  return { pts, box };
}

/** Whether the segment a–b meets the box (Liang–Barsky clipping). */
export function segmentHitsBox(
  a: XY,
  b: XY,
  o: Pick<Obstacle, 'x0' | 'y0' | 'x1' | 'y1'>,
): boolean {
  let t0 = 0,
    t1 = 1;
  const dx = b[0] - a[0],
    dy = b[1] - a[1];
  const sides: [number, number][] = [
    [-dx, a[0] - o.x0],
    [dx, o.x1 - a[0]],
    [-dy, a[1] - o.y0],
    [dy, o.y1 - a[1]],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/** How many foreign actors the polyline passes over (each actor once, however many of its boxes). */
function foreignHits(e: BendEdge, line: Polyline, obstacles: readonly Obstacle[]): number {
  const hit = new Set<string>();
  const [bx0, by0, bx1, by1] = line.box;
  for (const o of obstacles) {
    if (o.actor === e.from || o.actor === e.to || hit.has(o.actor)) continue;
    if (o.x1 < bx0 || o.x0 > bx1 || o.y1 < by0 || o.y0 > by1) continue;
    for (let i = 1; i < line.pts.length; i++) {
      if (segmentHitsBox(line.pts[i - 1]!, line.pts[i]!, o)) {
        hit.add(o.actor);
        break;
      }
    }
  }
  return hit.size;
}

const SIN_ACUTE = Math.sin((ACUTE_DEGREES * Math.PI) / 180);

/** The cost of the crossings between two polylines: each one, more when acute. */
function crossingCost(p: Polyline, q: Polyline): number {
  if (p.box[2] < q.box[0] || p.box[0] > q.box[2] || p.box[3] < q.box[1] || p.box[1] > q.box[3])
    return 0;
  let cost = 0;
  for (let i = 1; i < p.pts.length; i++) {
    const a = p.pts[i - 1]!,
      b = p.pts[i]!;
    // This segment's box against the other line's: most segment pairs end here.
    const ax0 = Math.min(a[0], b[0]),
      ax1 = Math.max(a[0], b[0]),
      ay0 = Math.min(a[1], b[1]),
      ay1 = Math.max(a[1], b[1]);
    if (ax1 < q.box[0] || ax0 > q.box[2] || ay1 < q.box[1] || ay0 > q.box[3]) continue;
    const rx = b[0] - a[0],
      ry = b[1] - a[1];
    for (let j = 1; j < q.pts.length; j++) {
      const c = q.pts[j - 1]!,
        d = q.pts[j]!;
      if (
        (c[0] < ax0 && d[0] < ax0) ||
        (c[0] > ax1 && d[0] > ax1) ||
        (c[1] < ay0 && d[1] < ay0) ||
        (c[1] > ay1 && d[1] > ay1)
      )
        continue;
      const sx = d[0] - c[0],
        sy = d[1] - c[1];
      const den = rx * sy - ry * sx;
      if (den === 0) continue;
      const t = ((c[0] - a[0]) * sy - (c[1] - a[1]) * sx) / den;
      const u = ((c[0] - a[0]) * ry - (c[1] - a[1]) * rx) / den;
      if (t < 0 || t >= 1 || u < 0 || u >= 1) continue;
      const sin = Math.abs(den) / (Math.hypot(rx, ry) * Math.hypot(sx, sy));
      cost += CROSSING_COST + (sin < SIN_ACUTE ? ACUTE_COST : 0);
    }
  }
  return cost;
}

/**
 * Each edge's bend: the pairs (edges grouped by `pairOf`) are visited in order, each taking the
 * option cheapest against the others' current choices, for a few passes or until none changes.
 * Deterministic: the same edges in the same order give the same bends. A generator that yields
 * after each pair, so a caller on the main thread may give the event loop a turn (on a phone the
 * search over the shipped dataset's 36 edges was one 20–30 ms step of the scene's preparation).
 */
export function* chooseBendSteps(
  edges: readonly BendEdge[],
  pairOf: (e: BendEdge) => string,
  obstacles: readonly Obstacle[],
): Generator<void, Map<string, BendChoice>, void> {
  const choices = new Map<string, BendChoice>();
  const keep: BendChoice = OPTIONS[0]!;
  if (edges.length > CLEARANCE_MAX_EDGES) return choices;
  const crossings = edges.length <= CROSSING_SEARCH_MAX_EDGES;
  const pairs = new Map<string, number[]>();
  edges.forEach((e, i) => {
    const key = pairOf(e);
    pairs.set(key, [...(pairs.get(key) ?? []), i]);
  });
  // Candidate polylines per edge and option, built when first needed.
  const lines: (Polyline | undefined)[][] = edges.map(() => []);
  const lineOf = (i: number, o: number) =>
    (lines[i]![o] ??= polyline(edges[i]!, controlPoint(edges[i]!, OPTIONS[o]!)));
  const hits: (number | undefined)[][] = edges.map(() => []);
  const hitsOf = (i: number, o: number) =>
    (hits[i]![o] ??= foreignHits(edges[i]!, lineOf(i, o), obstacles));
  const current = new Int32Array(edges.length); // option index per edge
  // Crossing costs by (edge, option) pair, both orders: a later pass, and a pair weighing its
  // options against an edge whose choice did not change, ask for the same ones again.
  const crossingMemo = new Map<number, number>();
  const crossingOf = (i: number, o: number, j: number, oj: number) => {
    const a = i * OPTIONS.length + o,
      b = j * OPTIONS.length + oj;
    const key =
      a < b ? a * edges.length * OPTIONS.length + b : b * edges.length * OPTIONS.length + a;
    let cost = crossingMemo.get(key);
    if (cost === undefined)
      crossingMemo.set(key, (cost = crossingCost(lineOf(i, o), lineOf(j, oj))));
    return cost;
  };

  const passes = crossings ? 3 : 1;
  for (let pass = 0; pass < passes; pass++) {
    let changed = false;
    for (const members of pairs.values()) {
      let best = -1,
        bestCost = Infinity;
      for (let o = 0; o < OPTIONS.length; o++) {
        let cost = OPTIONS[o]!.penalty;
        for (const i of members) {
          cost += NODE_COST * hitsOf(i, o);
          if (cost >= bestCost) break;
          if (!crossings) continue;
          for (let j = 0; j < edges.length; j++) {
            if (members.includes(j)) continue;
            cost += crossingOf(i, o, j, current[j]!);
            if (cost >= bestCost) break;
          }
        }
        // Without crossings to weigh, a clear default needs no other option.
        if (cost < bestCost) [best, bestCost] = [o, cost];
        if (!crossings && o === 0 && cost === 0) break;
      }
      for (const i of members) {
        if (current[i] !== best) changed = true;
        current[i] = best;
      }
      yield;
    }
    if (!changed) break;
  }
  edges.forEach((e, i) => {
    const option = OPTIONS[current[i]!]!;
    if (option !== keep) choices.set(e.id, { flip: option.flip, raise: option.raise });
  });
  return choices;
}
