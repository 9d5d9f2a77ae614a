/**
 * The SVG picture's camera mirrors MapLibre's fitBounds for a flat Mercator map: the frame fills
 * the padded viewport along one axis, centred, at MapLibre's zoom (a 512 px world at zoom 0).
 */
import { describe, expect, it } from 'vitest';
import type { Bounds } from '../../src/data/types.ts';
import {
  fitCamera,
  projectPoint,
  unprojectPoint,
  viewProjection,
} from '../../src/render/svg/camera.ts';

describe('SVG camera', () => {
  it('shows the whole Web Mercator world at zoom 0 in a 512 px square', () => {
    const camera = fitCamera(
      [
        [-180, -85.051129],
        [180, 85.051129],
      ],
      512,
      512,
      0,
    );
    expect(camera.zoom).toBeCloseTo(0, 6);
    expect(camera.center[0]).toBeCloseTo(0, 6);
    expect(camera.center[1]).toBeCloseTo(0, 6);
  });

  // A tall frame in a wide view is tight in height; in a narrow view, in width.
  it.each([
    { width: 800, height: 500, tight: 'y' },
    { width: 300, height: 600, tight: 'x' },
  ] as const)(
    'fits a frame inside the padding of a $width × $height view, touching it along $tight, centred',
    ({ width, height, tight }) => {
      const frame: Bounds = [
        [26, 25],
        [52, 44],
      ];
      const camera = fitCamera(frame, width, height, 36);
      const nw = projectPoint(camera, width, height, [26, 44]);
      const se = projectPoint(camera, width, height, [52, 25]);
      const loose = tight === 'y' ? 'x' : 'y';
      const size = { x: width, y: height };
      expect(nw[tight]).toBeCloseTo(36, 6);
      expect(se[tight]).toBeCloseTo(size[tight] - 36, 6);
      expect((nw[loose] + se[loose]) / 2).toBeCloseTo(size[loose] / 2, 6);
      expect(se[loose] - nw[loose]).toBeLessThan(size[loose] - 72);
    },
  );

  it('projects and unprojects a point back to itself', () => {
    const camera = fitCamera(
      [
        [26, 25],
        [52, 44],
      ],
      640,
      400,
      36,
    );
    const { x, y } = projectPoint(camera, 640, 400, [34.8, 31.5]);
    const [lon, lat] = unprojectPoint(camera, 640, 400, x, y);
    expect(lon).toBeCloseTo(34.8, 9);
    expect(lat).toBeCloseTo(31.5, 9);
  });

  it('gives d3-geo the same projection as the camera', () => {
    const camera = fitCamera(
      [
        [26, 25],
        [52, 44],
      ],
      640,
      400,
      36,
    );
    const [x, y] = viewProjection(camera, 640, 400)([47.7, 40.3])!;
    const expected = projectPoint(camera, 640, 400, [47.7, 40.3]);
    expect(x).toBeCloseTo(expected.x, 6);
    expect(y).toBeCloseTo(expected.y, 6);
  });
});
