/**
 * The table of actors' places: for each actor of a scene, where the map draws it (its shape in the
 * base map, a point, or a tab at the frame's edge with its distance) and which disputed or occupied
 * areas inside the frame its shape holds in the scene's view of borders. A standards editor reads
 * it to defend each border; a screen reader gets what the hatching and rings show. Pure: built
 * from the scene and the border policy alone.
 */
import { BORDER_AREAS, type BorderAreaId } from '../geo/borders.ts';
import type { LonLat, Scene } from './types.ts';

export type PlaceDrawn =
  | { kind: 'shape'; shape: string }
  | { kind: 'point'; at: LonLat }
  | { kind: 'tab'; bearing: number; km: number };

export interface PlaceRow {
  actor: string;
  name: string;
  drawn: PlaceDrawn;
  /** Marked areas in the frame that are this actor's shape or that the view draws within it. */
  areas: BorderAreaId[];
}

export interface PlacesTable {
  rows: PlaceRow[];
  /** Marked areas in the frame that no actor's shape holds (named so that every mark is explained). */
  otherAreas: BorderAreaId[];
}

export function placesTable(scene: Scene): PlacesTable {
  const { worldview, areas: inFrame } = scene.legend.borders;
  const shown = BORDER_AREAS.filter((area) => inFrame.includes(area.id));
  const claimed = new Set<BorderAreaId>();
  const rows = scene.actors.map((actor): PlaceRow => {
    const drawn: PlaceDrawn = actor.distant
      ? { kind: 'tab', bearing: actor.distant.bearing, km: actor.distant.km }
      : actor.hasShape
        ? { kind: 'shape', shape: actor.id }
        : { kind: 'point', at: actor.anchor };
    // A far actor's shape is outside the frame, so no area the frame shows lies in it.
    const areas =
      drawn.kind === 'shape'
        ? shown
            .filter((area) => area.shape === actor.id || area.within[worldview] === actor.id)
            .map((area) => area.id)
        : [];
    for (const id of areas) claimed.add(id);
    return { actor: actor.id, name: actor.name, drawn, areas };
  });
  return { rows, otherAreas: shown.filter((area) => !claimed.has(area.id)).map((area) => area.id) };
}
