/**
 * Web Mercator in degree units (x = longitude, y = "Mercator latitude"), the plane MapLibre draws
 * on, so that curves computed here look the same on the map.
 */
import type { LonLat } from './types.ts';

const RAD = Math.PI / 180;
const MAX_LAT = 85.05112878;

export function toMercator([lon, lat]: LonLat): [number, number] {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  return [lon, Math.log(Math.tan(Math.PI / 4 + (clamped * RAD) / 2)) / RAD];
}

export function fromMercator([x, y]: [number, number]): LonLat {
  return [x, (2 * Math.atan(Math.exp(y * RAD)) - Math.PI / 2) / RAD];
}
