/**
 * Issue 15, item 4 ("a hub you can follow"): edges bend clear of the markers and labels of actors
 * they do not connect, and away from acute crossings (Jenny et al. 2018), measured in screen
 * pixels at the desktop sizes the readability tests use (legibility.ts: the renderers' camera,
 * the element's label layout).
 */
import { describe, expect, it } from 'vitest';
import shipped from '../../../data/azerbaijan-israel-usa.json';
import mixed from '../../fixtures/mixed-units.json';
import { parseDataset } from '../../../src/data/index.ts';
import type { Dataset } from '../../../src/data/types.ts';
import { places } from '../../../src/geo/places.ts';
import type { PlaceIndex } from '../../../src/scene/anchors.ts';
import { buildScene, sceneBasis } from '../../../src/scene/build-scene.ts';
import { INITIAL_VIEW } from '../../../src/state/view-state.ts';
import { crossingAngles, foreignOverlaps, measure } from './legibility.ts';

function sceneOf(json: unknown, width: number) {
  const dataset = parseDataset(json).dataset as Dataset;
  return buildScene(sceneBasis(dataset, places as unknown as PlaceIndex), INITIAL_VIEW, width);
}

/**
 * The shipped map's overlaps no bend within the bound clears (bends.ts: each of these edges meets
 * a foreign actor on every side and raise it may take): Gaza, the stabilisation force and Israel
 * sit 3–6 px apart at desktop size, so an edge ending at one ends on the others; Russia's anchor
 * and label lie across the United States' edges into the Caucasus; Azerbaijan's label lies across
 * Iran–Russia. Before the bends there were 34 (at 1280 × 496). France, on the map beside the
 * region, is drawn where it is (no longer a far actor in a margin): its arms edge to Armenia
 * crosses Türkiye, and the edges to Brussels pass the "Europe" label beside it (14 before that);
 * edges ending in a hub's arrival slots end a little further out (18 before those, 20 now).
 * The energy edge from the United States to Azerbaijan (US–Azerbaijan energy projects, on the
 * energy layer since the fact-check) crosses Russia like the United States' other edges into the
 * Caucasus (one more). Azerbaijan's and Armenia's rings keep their labels' spots free even where
 * they lie close to each other, so a few arrivals there come round the other side, over Syria's and
 * Russia's labels (22, where 21 before).
 */
const SHIPPED_UNAVOIDABLE = 22;

describe('flows a reader can follow', () => {
  it('runs at most three edges of the mixed-unit fixture over an actor it does not connect (3 before the bends, at 1280 × 496)', () => {
    const scene = sceneOf(mixed, 1280);
    // Azerbaijan's arrivals keep off its label's spots (either side of its anchor), so Armenia's and
    // Türkiye's arms edges arrive from the north, past Georgia's label and Armenia's.
    expect(foreignOverlaps(scene, measure(scene, 1280, 496)).length).toBeLessThanOrEqual(3);
  });

  it('keeps the shipped map to the overlaps no bend clears (34 before, 22 now, at 1280 × 496)', () => {
    const scene = sceneOf(shipped, 1280);
    const overlaps = foreignOverlaps(scene, measure(scene, 1280, 496));
    expect(overlaps.length).toBeLessThanOrEqual(SHIPPED_UNAVOIDABLE);
    // The energy edges to Europe no longer run over Armenia's label. (The United States' edge to the
    // force, which the bends had kept off Türkiye's label, now ends in its slot on the ring Israel,
    // Gaza and the force share and passes Türkiye's label again.)
    expect(overlaps).not.toEqual(expect.arrayContaining(['AZE>EU:energy over ARM']));
  });

  it('crosses at acute angles less often on the shipped map (22 crossings under 30° before, 13 now)', () => {
    const scene = sceneOf(shipped, 1280);
    const angles = crossingAngles(scene, measure(scene, 1280, 496));
    // 11 while the hubs' arrowheads ended 40–80 px out; ending by their recipients, an edge and its
    // return (Azerbaijan–Israel, Iran–Armenia) meet a little before the hub, twice more.
    expect(angles.filter((a) => a < 30).length).toBeLessThanOrEqual(13);
    expect(angles.length).toBeLessThan(94); // all crossings: 94 before, 69 now
  });
});
