/**
 * The SVG picture's camera mirrors MapLibre's fitBounds for a flat Mercator map: the frame fills
 * the padded viewport along one axis, centred, at MapLibre's zoom (a 512 px world at zoom 0).
 */
import { describe, expect, it } from 'vitest';
import type { Bounds } from '../../src/data/types.ts';
import { fitCamera, projectPoint, unprojectPoint, viewProjection } from '../../src/render/svg/camera.ts';

describe('SVG camera', () => {
  it('shows the whole Web Mercator world at zoom 0 in a 512 px square', () => {
    const camera = fitCamera([[-180, -85.051129], [180, 85.051129]], 512, 512, 0);
    expect(camera.zoom).toBeCloseTo(0, 6);
    expect(camera.center[0]).toBeCloseTo(0, 6);
    expect(camera.center[1]).toBeCloseTo(0, 6);
  });

  it('fits a frame inside the padding, touching it on the tighter axis, centred on the other', () => {
    const frame: Bounds = [[26, 25], [52, 44]];
    const camera = fitCamera(frame, 800, 500, 36);
    const nw = projectPoint(camera, 800, 500, [26, 44]);
    const se = projectPoint(camera, 800, 500, [52, 25]);
    // Tall frame in a wide view: the height is the tight axis.
    expect(nw.y).toBeCloseTo(36, 6);
    expect(se.y).toBeCloseTo(464, 6);
    expect((nw.x + se.x) / 2).toBeCloseTo(400, 6);
    expect(se.x - nw.x).toBeLessThan(800 - 72);
    // The same frame in a narrow view: now the width is the tight axis.
    const narrow = fitCamera(frame, 300, 600, 36);
    const left = projectPoint(narrow, 300, 600, [26, 44]);
    const right = projectPoint(narrow, 300, 600, [52, 25]);
    expect(left.x).toBeCloseTo(36, 6);
    expect(right.x).toBeCloseTo(264, 6);
    expect((left.y + right.y) / 2).toBeCloseTo(300, 6);
  });

  it('projects and unprojects a point back to itself', () => {
    const camera = fitCamera([[26, 25], [52, 44]], 640, 400, 36);
    const { x, y } = projectPoint(camera, 640, 400, [34.8, 31.5]);
    const [lon, lat] = unprojectPoint(camera, 640, 400, x, y);
    expect(lon).toBeCloseTo(34.8, 9);
    expect(lat).toBeCloseTo(31.5, 9);
  });

  it('gives d3-geo the same projection as the camera', () => {
    const camera = fitCamera([[26, 25], [52, 44]], 640, 400, 36);
    const [x, y] = viewProjection(camera, 640, 400)([47.7, 40.3])!;
    const expected = projectPoint(camera, 640, 400, [47.7, 40.3]);
    expect(x).toBeCloseTo(expected.x, 6);
    expect(y).toBeCloseTo(expected.y, 6);
  });
});
