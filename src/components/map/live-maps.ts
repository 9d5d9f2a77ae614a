/**
 * Browsers cap live WebGL contexts (about 16 per page) and drop the oldest beyond that. Elements
 * with a live map register here; when one more map starts past the budget, maps that are out of
 * view give their context back (and come back when scrolled to).
 */
export const LIVE_MAP_BUDGET = 8;

export interface LiveMap {
  readonly inView: boolean;
  releaseMap(): void;
}

const live = new Set<LiveMap>();

export function registerLiveMap(map: LiveMap): void {
  live.add(map);
  if (live.size <= LIVE_MAP_BUDGET) return;
  for (const other of live) {
    if (live.size <= LIVE_MAP_BUDGET) break;
    if (other !== map && !other.inView) other.releaseMap();
  }
}

export function unregisterLiveMap(map: LiveMap): void {
  live.delete(map);
}

export function liveMapCount(): number {
  return live.size;
}

export function overBudget(): boolean {
  return live.size > LIVE_MAP_BUDGET;
}
