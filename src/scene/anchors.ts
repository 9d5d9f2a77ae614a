/**
 * Where each actor sits on the map, and the default frame. Actors far from the rest (the United
 * States in a Caucasus story) would force a world view in which Gaza is invisible, so the frame
 * fits the near actors and a distant one sits in a margin strip outside that frame, on the side of
 * its true direction (the initial great-circle bearing from the frame's centre), so it reads as
 * "over there", not as a place under its marker; its edges enter from that side.
 */
import { geoDistance } from 'd3-geo';
import { ownValue } from '../data/own.ts';
import type { Actor, Bounds } from '../data/types.ts';
import { fromMercator, toMercator } from './mercator.ts';
import type { LonLat } from './types.ts';

export interface PlaceIndex {
  readonly [id: string]:
    | {
        readonly name: string;
        readonly label: readonly [number, number];
        readonly inner?: readonly (readonly [number, number])[];
      }
    | undefined;
}

export interface ActorAnchor {
  id: string;
  /** The actor's own position: its label point or its `point`. */
  home: LonLat;
  /** Where the map draws it: `home`, or a point on the frame's edge for a distant actor. */
  anchor: LonLat;
  hasShape: boolean;
  distant: { bearing: number; km: number; at: LonLat } | null;
}

export interface AnchorLayout {
  anchors: Map<string, ActorAnchor>;
  /** The default camera: the region, and the margin strips when there are far actors. */
  frame: Bounds;
  margins: MarginStrip[];
}

const EARTH_KM = 6371;
/** Further than this from the actors' median position, an actor is drawn at the frame's edge. */
export const DISTANT_KM = 3000;
/** The frame never shrinks below this many degrees of longitude/latitude (one small country). */
const MIN_SPAN = 8;
const MARGIN = 0.1;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Initial great-circle bearing from a to b, degrees clockwise from north. */
export function initialBearing([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const r = Math.PI / 180;
  const dLon = (lon2 - lon1) * r;
  const y = Math.sin(dLon) * Math.cos(lat2 * r);
  const x =
    Math.cos(lat1 * r) * Math.sin(lat2 * r) -
    Math.sin(lat1 * r) * Math.cos(lat2 * r) * Math.cos(dLon);
  return (Math.atan2(y, x) / r + 360) % 360;
}

export function homePosition(
  actor: Actor,
  places: PlaceIndex,
): { at: LonLat; hasShape: boolean } | null {
  const place = ownValue(places, actor.id);
  if (place && (actor.kind === 'country' || actor.kind === 'territory')) {
    return { at: [place.label[0], place.label[1]], hasShape: true };
  }
  if (actor.point) return { at: [actor.point[0], actor.point[1]], hasShape: false };
  if (place) return { at: [place.label[0], place.label[1]], hasShape: true };
  return null;
}

export type Side = 'north' | 'south' | 'east' | 'west';

/** A strip outside the region's frame where far actors sit (DESIGN.md: "sits in a margin"). */
export interface MarginStrip {
  side: Side;
  /** The strip's bounds, [[w, s], [e, n]]. */
  bounds: Bounds;
}

/** The strip's depth, as a share of the region frame's size across it. */
export const STRIP_DEPTH = 0.16;

/**
 * The map's shape the layout is for. A `wide` map (a desktop column) puts each far actor on the
 * side its true direction leaves the region; a `tall` one (a phone, a square map) puts them all
 * in strips above and below the region (the north or south half of their bearing; the label's
 * arrow keeps the true bearing), so the region spans the map's width instead of sharing it with
 * side strips, and the strips deepen to take up the map's spare height: on a 400 px phone the
 * actors then fill most of the map's height instead of a third of it.
 */
export type FrameShape = 'wide' | 'tall';
/** A map narrower than this many times its height is `tall`. */
export const TALL_BELOW = 1.2;
/** A tall layout's frame aims at this width-to-height ratio (in Mercator), the ratio of a 400 × 760 phone's map. */
const TALL_ASPECT = 0.8;
/** A tall layout's strip is at most this deep, in region heights. */
const TALL_MAX_DEPTH = 0.45;

export function frameShapeFor(width: number, height: number): FrameShape {
  return width > 0 && height > 0 && width < height * TALL_BELOW ? 'tall' : 'wide';
}
/** How far past the region a strip's panel reaches, in region sizes. */
const FAR_REACH = 3;
/** Far actors in one strip keep at least this share of its length between them. */
const STRIP_SPACING = 0.22;

/** Where a ray from the frame's centre along `bearing` (map degrees) leaves the frame, and on which side. */
function exitPoint(frame: Bounds, bearing: number): { side: Side; at: [number, number] } {
  const [x0, y0] = toMercator(frame[0]);
  const [x1, y1] = toMercator(frame[1]);
  const cx = (x0 + x1) / 2,
    cy = (y0 + y1) / 2;
  const dx = Math.sin((bearing * Math.PI) / 180);
  const dy = Math.cos((bearing * Math.PI) / 180);
  const tx = dx > 0 ? (x1 - cx) / dx : dx < 0 ? (x0 - cx) / dx : Infinity;
  const ty = dy > 0 ? (y1 - cy) / dy : dy < 0 ? (y0 - cy) / dy : Infinity;
  const t = Math.min(tx, ty);
  const side: Side = tx < ty ? (dx > 0 ? 'east' : 'west') : dy > 0 ? 'north' : 'south';
  return { side, at: [cx + dx * t, cy + dy * t] };
}

/**
 * Places far actors in strips outside the region's frame, each on the side its true direction
 * leaves the frame, at the strip's middle, spread along it so two never sit on one another; the
 * default frame grows to hold the strips.
 */
function placeInMargins(
  region: Bounds,
  far: { id: string; bearing: number }[],
  shape: FrameShape,
): { at: Map<string, LonLat>; strips: MarginStrip[]; frame: Bounds } {
  const [x0, y0] = toMercator(region[0]);
  const [x1, y1] = toMercator(region[1]);
  const bySide = new Map<Side, { id: string; along: number }[]>();
  for (const { id, bearing } of far) {
    const exit = exitPoint(region, bearing);
    // A tall map: above or below the region, at the end its direction leaves by.
    const side: Side =
      shape === 'tall' ? (Math.cos((bearing * Math.PI) / 180) >= 0 ? 'north' : 'south') : exit.side;
    const list = bySide.get(side) ?? [];
    list.push({ id, along: side === 'north' || side === 'south' ? exit.at[0] : exit.at[1] });
    bySide.set(side, list);
  }
  const depth = { x: (x1 - x0) * STRIP_DEPTH, y: (y1 - y0) * STRIP_DEPTH };
  if (shape === 'tall' && bySide.size > 0) {
    // Deep enough that region and strips make a frame of TALL_ASPECT, within bounds.
    const spare = (x1 - x0) / TALL_ASPECT - (y1 - y0);
    depth.y = Math.min(TALL_MAX_DEPTH * (y1 - y0), Math.max(depth.y, spare / bySide.size));
  }
  const at = new Map<string, LonLat>();
  const strips: MarginStrip[] = [];
  let [fx0, fy0, fx1, fy1] = [x0, y0, x1, y1];
  for (const [side, list] of bySide) {
    const horizontal = side === 'north' || side === 'south';
    const [lo, hi] = horizontal ? [x0, x1] : [y0, y1];
    const length = hi - lo;
    const spacing = Math.min(length * STRIP_SPACING, length / list.length);
    // Keep the order along the side; push apart, then back inside the strip's ends.
    list.sort((a, b) => a.along - b.along || (a.id < b.id ? -1 : 1));
    const pad = spacing / 2;
    let previous = -Infinity;
    for (const item of list) {
      item.along = Math.max(item.along, previous + spacing, lo + pad);
      previous = item.along;
    }
    let next = Infinity;
    for (const item of [...list].reverse()) {
      item.along = Math.min(item.along, next - spacing, hi - pad);
      next = item.along;
    }
    const cross =
      side === 'north'
        ? y1 + depth.y / 2
        : side === 'south'
          ? y0 - depth.y / 2
          : side === 'east'
            ? x1 + depth.x / 2
            : x0 - depth.x / 2;
    for (const item of list)
      at.set(item.id, fromMercator(horizontal ? [item.along, cross] : [cross, item.along]));
    // The panel reaches past the frame's outer edge (FAR_REACH region sizes), so on a map wider
    // or taller than the frame it still runs to the picture's edge.
    const reach = { x: (x1 - x0) * FAR_REACH, y: (y1 - y0) * FAR_REACH };
    const bounds: [[number, number], [number, number]] =
      side === 'north'
        ? [
            [x0, y1],
            [x1, y1 + reach.y],
          ]
        : side === 'south'
          ? [
              [x0, y0 - reach.y],
              [x1, y0],
            ]
          : side === 'east'
            ? [
                [x1, y0],
                [x1 + reach.x, y1],
              ]
            : [
                [x0 - reach.x, y0],
                [x0, y1],
              ];
    strips.push({ side, bounds: [fromMercator(bounds[0]), fromMercator(bounds[1])] });
    if (side === 'north') fy1 += depth.y;
    if (side === 'south') fy0 -= depth.y;
    if (side === 'east') fx1 += depth.x;
    if (side === 'west') fx0 -= depth.x;
  }
  // North and south strips run the picture's full width, over the corners the side strips leave.
  const wide = (x1 - x0) * FAR_REACH;
  for (const strip of strips) {
    if (strip.side !== 'north' && strip.side !== 'south') continue;
    strip.bounds = [
      fromMercator([x0 - wide, toMercator(strip.bounds[0])[1]]),
      fromMercator([x1 + wide, toMercator(strip.bounds[1])[1]]),
    ];
  }
  const clamp = ([lon, lat]: LonLat): LonLat => [
    Math.max(-180, Math.min(180, lon)),
    Math.max(-85, Math.min(85, lat)),
  ];
  for (const strip of strips) strip.bounds = [clamp(strip.bounds[0]), clamp(strip.bounds[1])];
  return { at, strips, frame: [fromMercator([fx0, fy0]), fromMercator([fx1, fy1])] };
}

/**
 * A dataset whose actors are spread over the world (a SIPRI register: dozens of suppliers and
 * recipients) has no region: when more than half its actors lie far from the median, the
 * frame holds them all and nobody goes to a margin.
 */
export const WORLD_SHARE = 0.5;

export function layoutAnchors(
  actors: readonly Actor[],
  places: PlaceIndex,
  shape: FrameShape = 'wide',
): AnchorLayout {
  const homes = new Map<string, { at: LonLat; hasShape: boolean }>();
  for (const actor of actors) {
    const home = homePosition(actor, places);
    if (home) homes.set(actor.id, home);
  }
  const positions = [...homes.values()].map((h) => h.at);
  const centre: LonLat =
    positions.length > 0
      ? [median(positions.map((p) => p[0])), median(positions.map((p) => p[1]))]
      : [0, 20];
  // A large country whose label lies far away (Russia's is in Siberia) is anchored at its nearest
  // inner point instead, when that point is near the region.
  for (const [id, home] of homes) {
    const inner = ownValue(places, id)?.inner;
    if (!home.hasShape || !inner || geoDistance(centre, home.at) * EARTH_KM <= DISTANT_KM) continue;
    let best: LonLat | null = null;
    let bestKm = DISTANT_KM;
    for (const point of inner) {
      const km = geoDistance(centre, [point[0], point[1]]) * EARTH_KM;
      if (km < bestKm) {
        best = [point[0], point[1]];
        bestKm = km;
      }
    }
    if (best) homes.set(id, { at: best, hasShape: true });
  }
  const kmFromCentre = new Map(
    [...homes].map(([id, h]) => [id, geoDistance(centre, h.at) * EARTH_KM]),
  );
  let near = [...homes.keys()].filter((id) => kmFromCentre.get(id)! <= DISTANT_KM);
  // With fewer than two near actors there is no region to frame, and with many far ones the data
  // is world-wide: show everything where it is.
  if (near.length < 2 || homes.size - near.length > Math.max(2, WORLD_SHARE * homes.size))
    near = [...homes.keys()];
  const nearSet = new Set(near);

  let nearPositions = near.map((id) => homes.get(id)!.at);
  let region = frameAround(nearPositions.length > 0 ? nearPositions : [centre]);
  // An actor that lies on the map the region's frame shows (France beside a Europe-to-Caspian
  // region) is drawn where it is, not as a tab: its home within the region widened by its own
  // margin on each side the map has room to spare (a wide map's sides, a tall one's top and bottom).
  const shown = widened(
    region,
    shape === 'wide' ? SHOWN_MARGIN : 0,
    shape === 'wide' ? 0 : SHOWN_MARGIN,
  );
  const onMap = [...homes.keys()].filter(
    (id) => !nearSet.has(id) && contains(shown, homes.get(id)!.at),
  );
  if (onMap.length > 0) {
    for (const id of onMap) nearSet.add(id);
    nearPositions = [...nearSet].map((id) => homes.get(id)!.at);
    region = frameAround(nearPositions);
  }
  const regionCentre = fromMercator([
    (toMercator(region[0])[0] + toMercator(region[1])[0]) / 2,
    (toMercator(region[0])[1] + toMercator(region[1])[1]) / 2,
  ]);
  const far = [...homes.keys()]
    .filter((id) => !nearSet.has(id))
    .map((id) => ({ id, bearing: initialBearing(regionCentre, homes.get(id)!.at) }));
  const margins = placeInMargins(region, far, shape);

  const anchors = new Map<string, ActorAnchor>();
  for (const [id, home] of homes) {
    const at = margins.at.get(id);
    if (!at) {
      anchors.set(id, {
        id,
        home: home.at,
        anchor: home.at,
        hasShape: home.hasShape,
        distant: null,
      });
      continue;
    }
    const bearing = initialBearing(regionCentre, home.at);
    anchors.set(id, {
      id,
      home: home.at,
      anchor: at,
      hasShape: home.hasShape,
      distant: {
        bearing: Math.round(bearing),
        km: Math.round((geoDistance(regionCentre, home.at) * EARTH_KM) / 100) * 100,
        at: home.at,
      },
    });
  }
  return { anchors, frame: margins.frame, margins: margins.strips };
}

/** Beyond the region's own frame, a share of its size on each side still shows on the default map. */
const SHOWN_MARGIN = 0.25;

function widened([[w, s], [e, n]]: Bounds, across: number, along: number): Bounds {
  const dx = (e - w) * across,
    dy = (n - s) * along;
  return [
    [w - dx, s - dy],
    [e + dx, n + dy],
  ];
}

function contains([[w, s], [e, n]]: Bounds, [lon, lat]: LonLat): boolean {
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

/** The bounds of the given positions, widened by a margin and to a minimum span. */
export function frameAround(positions: readonly LonLat[]): Bounds {
  let west = Math.min(...positions.map((p) => p[0]));
  let east = Math.max(...positions.map((p) => p[0]));
  let south = Math.min(...positions.map((p) => p[1]));
  let north = Math.max(...positions.map((p) => p[1]));
  const padX = Math.max((east - west) * MARGIN, (MIN_SPAN - (east - west)) / 2, 0);
  const padY = Math.max((north - south) * MARGIN, (MIN_SPAN - (north - south)) / 2, 0);
  west -= padX;
  east += padX;
  south -= padY;
  north += padY;
  return [
    [Math.max(-180, west), Math.max(-80, south)],
    [Math.min(180, east), Math.min(84, north)],
  ];
}
