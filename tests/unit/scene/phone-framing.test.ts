/**
 * Issue 15, item 6 (phone): on a narrow, tall map the region spans the map's width and the far
 * actors sit in strips above and below it, so the actors fill most of the map's height (before,
 * the side strips shared the width with the region and a third of the height held actors).
 * Measured with the renderers' camera (legibility.ts) at the map a 400 × 760 phone shows (368 × 471).
 */
import { describe, expect, it } from 'vitest';
import shipped from '../../../data/azerbaijan-israel-usa.json';
import { parseDataset } from '../../../src/data/index.ts';
import type { Dataset } from '../../../src/data/types.ts';
import { places } from '../../../src/geo/places.ts';
import { frameShapeFor, type PlaceIndex } from '../../../src/scene/anchors.ts';
import { buildScene, sceneBasis } from '../../../src/scene/build-scene.ts';
import { sceneGeometry } from '../../../src/scene/scene-geometry.ts';
import { INITIAL_VIEW } from '../../../src/state/view-state.ts';
import { anchorShare, measure, verticalShare } from './legibility.ts';

const dataset = parseDataset(shipped).dataset as Dataset;
const index = places as unknown as PlaceIndex;

function phoneScene(width: number, height: number) {
  const geometry = sceneGeometry(dataset, index, frameShapeFor(width, height));
  return buildScene(sceneBasis(dataset, index, {}, geometry), INITIAL_VIEW, width);
}

describe('a phone map framed to its height', () => {
  it('lays a narrow map out tall and a desktop map wide', () => {
    expect(frameShapeFor(368, 471)).toBe('tall');
    expect(frameShapeFor(400, 372)).toBe('tall');
    expect(frameShapeFor(1280, 496)).toBe('wide');
  });

  it("fills most of a 368 × 471 map's height with actors (a third before)", () => {
    const scene = phoneScene(368, 471);
    const m = measure(scene, 368, 471);
    // The anchors: 34 % of the height before, 61 % now; with their labels: 48 % before, 70 % now.
    expect(anchorShare(m, 471)).toBeGreaterThan(0.55);
    expect(verticalShare(m, 471)).toBeGreaterThan(0.65);
  });

  it('keeps every far actor in a strip above or below the region, inside the frame', () => {
    const scene = phoneScene(368, 471);
    expect(scene.margins.map((s) => s.side).sort()).toEqual(['north', 'south']);
    const [[w, s], [e, n]] = scene.frame;
    for (const actor of scene.actors.filter((a) => a.distant)) {
      const strip = scene.margins.find(
        ({ bounds: [[sw, ss], [se, sn]] }) =>
          actor.anchor[0] >= sw &&
          actor.anchor[0] <= se &&
          actor.anchor[1] >= ss &&
          actor.anchor[1] <= sn,
      );
      expect(strip, actor.id).toBeDefined();
      expect(
        actor.anchor[0] >= w &&
          actor.anchor[0] <= e &&
          actor.anchor[1] >= s &&
          actor.anchor[1] <= n,
        actor.id,
      ).toBe(true);
      // North of the region for a bearing into the northern half, south otherwise (the label's arrow keeps the true bearing).
      expect(strip!.side, actor.id).toBe(
        Math.cos((actor.distant!.bearing * Math.PI) / 180) >= 0 ? 'north' : 'south',
      );
    }
  });
});
