/**
 * Edge geometry: one curved, directed edge per (from, to, layer). Curves are quadratic Béziers in
 * Web Mercator space. All edges between the same two actors bend to the same side of the straight
 * line (judged from the pair's canonical order, so A→B and B→A agree) with growing curvature,
 * so parallel edges nest instead of overlapping.
 */
import { tieEdgeId } from '../data/edge-id.ts';
import type { Tie } from '../data/types.ts';
import { chooseBendSteps, controlPoint, type BendEdge, type Obstacle } from './bends.ts';
import { fromMercator, toMercator } from './mercator.ts';
import type { LonLat } from './types.ts';

/** Curvature of the first edge of a pair (control point offset / chord length), then per extra edge. */
export const BASE_BEND = 0.16;
export const BEND_STEP = 0.14;
export const CURVE_SAMPLES = 32;

export interface EdgeGroup {
  id: string;
  from: string;
  to: string;
  layer: string;
  ties: Tie[];
}

/** Groups ties into edges, in the order of first appearance. */
export function groupTies(ties: readonly Tie[]): EdgeGroup[] {
  const groups = new Map<string, EdgeGroup>();
  for (const tie of ties) addToGroup(groups, tie, tieEdgeId(tie));
  return [...groups.values()];
}

/** Adds a tie to its edge's group in `groups` (keyed by edge id, in order of first appearance). */
export function addToGroup(groups: Map<string, EdgeGroup>, tie: Tie, id: string): void {
  let group = groups.get(id);
  if (!group) {
    group = { id, from: tie.from, to: tie.to, layer: tie.layer, ties: [] };
    groups.set(id, group);
  }
  group.ties.push(tie);
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * The bend slot of each edge among the edges of its actor pair: 0, 1, 2 … ordered by layer order,
 * then canonical direction first. Computed over *all* edges of the dataset so that toggling a
 * layer never moves the other layers' edges.
 */
export function bendSlots(
  groups: readonly EdgeGroup[],
  layerOrder: readonly string[],
): Map<string, number> {
  return runSteps(bendSlotSteps(groups, layerOrder));
}

/** Runs a generator of steps to its end (the all-at-once form of the *Steps functions). */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** bendSlots as a generator that yields between slices of edges. */
export function* bendSlotSteps(
  groups: readonly EdgeGroup[],
  layerOrder: readonly string[],
): Generator<void, Map<string, number>, void> {
  const byPair = new Map<string, EdgeGroup[]>();
  let n = 0;
  for (const group of groups) {
    const key = pairKey(group.from, group.to);
    const list = byPair.get(key) ?? [];
    list.push(group);
    byPair.set(key, list);
    if (++n % EDGES_PER_STEP === 0) yield;
  }
  const slots = new Map<string, number>();
  for (const list of byPair.values()) {
    list.sort(
      (a, b) =>
        layerOrder.indexOf(a.layer) - layerOrder.indexOf(b.layer) ||
        Number(a.from > a.to) - Number(b.from > b.to),
    );
    list.forEach((group, slot) => slots.set(group.id, slot));
    n += list.length;
    if (n % EDGES_PER_STEP < list.length) yield;
  }
  return slots;
}

export interface Curve {
  control: LonLat;
  path: LonLat[];
  arrow: { at: LonLat; bearing: number };
}

/**
 * The curve from `a` to `b` for the given slot. `canonicalForward` says whether a→b runs in the
 * pair's canonical order; the bend side is taken from the canonical direction.
 */
export function curveBetween(a: LonLat, b: LonLat, slot: number, canonicalForward: boolean): Curve {
  const p0 = toMercator(a);
  const p2 = toMercator(b);
  const dx = p2[0] - p0[0];
  const dy = p2[1] - p0[1];
  // Normal to the canonical chord (rotated 90° counter-clockwise), whatever this edge's direction.
  const sign = canonicalForward ? 1 : -1;
  const nx = -dy * sign;
  const ny = dx * sign;
  const bend = BASE_BEND + BEND_STEP * slot;
  const p1: [number, number] = [(p0[0] + p2[0]) / 2 + nx * bend, (p0[1] + p2[1]) / 2 + ny * bend];

  const path: LonLat[] = [];
  for (let i = 0; i <= CURVE_SAMPLES; i++) {
    path.push(fromMercator(bezier(p0, p1, p2, i / CURVE_SAMPLES)));
  }
  // The direction cue sits at the curve's middle, pointing along its tangent.
  const mid = bezier(p0, p1, p2, 0.5);
  const tangent = [p2[0] - p0[0], p2[1] - p0[1]]; // B'(0.5) is parallel to the chord for a quadratic
  const bearing = ((Math.atan2(tangent[0]!, tangent[1]!) * 180) / Math.PI + 360) % 360;
  return { control: fromMercator(p1), path, arrow: { at: fromMercator(mid), bearing } };
}

function bezier(
  p0: [number, number],
  p1: [number, number],
  p2: [number, number],
  t: number,
): [number, number] {
  const u = 1 - t;
  return [
    u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0],
    u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1],
  ];
}

export function isCanonicalForward(from: string, to: string): boolean {
  return from < to;
}

/** Edges at one actor leave it at least this many degrees apart (fewer when too many to fit). */
export const FAN_MIN_DEGREES = 14;
/**
 * How far from the anchor an edge stops, as a share of the default frame's larger side: the
 * recipient's end (where the arrowhead sits) stops at the actor's marker, the supplier's end just
 * outside it. At the default view of a 1280 px map that is about 20 px and 8 px.
 */
export const END_CLIP = 0.017;
export const START_CLIP = 0.007;

/**
 * Spreads the departure angles (degrees) at one actor so that neighbours are at least `min` apart,
 * keeping their order and moving them as little as possible (least squares): Jenny et al.'s
 * "spread flows radially around a node". The circle is cut at its widest gap; then, with
 * y_i = x_i − i·min, the spacing constraint is "y non-decreasing", which pool-adjacent-violators
 * solves exactly. Angles already far enough apart do not move.
 */
export function fanAngles(angles: readonly number[], min = FAN_MIN_DEGREES): number[] {
  const n = angles.length;
  if (n < 2) return [...angles];
  const gap = Math.min(min, 360 / n);
  const order = angles
    .map((a, i) => ({ i, a: ((a % 360) + 360) % 360 }))
    .sort((x, y) => x.a - y.a || x.i - y.i);
  // Start after the widest gap, so the cut lies where there is most room.
  let cut = 0;
  let widest = -1;
  for (let k = 0; k < n; k++) {
    const next = k === n - 1 ? order[0]!.a + 360 : order[k + 1]!.a;
    if (next - order[k]!.a > widest) {
      widest = next - order[k]!.a;
      cut = (k + 1) % n;
    }
  }
  const linear = order.map((_, k) => {
    const o = order[(cut + k) % n]!;
    return { i: o.i, a: o.a + (cut + k >= n ? 360 : 0) };
  });
  // Pool adjacent violators on y = a − k·gap.
  const blocks: { sum: number; count: number }[] = [];
  linear.forEach(({ a }, k) => {
    blocks.push({ sum: a - k * gap, count: 1 });
    while (
      blocks.length > 1 &&
      blocks.at(-2)!.sum / blocks.at(-2)!.count > blocks.at(-1)!.sum / blocks.at(-1)!.count
    ) {
      const last = blocks.pop()!;
      blocks.at(-1)!.sum += last.sum;
      blocks.at(-1)!.count += last.count;
    }
  });
  const result = new Array<number>(n);
  let k = 0;
  for (const block of blocks) {
    for (let j = 0; j < block.count; j++, k++) {
      const x = block.sum / block.count + k * gap;
      result[linear[k]!.i] = ((x % 360) + 360) % 360;
    }
  }
  return result;
}

/**
 * Room one arrowhead takes across, CSS px: the widest cue's chevron (render/edge-look.ts:
 * CUE_MAX_SIZE × the chevron's 32 of 48 box units) and a pixel either side.
 */
export const ARROW_ROOM_PX = 19.6;
/** Arrivals at a hub are spread at least this far apart (fewer degrees when too many to fit). */
export const ARRIVAL_MIN_DEGREES = 30;
/**
 * The arrival ring is at most this far out, CSS px (a very crowded hub's arrowheads may then
 * touch); on a world map, whose hubs crowd a register's many arrivals, further.
 */
const ARRIVAL_MAX_PX = 48;
const WORLD_ARRIVAL_MAX_PX = 64;
/**
 * The arrival ring is at least this far out, CSS px: a point actor's marker (8 px with its ring),
 * a few px of air, and the widest arrowhead's reach ahead of its centre (a third of its size).
 */
export const ARRIVAL_MIN_PX = 20;

/**
 * Where each edge's arrowhead sits (its curve's end): in an angular slot of a ring round the
 * recipient, one arrowhead a slot. Actors whose anchors lie closer than one arrowhead (Israel,
 * Gaza and the stabilisation force; on a phone Armenia and Azerbaijan) share one ring round their
 * middle, so their arrowheads never pile up between them; a wider gap gives each its own, closer
 * ring, and touching arrowheads of neighbouring rings move apart (separateRings). Arrivals keep their order round the
 * ring (fanAngles), at least ARRIVAL_MIN_DEGREES apart, and the ring is as far out as the
 * closest two need to clear each other, and never closer than ARRIVAL_MIN_PX. `pxPerUnit`: CSS px
 * per Mercator degree of the map the rings are drawn on.
 * `keepClear`: each actor's label spots, which its ring's arrivals move round it to leave free.
 */
function arrivalSlots(
  base: readonly { e: EdgeEnds; p2: [number, number]; control: [number, number] }[],
  pxPerUnit: number,
  keepClear: readonly Obstacle[],
  world: boolean,
): Map<number, [number, number]> {
  const maxPx = world ? WORLD_ARRIVAL_MAX_PX : ARRIVAL_MAX_PX;
  const clearOf = new Map<string, Obstacle[]>();
  for (const box of keepClear) {
    const list = clearOf.get(box.actor);
    if (list) list.push(box);
    else clearOf.set(box.actor, [box]);
  }

  // Anchors that take arrowheads, joined into clusters when closer than one arrowhead's room (two on a world map).
  const anchors = new Map<string, { p: [number, number]; root: string }>();
  for (const { p2 } of base) anchors.set(`${p2[0]},${p2[1]}`, { p: p2, root: `${p2[0]},${p2[1]}` });
  const find = (key: string): string => {
    let k = key;
    while (anchors.get(k)!.root !== k) k = anchors.get(k)!.root;
    anchors.get(key)!.root = k;
    return k;
  };
  const join = ((world ? 2 : 1) * ARROW_ROOM_PX) / pxPerUnit;
  // A grid of cells `join` wide: only anchors in neighbouring cells can be that close.
  const cells = new Map<string, string[]>();
  for (const [key, { p }] of anchors) {
    const cx = Math.floor(p[0] / join),
      cy = Math.floor(p[1] / join);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const other of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
          const q = anchors.get(other)!.p;
          if (Math.hypot(p[0] - q[0], p[1] - q[1]) < join)
            anchors.get(find(key))!.root = find(other);
        }
      }
    }
    const list = cells.get(`${cx},${cy}`) ?? [];
    list.push(key);
    cells.set(`${cx},${cy}`, list);
  }
  const clusters = new Map<string, { members: Set<string>; ends: number[] }>();
  base.forEach(({ p2 }, edge) => {
    const key = `${p2[0]},${p2[1]}`;
    const root = find(key);
    const cluster = clusters.get(root) ?? { members: new Set<string>(), ends: [] };
    cluster.members.add(key);
    cluster.ends.push(edge);
    clusters.set(root, cluster);
  });
  // Each cluster's ring: `plain`, and `clear` where it moves its arrivals off its labels' spots.
  type Ring = {
    ends: number[];
    centre: [number, number];
    limit: number;
    plain: { angles: number[]; radius: number };
    clear?: { angles: number[]; radius: number };
  };
  const plans: Ring[] = [];
  for (const { members, ends } of clusters.values()) {
    const points = [...members].map((k) => anchors.get(k)!.p);
    const centre: [number, number] = [
      points.reduce((a, p) => a + p[0], 0) / points.length,
      points.reduce((a, p) => a + p[1], 0) / points.length,
    ];
    const spread = Math.max(...points.map((p) => Math.hypot(p[0] - centre[0], p[1] - centre[1])));
    const natural = ends.map((edge) => {
      const { control } = base[edge]!;
      return (Math.atan2(control[1] - centre[1], control[0] - centre[0]) * 180) / Math.PI;
    });
    const angles = fanAngles(natural, Math.min(ARRIVAL_MIN_DEGREES, 360 / ends.length));
    // The ring clears the two closest arrowheads, and lies outside the cluster's own anchors.
    const ringRadius = (list: readonly number[]): number =>
      Math.max(ARRIVAL_MIN_PX, Math.min(maxPx, clearingPx(list))) / pxPerUnit + spread;
    const plan: Ring = {
      ends,
      centre,
      limit: spread + (1.5 * maxPx) / pxPerUnit,
      plain: { angles, radius: ringRadius(angles) },
    };
    // The cluster's own labels keep their spots: arrivals move round the ring, off the labels' side.
    const labels = [...new Set(ends.map((edge) => base[edge]?.e.toActor))].flatMap((actor) =>
      actor === undefined ? [] : (clearOf.get(actor) ?? []),
    );
    const free =
      labels.length > 0
        ? freeDegrees(centre, plan.plain.radius, labels, ARROW_ROOM_PX / 2 / pxPerUnit)
        : null;
    if (free && angles.some((a) => !free.has(Math.floor(((a % 360) + 360) % 360)))) {
      const moved = intoFree(angles, free);
      // Closer arrivals need a ring further out; further out, a label beside the anchor covers fewer degrees of it.
      plan.clear = { angles: moved, radius: Math.max(plan.plain.radius, ringRadius(moved)) };
    }
    plans.push(plan);
  }
  // A ring that, moved off its labels, leaves an arrowhead touching another's keeps its plain
  // slots; one ring gives way a pass, so its neighbour may keep its labels' spots free.
  const room = ARROW_ROOM_PX / pxPerUnit;
  const place = (moved: boolean) => {
    const out = plans.flatMap((plan) => {
      const { angles, radius } = (moved ? plan.clear : undefined) ?? plan.plain;
      return plan.ends.map((edge, k) => {
        const a = ((angles[k] ?? 0) * Math.PI) / 180;
        return {
          edge,
          centre: plan.centre,
          dx: Math.cos(a),
          dy: Math.sin(a),
          radius,
          limit: plan.limit,
          plan,
        };
      });
    });
    separateRings(out, room, !world);
    return out;
  };
  // Rings that touch with plain slots too are no reason for a moved ring to give way.
  const plainTouching = plans.some((plan) => plan.clear)
    ? touchingPlans(place(false), room)
    : new Set<Ring>();
  let rings = place(true);
  for (let pass = 0; pass < 8; pass++) {
    if (pass > 0) rings = place(true);
    // The rings that touch only because some moved (pushed outwards, one ring moves the next).
    const touching = [...touchingPlans(rings, room)].filter((plan) => !plainTouching.has(plan));
    const near = (a: Ring, b: Ring) =>
      Math.hypot(a.centre[0] - b.centre[0], a.centre[1] - b.centre[1]) < a.limit + b.limit;
    // One ring a pass gives way: a touching ring moved off its labels, else the moved ring nearest
    // the touching ones; of two alike, the one with fewer arrivals.
    const gap = (plan: Ring) =>
      Math.min(
        ...touching.map((t) =>
          Math.hypot(t.centre[0] - plan.centre[0], t.centre[1] - plan.centre[1]),
        ),
      );
    const retry = plans
      .filter((plan) => plan.clear !== undefined && touching.some((t) => near(t, plan)))
      .map((plan) => ({ plan, gap: gap(plan) }))
      .sort((a, b) => a.gap - b.gap || a.plan.ends.length - b.plan.ends.length)
      .slice(0, 1)
      .map(({ plan }) => plan);
    if (retry.length === 0) break;
    for (const plan of retry) delete plan.clear;
    if (pass === 7) rings = place(true);
  }
  return new Map(
    rings.map((r) => [r.edge, [r.centre[0] + r.dx * r.radius, r.centre[1] + r.dy * r.radius]]),
  );
}

/** How far out (CSS px) a ring must lie for the two closest of these arrivals (degrees) to clear each other. */
function clearingPx(angles: readonly number[]): number {
  if (angles.length < 2) return 0;
  const sorted = [...angles].sort((a, b) => a - b);
  let closest = 360;
  sorted.forEach((a, k) => {
    closest = Math.min(closest, (sorted[k + 1] ?? (sorted[0] ?? a) + 360) - a);
  });
  return ARROW_ROOM_PX / (2 * Math.sin((Math.min(closest, 180) * Math.PI) / 360));
}

/** The plans of the rings whose arrowheads lie closer than `room` to another (a grid of `room` cells). */
function touchingPlans<P>(rings: readonly (RingSlot & { plan: P })[], room: number): Set<P> {
  const cells = new Map<string, (RingSlot & { plan: P })[]>();
  const out = new Set<P>();
  for (const ring of rings) {
    const x = ring.centre[0] + ring.dx * ring.radius,
      y = ring.centre[1] + ring.dy * ring.radius;
    const cx = Math.floor(x / room),
      cy = Math.floor(y / room);
    for (let i = -1; i <= 1; i++) {
      for (let j = -1; j <= 1; j++) {
        for (const other of cells.get(`${cx + i},${cy + j}`) ?? []) {
          if (
            Math.hypot(
              x - other.centre[0] - other.dx * other.radius,
              y - other.centre[1] - other.dy * other.radius,
            ) < room
          ) {
            out.add(ring.plan);
            out.add(other.plan);
          }
        }
      }
    }
    const key = `${cx},${cy}`;
    const list = cells.get(key);
    if (list) list.push(ring);
    else cells.set(key, [ring]);
  }
  return out;
}

/** The whole degrees of a ring round `centre` whose arrowhead (`half` its room) would touch none of `boxes`; null when most of the ring is covered. */
function freeDegrees(
  centre: readonly [number, number],
  radius: number,
  boxes: readonly Obstacle[],
  half: number,
): Set<number> | null {
  const free = new Set<number>();
  for (let d = 0; d < 360; d++) {
    const x = centre[0] + Math.cos((d * Math.PI) / 180) * radius,
      y = centre[1] + Math.sin((d * Math.PI) / 180) * radius;
    if (
      !boxes.some((b) => x > b.x0 - half && x < b.x1 + half && y > b.y0 - half && y < b.y1 + half)
    )
      free.add(d);
  }
  return free.size >= 90 && free.size < 360 ? free : null;
}

/**
 * Angles (degrees) moved into the free degrees of a ring, keeping their order round it: the ring
 * from the end of a covered stretch, shrunk onto the free degrees (spacing shrinks by their share).
 */
function intoFree(angles: readonly number[], free: ReadonlySet<number>): number[] {
  let origin = 0;
  for (let d = 0; d < 360; d++)
    if (free.has(d) && !free.has((d + 359) % 360)) {
      origin = d;
      break;
    }
  const list: number[] = [];
  for (let k = 0; k < 360; k++) if (free.has((origin + k) % 360)) list.push((origin + k) % 360);
  return angles.map((a) => {
    const share = ((((a - origin) % 360) + 360) % 360) / 360;
    return (list[Math.min(list.length - 1, Math.floor(share * list.length))] ?? origin) + 0.5;
  });
}

/** An arrowhead on its ring: `limit` is as far out as it may move (it stays by its actor). */
interface RingSlot {
  edge: number;
  centre: [number, number];
  dx: number;
  dy: number;
  radius: number;
  limit: number;
}

/**
 * Neighbouring hubs' rings may cross (Armenia's and Azerbaijan's): an arrowhead closer than
 * `room` to another moves out along its own spoke until it clears it, never past its limit (a
 * few passes; each pass tests only arrowheads in neighbouring grid cells). Where more arrowheads
 * crowd than rings of that size hold (a world register's Europe on a phone) some still touch.
 */
function separateRings(rings: RingSlot[], room: number, turn: boolean): void {
  const at = (r: RingSlot): [number, number] => [
    r.centre[0] + r.dx * r.radius,
    r.centre[1] + r.dy * r.radius,
  ];
  // Few enough arrowheads to try, for each that touches, spots round its own ring too.
  const turns = turn && rings.length <= TURN_MAX_ARRIVALS ? TURN_DEGREES : [0];
  for (let pass = 0; pass < 8; pass++) {
    const cells = new Map<string, RingSlot[]>();
    const nearest = (x: number, y: number): number => {
      const cx = Math.floor(x / room),
        cy = Math.floor(y / room);
      let best = Infinity;
      for (let i = -1; i <= 1; i++) {
        for (let j = -1; j <= 1; j++) {
          for (const other of cells.get(`${cx + i},${cy + j}`) ?? []) {
            const [ox, oy] = at(other);
            best = Math.min(best, Math.hypot(x - ox, y - oy));
          }
        }
      }
      return best;
    };
    let moved = false;
    for (const ring of rings) {
      if (turns.length === 1) {
        // Out along its spoke until no arrowhead placed before it in this pass lies within `room`.
        for (let step = 0; step < 8; step++) {
          const [x, y] = at(ring);
          const near = nearest(x, y);
          if (near >= room || ring.radius >= ring.limit) break;
          ring.radius = Math.min(ring.limit, ring.radius + room - near + room * 0.05);
          moved = true;
        }
      } else if (nearest(...at(ring)) < room && ring.radius < ring.limit) {
        // The nearest free spot: out along its spoke, or turned a little round its ring (two
        // facing rings pushed out along their spokes would only meet further out).
        const angle = Math.atan2(ring.dy, ring.dx);
        // Where none is free, the spot furthest from the others.
        let best: { radius: number; angle: number; cost: number } | null = null;
        let roomiest = { radius: ring.limit, angle, clear: 0 };
        for (let r = ring.radius; r <= ring.limit + 1e-12; r += room / 4) {
          for (const turn of turns) {
            const a = angle + (turn * Math.PI) / 180;
            const cost = Math.hypot(r - ring.radius, (turn * Math.PI * ring.radius) / 180);
            if (best && cost >= best.cost) continue;
            const clear = nearest(
              ring.centre[0] + Math.cos(a) * r,
              ring.centre[1] + Math.sin(a) * r,
            );
            if (clear >= room) best = { radius: r, angle: a, cost };
            else if (!best && clear > roomiest.clear) roomiest = { radius: r, angle: a, clear };
          }
          if (best && best.cost <= r - ring.radius) break;
        }
        const to = best ?? roomiest;
        ring.radius = to.radius;
        ring.dx = Math.cos(to.angle);
        ring.dy = Math.sin(to.angle);
        moved = true;
      }
      const [nx, ny] = at(ring);
      const key = `${Math.floor(nx / room)},${Math.floor(ny / room)}`;
      const list = cells.get(key) ?? [];
      list.push(ring);
      cells.set(key, list);
    }
    if (!moved) return;
  }
}

/** Up to this many arrivals, a touching arrowhead may also turn round its ring by these degrees. */
const TURN_MAX_ARRIVALS = 1500;
const TURN_DEGREES = [
  0,
  ...Array.from({ length: 10 }, (_, k) => [-(k + 1) * 6, (k + 1) * 6]).flat(),
];

export interface EdgeEnds {
  id: string;
  /** The actors it connects (an edge may pass over its own actors' markers and labels, no other's). */
  fromActor: string;
  toActor: string;
  from: LonLat;
  to: LonLat;
  slot: number;
  canonicalForward: boolean;
}

/**
 * The curves of all edges, bent clear of the actors in `obstacles` they do not connect and away
 * from acute crossings (bends.ts), fanned at shared actors and clipped at both ends. `span` is the
 * default frame's larger side in Mercator degrees (the clip distances are shares of it). Computed
 * over every edge of the dataset, so toggling a layer moves no other edge.
 */
export function fannedCurves(
  edges: readonly EdgeEnds[],
  span: number,
  obstacles: readonly Obstacle[] = [],
  pxPerUnit = 0,
  keepClear: readonly Obstacle[] = [],
): Map<string, Curve> {
  return runSteps(fannedCurveSteps(edges, span, obstacles, pxPerUnit, keepClear));
}

/** Edges handled between two yields of fannedCurveSteps. */
const EDGES_PER_STEP = 250;

/**
 * Each edge's bent, fanned course without its recipient's end: where it starts (fanned round its
 * supplier), its control point, its recipient's anchor and its plain end there. The ends on a
 * hub's rings depend on the map's scale (arrivalEnds); this part does not.
 */
export interface FannedEdges {
  span: number;
  edges: readonly EdgeEnds[];
  base: { e: EdgeEnds; p0: [number, number]; p2: [number, number]; control: [number, number] }[];
  start: [number, number][];
  plainEnd: [number, number][];
}

/** The scale-free part of fannedCurveSteps: bends, then the fanned ends at each anchor. */
export function* fannedEdgeSteps(
  edges: readonly EdgeEnds[],
  span: number,
  obstacles: readonly Obstacle[] = [],
): Generator<void, FannedEdges, void> {
  const bendEdges: BendEdge[] = [];
  for (const e of edges) {
    bendEdges.push({
      id: e.id,
      from: e.fromActor,
      to: e.toActor,
      p0: toMercator(e.from),
      p2: toMercator(e.to),
      bend: BASE_BEND + BEND_STEP * e.slot,
      sign: e.canonicalForward ? 1 : -1,
    });
    if (bendEdges.length % EDGES_PER_STEP === 0) yield;
  }
  const choices = yield* chooseBendSteps(bendEdges, (e) => pairKey(e.from, e.to), obstacles);
  yield;
  const base = bendEdges.map((b, i) => ({
    e: edges[i]!,
    p0: b.p0,
    p2: b.p2,
    control: controlPoint(b, choices.get(b.id) ?? { flip: false, raise: 0 }),
  }));
  // Departure angles at each end, grouped by the anchor they leave (an actor's anchor is its key).
  type End = { edge: number; which: 0 | 2; angle: number };
  const atAnchor = new Map<string, End[]>();
  for (let edge = 0; edge < base.length; edge++) {
    const { p0, p2, control } = base[edge]!;
    for (const [which, p] of [
      [0, p0],
      [2, p2],
    ] as const) {
      const key = `${p[0]},${p[1]}`;
      const angle = (Math.atan2(control[1] - p[1], control[0] - p[0]) * 180) / Math.PI;
      const list = atAnchor.get(key) ?? [];
      list.push({ edge, which, angle });
      atAnchor.set(key, list);
    }
    if ((edge + 1) % EDGES_PER_STEP === 0) yield;
  }
  const fanned = new Map<string, number>();
  let done = 0;
  for (const ends of atAnchor.values()) {
    const spread = fanAngles(ends.map((end) => end.angle));
    ends.forEach((end, k) => fanned.set(`${end.edge}:${end.which}`, spread[k]!));
    done += ends.length;
    if (done % EDGES_PER_STEP < ends.length) yield; // a hub's ends are fanned in one go
  }
  const at = (
    edge: number,
    p: [number, number],
    which: 0 | 2,
    radius: number,
  ): [number, number] => {
    const a = (fanned.get(`${edge}:${which}`)! * Math.PI) / 180;
    return [p[0] + Math.cos(a) * radius, p[1] + Math.sin(a) * radius];
  };
  const start = base.map(({ p0 }, edge) => at(edge, p0, 0, START_CLIP * span));
  const plainEnd = base.map(({ p2 }, edge) => at(edge, p2, 2, END_CLIP * span));
  return { span, edges, base, start, plainEnd };
}

/**
 * The curves of fanned edges whose arrowheads sit in slots on rings round their recipients, the
 * rings sized for a map drawn at `pxPerUnit` CSS px per Mercator degree (0: plain ends). `world`:
 * the map shows the world (its rings keep further out, and their arrowheads only move out).
 */
export function* arrivalCurveSteps(
  fanned: FannedEdges,
  pxPerUnit: number,
  keepClear: readonly Obstacle[] = [],
  world = false,
): Generator<void, Map<string, Curve>, void> {
  const { base, start, plainEnd } = fanned;
  const arrivals = pxPerUnit > 0 ? arrivalSlots(base, pxPerUnit, keepClear, world) : null;
  yield;
  const curves = new Map<string, Curve>();
  for (let edge = 0; edge < base.length; edge++) {
    const { e, p2, control } = base[edge]!;
    const end = arrivals?.get(edge) ?? plainEnd[edge]!;
    const path: LonLat[] = [];
    for (let i = 0; i <= CURVE_SAMPLES; i++)
      path.push(fromMercator(bezier(start[edge]!, control, end, i / CURVE_SAMPLES)));
    // The arrowhead sits at the recipient's end, along the curve's tangent there (B'(1) ∝ end − control);
    // on a hub's ring it points at its own recipient, so a slot never reads as a neighbour's.
    const towards = arrivals?.has(edge)
      ? [p2[0] - end[0], p2[1] - end[1]]
      : [end[0] - control[0], end[1] - control[1]];
    const bearing = ((Math.atan2(towards[0]!, towards[1]!) * 180) / Math.PI + 360) % 360;
    curves.set(e.id, {
      control: fromMercator(control),
      path,
      arrow: { at: fromMercator(end), bearing },
    });
    if ((edge + 1) % EDGES_PER_STEP === 0) yield;
  }
  return curves;
}

/**
 * fannedCurves as a generator that yields between slices of edges (a caller may give the event loop a turn).
 * `keepClear`: boxes (Mercator) that a recipient's arrival ring leaves free, each its actor's: where its label goes.
 */
export function* fannedCurveSteps(
  edges: readonly EdgeEnds[],
  span: number,
  obstacles: readonly Obstacle[] = [],
  pxPerUnit = 0,
  keepClear: readonly Obstacle[] = [],
): Generator<void, Map<string, Curve>, void> {
  const fanned = yield* fannedEdgeSteps(edges, span, obstacles);
  return yield* arrivalCurveSteps(fanned, pxPerUnit, keepClear);
}
