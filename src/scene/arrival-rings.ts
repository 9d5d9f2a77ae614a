/**
 * Where each edge's arrowhead sits: an angular slot of a ring round its recipient (or round actors
 * too close to part), sized in CSS px.
 */
import type { Obstacle } from './bends.ts';
import { type EdgeEnds, fanAngles } from './edge-fans.ts';
import { freeDegrees, intoFree, separateRings, touchingPlans } from './ring-separation.ts';

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
export function arrivalSlots(
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
