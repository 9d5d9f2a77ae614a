/**
 * Neighbouring arrival rings kept apart: which rings' arrowheads touch, the free arcs left round a
 * ring, and the turn that separates touching arrivals.
 */
import type { Obstacle } from './bends.ts';

/** The plans of the rings whose arrowheads lie closer than `room` to another (a grid of `room` cells). */
export function touchingPlans<P>(rings: readonly (RingSlot & { plan: P })[], room: number): Set<P> {
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
export function freeDegrees(
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
export function intoFree(angles: readonly number[], free: ReadonlySet<number>): number[] {
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
export function separateRings(rings: RingSlot[], room: number, turn: boolean): void {
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
