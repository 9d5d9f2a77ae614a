/**
 * The CPU side of the GPU edge layer: one instance slot per edge id ever drawn, in three arrays
 * that go to three GPU buffers of different lifetimes:
 * - geometry (anchors and control point, Web Mercator 0..1 relative to `origin`): written when an
 *   edge first appears or its curve changes; a layer toggle, focus or as-of step never touches it;
 * - look (stroke, rails, dash, halo, cue, colour, all from edge-look.ts): written when an edge's
 *   figures, stance or colour change (a merged edge under an as-of step);
 * - state (visible, opacity, halo opacity: 4 bytes an edge): what toggles and focus change.
 * Each array keeps the slot range changed since the last upload, so an update sends only that
 * range (`bufferSubData`). Pure: no WebGL here, so it is tested in node.
 */
import { edgeLook, type EdgeLook } from '../../edge-look.ts';
import { parseColour, type Rgba } from './colour.ts';
import { toMercator } from '../../../scene/mercator.ts';
import type { LonLat, Scene, SceneEdge } from '../../../scene/types.ts';

/**
 * Three RGBA32F texels an edge: (p0, p1), (p2, the cue's point), (the cue's direction as a unit
 * Mercator vector, 0, 0): the cue is the scene's `arrow`, as the SVG renderer draws it.
 */
export const GEOMETRY_FLOATS = 12;
/**
 * stroke width, rail, gap, dash on, dash off, halo width, cue size, and flags: 1 the cue's bar
 * (adversarial), 2 round caps (a tentative edge's dashes are dots).
 */
export const LOOK_FLOATS = 8;
/** The flag bits of the look's last float. */
export const LOOK_BAR = 1;
export const LOOK_ROUND = 2;
export const COLOUR_BYTES = 4;
/** The scene values a slot's geometry is written from: first point, control, last point, arrow point, bearing. */
const GEOMETRY_SOURCE = 9;
/** p0, p1, p2 of each curve in doubles, for picking. */
export const CURVE_FLOATS = 6;
/** visible, opacity, halo opacity, unused: normalised bytes. */
export const STATE_BYTES = 4;

/** Web Mercator as MapLibre draws it: x and y in 0..1 from the north-west corner of the world. */
export function mercatorUnit(point: LonLat): [number, number] {
  const [x, y] = toMercator(point);
  return [(x + 180) / 360, (180 - y) / 360];
}

/** A changed range of slots, [start, end). Empty when start >= end. */
export class Dirty {
  start = Infinity;
  end = -Infinity;
  mark(slot: number): void {
    if (slot < this.start) this.start = slot;
    if (slot + 1 > this.end) this.end = slot + 1;
  }
  get empty(): boolean {
    return this.start >= this.end;
  }
  clear(): void {
    this.start = Infinity;
    this.end = -Infinity;
  }
}

export class EdgeInstances {
  /** Centre of the first scene's edges: the shader draws relative to it (no Float32 jitter at high zoom). */
  origin: [number, number] = [0.5, 0.5];
  geometry = new Float32Array(0);
  look = new Float32Array(0);
  colour = new Uint8Array(0);
  state = new Uint8Array(0);
  /** Edge id of each slot, and the slot of each id. */
  ids: string[] = [];
  readonly slots = new Map<string, number>();
  /** The curve of each slot in Mercator 0..1, absolute (picking works in doubles). */
  curves = new Float64Array(0);
  /** The pointer target width of each slot, CSS px. */
  hitWidths = new Float32Array(0);
  /** Each slot's place in the current scene's edge order (later is on top), for picking. */
  order = new Uint32Array(0);
  readonly dirtyGeometry = new Dirty();
  readonly dirtyLook = new Dirty();
  readonly dirtyState = new Dirty();
  /** Set when the arrays were reallocated: every buffer must be sent whole. */
  resized = true;
  /** Bumped when any curve changes (the picking grid is rebuilt lazily). */
  geometryVersion = 0;
  /** What each slot's geometry and look were written from, to tell a change without strings. */
  private geometrySource = new Float64Array(0);
  private lookSource = new Float64Array(0);
  private colourSource: string[] = [];
  /** The path, control and arrow each slot was last given: scenes of one dataset share their curves, so most checks end at these. */
  private curveSource: (readonly [readonly LonLat[], LonLat, SceneEdge['arrow']] | undefined)[] =
    [];
  /** A map has a handful of colours and thousands of edges. */
  private readonly parsedColours = new Map<string, Rgba>();
  /** Which slots the scene being taken holds: `mark[slot] === epoch`. */
  private mark = new Uint32Array(0);
  private epoch = 0;

  get count(): number {
    return this.ids.length;
  }

  get capacity(): number {
    return this.state.length / STATE_BYTES;
  }

  /**
   * Takes a scene's edges: returns whether anything drawn changed. Edges absent from the scene
   * keep their slot, hidden, so showing them again uploads 4 bytes each, not their geometry.
   */
  update(scene: Scene): boolean {
    const edges = scene.edges;
    let fresh = 0;
    for (const e of edges) if (!this.slots.has(e.id)) fresh++;
    // A new dataset would leave the old one's slots hidden for good: start again when most of
    // the pool is not in this scene and it has to grow anyway.
    if (fresh > 0 && this.count > 0 && edges.length - fresh < this.count / 2) {
      this.reset();
      fresh = edges.length;
    }
    if (this.count === 0 && edges.length > 0) this.origin = centre(edges);
    this.reserve(this.count + fresh);
    let changed = false;
    const epoch = ++this.epoch;
    for (const [index, edge] of edges.entries()) {
      let slot = this.slots.get(edge.id);
      if (slot === undefined) {
        slot = this.ids.length;
        this.ids.push(edge.id);
        this.slots.set(edge.id, slot);
        this.geometrySource.fill(NaN, slot * GEOMETRY_SOURCE, (slot + 1) * GEOMETRY_SOURCE); // NaN equals nothing: written below
        this.colourSource[slot] = '';
        this.curveSource[slot] = undefined;
      }
      this.mark[slot] = epoch;
      this.order[slot] = index;
      const look = edgeLook(edge);
      if (this.writeGeometry(slot, edge)) changed = true;
      if (this.writeLook(slot, look)) changed = true;
      if (this.writeState(slot, 255, look.opacity, look.halo.opacity)) changed = true;
    }
    for (let slot = 0; slot < this.count; slot++) {
      if (this.mark[slot] !== epoch && this.writeState(slot, 0, 0, 0)) changed = true;
    }
    return changed;
  }

  private reset(): void {
    this.ids = [];
    this.slots.clear();
    this.colourSource = [];
    this.curveSource = [];
    this.state.fill(0);
    this.resized = true;
  }

  private reserve(count: number): void {
    if (count <= this.capacity) return;
    const capacity = Math.max(64, 2 ** Math.ceil(Math.log2(count)));
    const grow = <T extends Float32Array | Float64Array | Uint8Array | Uint32Array>(
      old: T,
      per: number,
      make: (n: number) => T,
    ): T => {
      const next = make(capacity * per);
      next.set(old.subarray(0, this.count * per));
      return next;
    };
    this.geometry = grow(this.geometry, GEOMETRY_FLOATS, (n) => new Float32Array(n));
    this.look = grow(this.look, LOOK_FLOATS, (n) => new Float32Array(n));
    this.colour = grow(this.colour, COLOUR_BYTES, (n) => new Uint8Array(n));
    this.state = grow(this.state, STATE_BYTES, (n) => new Uint8Array(n));
    this.curves = grow(this.curves, CURVE_FLOATS, (n) => new Float64Array(n));
    this.hitWidths = grow(this.hitWidths, 1, (n) => new Float32Array(n));
    this.order = grow(this.order, 1, (n) => new Uint32Array(n));
    this.geometrySource = grow(this.geometrySource, GEOMETRY_SOURCE, (n) => new Float64Array(n));
    this.lookSource = grow(this.lookSource, LOOK_FLOATS, (n) => new Float64Array(n));
    this.mark = grow(this.mark, 1, (n) => new Uint32Array(n));
    this.resized = true;
  }

  /** Whether `values` differ from the slot's source values; records them if so. */
  private static differs(source: Float64Array, at: number, values: readonly number[]): boolean {
    let same = true;
    for (let i = 0; i < values.length; i++) {
      if (source[at + i] !== values[i]) {
        same = false;
        source[at + i] = values[i]!;
      }
    }
    return !same;
  }

  private writeGeometry(slot: number, edge: SceneEdge): boolean {
    const { control, arrow } = edge;
    const was = this.curveSource[slot];
    if (was && was[0] === edge.path && was[1] === control && was[2] === arrow) return false;
    this.curveSource[slot] = [edge.path, control, arrow];
    const first = edge.path[0]!,
      last = edge.path[edge.path.length - 1]!;
    // Compared in place, without building the source list: this runs for every edge of every
    // update (10,000 array allocations were 3 ms of a focus).
    const g = this.geometrySource,
      o = slot * GEOMETRY_SOURCE;
    if (
      g[o] === first[0] &&
      g[o + 1] === first[1] &&
      g[o + 2] === control[0] &&
      g[o + 3] === control[1] &&
      g[o + 4] === last[0] &&
      g[o + 5] === last[1] &&
      g[o + 6] === arrow.at[0] &&
      g[o + 7] === arrow.at[1] &&
      g[o + 8] === arrow.bearing
    )
      return false;
    g.set(
      [
        first[0],
        first[1],
        control[0],
        control[1],
        last[0],
        last[1],
        arrow.at[0],
        arrow.at[1],
        arrow.bearing,
      ],
      o,
    );
    const points = [
      mercatorUnit(first),
      mercatorUnit(control),
      mercatorUnit(last),
      mercatorUnit(arrow.at),
    ];
    const at = slot * GEOMETRY_FLOATS;
    points.forEach(([x, y], i) => {
      if (i < 3) {
        this.curves[slot * CURVE_FLOATS + 2 * i] = x;
        this.curves[slot * CURVE_FLOATS + 2 * i + 1] = y;
      }
      this.geometry[at + 2 * i] = x - this.origin[0];
      this.geometry[at + 2 * i + 1] = y - this.origin[1];
    });
    // Bearing: clockwise from north; Mercator 0..1 runs east (x) and south (y).
    const bearing = (arrow.bearing * Math.PI) / 180;
    this.geometry[at + 8] = Math.sin(bearing);
    this.geometry[at + 9] = -Math.cos(bearing);
    this.dirtyGeometry.mark(slot);
    this.geometryVersion++;
    return true;
  }

  private writeLook(slot: number, look: EdgeLook): boolean {
    const values = [
      look.rails ? 0 : look.width,
      look.rails?.rail ?? 0,
      look.rails?.gap ?? 0,
      look.dash?.[0] ?? 0,
      look.dash?.[1] ?? 0,
      look.halo.width,
      look.cue.size,
      (look.cue.bar ? LOOK_BAR : 0) + (look.cap === 'round' ? LOOK_ROUND : 0),
    ];
    const lookChanged = EdgeInstances.differs(this.lookSource, slot * LOOK_FLOATS, values);
    if (!lookChanged && this.colourSource[slot] === look.colour) return false;
    this.colourSource[slot] = look.colour;
    this.look.set(values, slot * LOOK_FLOATS);
    let rgba = this.parsedColours.get(look.colour);
    if (!rgba) this.parsedColours.set(look.colour, (rgba = parseColour(look.colour)));
    this.colour.set(rgba, slot * COLOUR_BYTES);
    this.hitWidths[slot] = look.hitWidth;
    this.dirtyLook.mark(slot);
    return true;
  }

  private writeState(slot: number, visible: number, opacity: number, haloOpacity: number): boolean {
    const at = slot * STATE_BYTES;
    const alpha = Math.round(opacity * 255),
      haloAlpha = Math.round(haloOpacity * 255);
    if (
      this.state[at] === visible &&
      this.state[at + 1] === alpha &&
      this.state[at + 2] === haloAlpha
    )
      return false;
    this.state[at] = visible;
    this.state[at + 1] = alpha;
    this.state[at + 2] = haloAlpha;
    this.dirtyState.mark(slot);
    return true;
  }

  visible(slot: number): boolean {
    return this.state[slot * STATE_BYTES]! > 0;
  }
}

function centre(edges: readonly SceneEdge[]): [number, number] {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const edge of edges) {
    for (const point of [edge.path[0]!, edge.path[edge.path.length - 1]!]) {
      const [x, y] = mercatorUnit(point);
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }
  return [(minX + maxX) / 2, (minY + maxY) / 2];
}
