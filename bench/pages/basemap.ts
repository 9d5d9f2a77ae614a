/**
 * The peer pages' base map, written as a developer would by hand: MapLibre, the package's own
 * geodata as one GeoJSON source, a fill and a border layer. No labels, legend or table.
 */
import { Map as MapLibreMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from '../../geodata/world.topo.json';

setWorkerUrl(new URL(workerUrl, import.meta.url).href);

export const FRAME: [[number, number], [number, number]] = [
  [25, 24],
  [60, 45],
];

export function baseStyle(): StyleSpecification {
  const topology = world as unknown as Topology;
  const countries = feature(topology, topology.objects['countries'] as GeometryCollection);
  return {
    version: 8,
    sources: { countries: { type: 'geojson', data: countries } },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#dfe8ef' } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f4f1ea' } },
      {
        id: 'borders',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': '#b9b4a8', 'line-width': 0.6 },
      },
    ],
  };
}

export function createMap(container: HTMLElement, bounds = FRAME): MapLibreMap {
  return new MapLibreMap({
    container,
    style: baseStyle(),
    bounds,
    fitBoundsOptions: { padding: 36 },
    attributionControl: false,
    renderWorldCopies: false,
    fadeDuration: 0,
  });
}

/** Marks on window.__bench, read by bench/run.ts: `drawn` (map idle with the data), `frame` (the next painted frame). */
export function markDrawn(): void {
  const bench = (window as unknown as { __bench: { marks: Record<string, number> } }).__bench;
  bench.marks['drawn'] ??= performance.now();
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (bench.marks['frame'] ??= performance.now());
    channel.port2.postMessage(0);
  });
}
