/**
 * Baseline for the cold start: the same geodata and the same edges (the element's own curved
 * paths, precomputed by bench/run.ts into edges.json) as plain GeoJSON lines on a MapLibre map.
 */
import type { GeoJSONSource } from 'maplibre-gl';
import { createMap, markDrawn } from './basemap.ts';

const container = document.getElementById('map')!;
const map = createMap(container);
const edges = fetch(new URLSearchParams(location.search).get('edges') ?? 'edges.json').then((r) =>
  r.json(),
);
(window as unknown as { __map: unknown }).__map = map;

map.once('load', async () => {
  map.addSource('edges', { type: 'geojson', data: await edges });
  map.addLayer({
    id: 'edges',
    type: 'line',
    source: 'edges',
    layout: { 'line-cap': 'round' },
    paint: {
      'line-color': ['get', 'colour'],
      'line-width': ['get', 'width'],
      'line-opacity': 0.85,
    },
  });
  map.once('idle', markDrawn);
});

/** The baseline's layer toggle: a filter on the edge layer (bench/run.ts times it). */
(window as unknown as { __toggleLayer: (layer: string, on: boolean) => void }).__toggleLayer = (
  layer,
  on,
) => {
  map.setFilter('edges', on ? null : ['!=', ['get', 'layer'], layer]);
  (map.getSource('edges') as GeoJSONSource | undefined)?.serialize();
};
