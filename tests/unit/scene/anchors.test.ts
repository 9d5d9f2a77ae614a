/** The scene: anchors and the default frame. */
import { describe, expect, it } from 'vitest';
import { DISTANT_KM, initialBearing, layoutAnchors } from '../../../src/scene/anchors.ts';
import { PLACES, dataset } from './fixtures.ts';

describe('anchors and the default frame', () => {
  it('computes great-circle bearings', () => {
    expect(Math.round(initialBearing([0, 0], [0, 10]))).toBe(0);
    expect(Math.round(initialBearing([0, 0], [10, 0]))).toBe(90);
    // From the Caucasus the United States lies to the north-west, not due west.
    const b = initialBearing([45, 37], [-99, 39.5]);
    expect(b).toBeGreaterThan(300);
    expect(b).toBeLessThan(345);
  });

  it('frames the near actors and pulls a distant one to the frame edge in its true direction', () => {
    const { anchors, frame } = layoutAnchors(dataset([]).actors, PLACES);
    const usa = anchors.get('USA')!;
    expect(usa.distant).not.toBeNull();
    expect(usa.distant!.km).toBeGreaterThan(DISTANT_KM);
    // The frame holds the region, not the world.
    expect(frame[0][0]).toBeGreaterThan(20);
    expect(frame[1][0]).toBeLessThan(70);
    // The anchor lies on the frame's north-west side.
    const [[w, s], [e, n]] = frame;
    expect(usa.anchor[0]).toBeGreaterThanOrEqual(w);
    expect(usa.anchor[0]).toBeLessThan((w + e) / 2);
    expect(usa.anchor[1]).toBeGreaterThan((s + n) / 2);
    expect(usa.anchor[1]).toBeLessThanOrEqual(n);
    // Near actors stay where they are; a point actor uses its point.
    expect(anchors.get('AZE')!.anchor).toEqual([47.7, 40.3]);
    expect(anchors.get('ISF')!.anchor).toEqual([34.4, 31.4]);
    expect(anchors.get('ISF')!.hasShape).toBe(false);
  });
});
