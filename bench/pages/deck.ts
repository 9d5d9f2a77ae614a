/**
 * The peer for the scale benchmark: the same ties drawn by deck.gl's ArcLayer over the same
 * MapLibre base map (deck.gl's own canvas over the map: its interleaved mode fails on MapLibre 6). Actors sit at the geodata label
 * point of their country, or their own point.
 */
import { MapboxOverlay } from '@deck.gl/mapbox';
import { ArcLayer } from '@deck.gl/layers';
import places from '../../geodata/places.json';
import { createMap, markDrawn } from './basemap.ts';

interface Tie {
  from: string;
  to: string;
  layer: string;
  figure?: { value: number };
}
interface Actor {
  id: string;
  point?: [number, number];
}
interface Arc {
  source: [number, number];
  target: [number, number];
  colour: [number, number, number];
  width: number;
}

const COLOURS: Record<string, [number, number, number]> = {
  energy: [230, 159, 0],
  arms: [213, 94, 0],
  diplomatic: [0, 114, 178],
};
const labelOf = places as unknown as Record<string, { label: [number, number] }>;

const params = new URLSearchParams(location.search);
const container = document.getElementById('map')!;
const map = createMap(container, [
  [-170, -58],
  [178, 78],
]);
(window as unknown as { __map: unknown }).__map = map;

const dataset = fetch(params.get('src')!).then(
  (r) => r.json() as Promise<{ actors: Actor[]; ties: Tie[] }>,
);

map.once('load', async () => {
  const { actors, ties } = await dataset;
  const position = new Map(actors.map((a) => [a.id, a.point ?? labelOf[a.id]?.label]));
  const arcs: Arc[] = [];
  for (const tie of ties) {
    const source = position.get(tie.from);
    const target = position.get(tie.to);
    if (source && target)
      arcs.push({
        source,
        target,
        colour: COLOURS[tie.layer] ?? [90, 90, 90],
        width: tie.figure ? 1 + Math.sqrt(tie.figure.value) / 4 : 1,
      });
  }
  let rendered = false;
  const overlay = new MapboxOverlay({
    interleaved: false,
    layers: [
      new ArcLayer<Arc>({
        id: 'ties',
        data: arcs,
        getSourcePosition: (d) => d.source,
        getTargetPosition: (d) => d.target,
        getSourceColor: (d) => d.colour,
        getTargetColor: (d) => d.colour,
        getWidth: (d) => d.width,
        widthUnits: 'pixels',
        greatCircle: false,
      }),
    ],
    onAfterRender: () => {
      if (rendered) return;
      rendered = true;
      // The arcs are in the frame that was just drawn; wait for the base map to be complete too.
      if (map.loaded()) markDrawn();
      else map.once('idle', markDrawn);
    },
  });
  map.addControl(overlay);
});
