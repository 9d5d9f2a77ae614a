/**
 * The SVG and WebGL pictures of the same view agree (issue 16): two elements of the same size
 * show the shipped dataset, one with each renderer; their map areas, screenshotted, differ in
 * few pixels beyond antialiasing. This is what lets `renderer="auto"` hand over without a jump.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import shipped from '../../data/azerbaijan-israel-usa.json';
import { mapPixels, mount, nextEvent } from './helpers.ts';

beforeEach(async () => {
  await page.viewport(1280, 900);
});
afterEach(() => {
  document.body.replaceChildren();
});

async function picture(renderer: 'svg' | 'webgl', setup: (el: HTMLElement) => void = () => undefined): Promise<ImageData> {
  const { el } = mount((e) => {
    e.setAttribute('renderer', renderer);
    e.loading = 'eager';
    setup(e);
    e.data = shipped;
  });
  const drawn = await nextEvent(el, 'ties-drawn');
  expect(drawn.detail).toEqual({ renderer });
  const pixels = await mapPixels(el);
  el.remove();
  return pixels;
}

/** Share of pixels whose colour differs by more than `tolerance` in some channel. */
function differingShare(a: ImageData, b: ImageData, tolerance: number): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.max(Math.abs(a.data[i]! - b.data[i]!), Math.abs(a.data[i + 1]! - b.data[i + 1]!), Math.abs(a.data[i + 2]! - b.data[i + 2]!));
    if (d > tolerance) differing++;
  }
  return differing / (a.width * a.height);
}

describe('SVG and WebGL pictures of the same view', () => {
  it('agree within a pixel tolerance: the default frame', async () => {
    const webgl = await picture('webgl');
    const svg = await picture('svg');
    expect(differingShare(svg, webgl, 48)).toBeLessThan(0.03);
  });

  it('agree with an actor focused (dimmed edges and land)', async () => {
    const focus = (e: HTMLElement) => e.setAttribute('focus', 'IRN');
    const webgl = await picture('webgl', focus);
    const svg = await picture('svg', focus);
    expect(differingShare(svg, webgl, 48)).toBeLessThan(0.03);
  });
});
