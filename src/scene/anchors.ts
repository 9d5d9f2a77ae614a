/**
 * Where each actor sits on the map, and the default frame. Actors far from the rest (the United
 * States in a Caucasus story) would force a world view in which Gaza is invisible, so the frame
 * fits the near actors and a distant one is drawn as an anchor on the frame's edge, in the true
 * direction of its label point (the initial great-circle bearing from the frame's centre).
 */
import { geoDistance } from 'd3-geo';
import type { Actor, Bounds } from '../data/types.ts';
import { fromMercator, toMercator } from './mercator.ts';
import type { LonLat } from './types.ts';

export interface PlaceIndex {
  readonly [id: string]:
    | { readonly name: string; readonly label: readonly [number, number]; readonly inner?: readonly (readonly [number, number])[] }
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
  frame: Bounds;
}

const EARTH_KM = 6371;
/** Further than this from the actors' median position, an actor is drawn at the frame's edge. */
export const DISTANT_KM = 3000;
/** The frame never shrinks below this many degrees of longitude/latitude (one small country). */
const MIN_SPAN = 8;
const MARGIN = 0.1;
/** Distant anchors sit this far inside the frame (as a share of its size), so their labels show. */
const INSET = 0.06;

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
  const x = Math.cos(lat1 * r) * Math.sin(lat2 * r) - Math.sin(lat1 * r) * Math.cos(lat2 * r) * Math.cos(dLon);
  return ((Math.atan2(y, x) / r) + 360) % 360;
}

export function homePosition(actor: Actor, places: PlaceIndex): { at: LonLat; hasShape: boolean } | null {
  const place = places[actor.id];
  if (place && (actor.kind === 'country' || actor.kind === 'territory')) {
    return { at: [place.label[0], place.label[1]], hasShape: true };
  }
  if (actor.point) return { at: [actor.point[0], actor.point[1]], hasShape: false };
  if (place) return { at: [place.label[0], place.label[1]], hasShape: true };
  return null;
}

/** Where a ray from the frame's centre along `bearing` (map degrees) leaves the inset frame. */
function edgePoint(frame: Bounds, bearing: number): LonLat {
  const [x0, y0] = toMercator(frame[0]);
  const [x1, y1] = toMercator(frame[1]);
  const insetX = (x1 - x0) * INSET;
  const insetY = (y1 - y0) * INSET;
  const left = x0 + insetX, right = x1 - insetX, bottom = y0 + insetY, top = y1 - insetY;
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  const dx = Math.sin((bearing * Math.PI) / 180);
  const dy = Math.cos((bearing * Math.PI) / 180);
  const tx = dx > 0 ? (right - cx) / dx : dx < 0 ? (left - cx) / dx : Infinity;
  const ty = dy > 0 ? (top - cy) / dy : dy < 0 ? (bottom - cy) / dy : Infinity;
  const t = Math.min(tx, ty);
  return fromMercator([cx + dx * t, cy + dy * t]);
}

export function layoutAnchors(actors: readonly Actor[], places: PlaceIndex): AnchorLayout {
  const homes = new Map<string, { at: LonLat; hasShape: boolean }>();
  for (const actor of actors) {
    const home = homePosition(actor, places);
    if (home) homes.set(actor.id, home);
  }
  const positions = [...homes.values()].map((h) => h.at);
  const centre: LonLat = positions.length > 0
    ? [median(positions.map((p) => p[0])), median(positions.map((p) => p[1]))]
    : [0, 20];
  // A large country whose label lies far away (Russia's is in Siberia) is anchored at its nearest
  // inner point instead, when that point is near the region.
  for (const [id, home] of homes) {
    const inner = places[id]?.inner;
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
  const kmFromCentre = new Map([...homes].map(([id, h]) => [id, geoDistance(centre, h.at) * EARTH_KM]));
  let near = [...homes.keys()].filter((id) => kmFromCentre.get(id)! <= DISTANT_KM);
  // With fewer than two near actors there is no region to frame: show everything as it is.
  if (near.length < 2) near = [...homes.keys()];
  const nearSet = new Set(near);

  const nearPositions = near.map((id) => homes.get(id)!.at);
  const frame = frameAround(nearPositions.length > 0 ? nearPositions : [centre]);
  const frameCentre = fromMercator([
    (toMercator(frame[0])[0] + toMercator(frame[1])[0]) / 2,
    (toMercator(frame[0])[1] + toMercator(frame[1])[1]) / 2,
  ]);

  const anchors = new Map<string, ActorAnchor>();
  for (const [id, home] of homes) {
    if (nearSet.has(id)) {
      anchors.set(id, { id, home: home.at, anchor: home.at, hasShape: home.hasShape, distant: null });
      continue;
    }
    const bearing = initialBearing(frameCentre, home.at);
    const at = edgePoint(frame, bearing);
    anchors.set(id, {
      id,
      home: home.at,
      anchor: at,
      hasShape: home.hasShape,
      distant: { bearing: Math.round(bearing), km: Math.round((geoDistance(frameCentre, home.at) * EARTH_KM) / 100) * 100, at: home.at },
    });
  }
  return { anchors, frame };
}

/** The bounds of the given positions, widened by a margin and to a minimum span. */
export function frameAround(positions: readonly LonLat[]): Bounds {
  let west = Math.min(...positions.map((p) => p[0]));
  let east = Math.max(...positions.map((p) => p[0]));
  let south = Math.min(...positions.map((p) => p[1]));
  let north = Math.max(...positions.map((p) => p[1]));
  const padX = Math.max((east - west) * MARGIN, (MIN_SPAN - (east - west)) / 2, 0);
  const padY = Math.max((north - south) * MARGIN, (MIN_SPAN - (north - south)) / 2, 0);
  west -= padX; east += padX; south -= padY; north += padY;
  return [
    [Math.max(-180, west), Math.max(-80, south)],
    [Math.min(180, east), Math.min(84, north)],
  ];
}
