/**
 * What the map's GeoJSON sources hold, from the scene: markers of point and far actors, the margin
 * strips, a register's totals, and the signatures that tell the renderer when a source's data
 * changed (emphasis goes to feature state instead: maplibre-renderer.ts).
 */
import type { Scene } from '../../scene/types.ts';
import { emphasisOpacity } from '../edge-look.ts';

type FeatureCollection = GeoJSON.FeatureCollection;

export function markersSignature(scene: Scene): string {
  return JSON.stringify(scene.actors.map((a) => [a.id, a.anchor, a.distant !== null, a.hasShape]));
}

export function markerEmphasis(scene: Scene): [string, string][] {
  return scene.actors.filter((a) => !a.hasShape || a.distant).map((a) => [a.id, a.emphasis]);
}

/** The margin strips where far actors sit, as polygons. */
export function marginsData(scene: Scene): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: scene.margins.map(({ side, bounds: [[w, s], [e, n]] }) => ({
      type: 'Feature',
      properties: { side },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [w, s],
            [e, s],
            [e, n],
            [w, n],
            [w, s],
          ],
        ],
      },
    })),
  };
}

/** A register's actors sized by their totals: few and redrawn only when they change, so emphasis is a property, not feature state. */
export function totalsData(scene: Scene): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: scene.actors.flatMap((actor) =>
      actor.total && actor.total.radius > 0
        ? [
            {
              type: 'Feature' as const,
              properties: {
                id: actor.id,
                radius: actor.total.radius,
                opacity: emphasisOpacity(actor.emphasis),
              },
              geometry: { type: 'Point' as const, coordinates: actor.anchor },
            },
          ]
        : [],
    ),
  };
}

export function totalsSignature(scene: Scene): string {
  return JSON.stringify(
    scene.actors.flatMap((a) => (a.total ? [[a.id, a.anchor, a.total.radius, a.emphasis]] : [])),
  );
}

export function markersData(scene: Scene): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: scene.actors
      .filter((actor) => !actor.hasShape || actor.distant)
      .map((actor) => ({
        type: 'Feature',
        properties: { id: actor.id, distant: actor.distant !== null, emphasis: actor.emphasis },
        geometry: { type: 'Point', coordinates: actor.anchor },
      })),
  };
}
