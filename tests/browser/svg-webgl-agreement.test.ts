/**
 * The SVG and WebGL pictures of the same view agree (issue 16): two elements of the same size
 * show the shipped dataset, one with each renderer; their map areas, screenshotted, differ in
 * few pixels beyond antialiasing. This is what lets `renderer="auto"` hand over without a jump.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import shipped from '../../data/azerbaijan-israel-usa.json';
import minimal from '../fixtures/valid-minimal.json';
import { mapPixels, mount, nextEvent } from './helpers.ts';

beforeEach(async () => {
  await page.viewport(1280, 900);
});
afterEach(() => {
  document.body.replaceChildren();
});

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
/** The last picture's SVG direction cue, as a pixel box of its map area. */
let lastCue: Box | null = null;

async function picture(
  renderer: 'svg' | 'webgl',
  setup: (el: HTMLElement) => void = () => undefined,
): Promise<ImageData> {
  const { el } = mount((e) => {
    e.setAttribute('renderer', renderer);
    e.loading = 'eager';
    e.data = shipped;
    setup(e);
  });
  const drawn = await nextEvent(el, 'ties-drawn');
  expect(drawn.detail).toEqual({ renderer });
  const pixels = await mapPixels(el);
  const cue = el.shadowRoot!.querySelector('.map [data-cue-for]');
  if (cue) {
    const map = el.shadowRoot!.querySelector('.map')!.getBoundingClientRect();
    const r = cue.getBoundingClientRect();
    // The screenshot's pixels per CSS px (the test page may be shown scaled).
    const sx = pixels.width / map.width,
      sy = pixels.height / map.height;
    lastCue = {
      x0: Math.floor((r.left - map.left) * sx),
      y0: Math.floor((r.top - map.top) * sy),
      x1: Math.ceil((r.right - map.left) * sx),
      y1: Math.ceil((r.bottom - map.top) * sy),
    };
  }
  el.remove();
  return pixels;
}

/** Pixels of a box whose colour differs between two pictures by more than `tolerance` in some channel. */
function differingIn(a: ImageData, b: ImageData, box: Box, tolerance: number): number {
  let differing = 0;
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) {
      const i = (y * a.width + x) * 4,
        j = (y * b.width + x) * 4;
      if (
        Math.max(
          Math.abs(a.data[i]! - b.data[j]!),
          Math.abs(a.data[i + 1]! - b.data[j + 1]!),
          Math.abs(a.data[i + 2]! - b.data[j + 2]!),
        ) > tolerance
      )
        differing++;
    }
  }
  return differing;
}

/** The rows and columns both pictures have (two elements may round the map's height to different pixels). */
const commonBox = (a: ImageData, b: ImageData): Box => ({
  x0: 0,
  y0: 0,
  x1: Math.min(a.width, b.width),
  y1: Math.min(a.height, b.height),
});

/** Share of pixels whose colour differs by more than `tolerance` in some channel. */
function differingShare(a: ImageData, b: ImageData, tolerance: number): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  return differingIn(a, b, commonBox(a, b), tolerance) / (a.width * a.height);
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

/** One planned arms tie, wide (its figure is the map's largest): its dashes are dots with round ends. */
function plannedTie(): unknown {
  const data = structuredClone(minimal) as { ties: { id: string; status?: string }[] };
  data.ties = data.ties
    .filter((t) => t.id === 'isr-aze-arms')
    .map((t) => ({ ...t, status: 'planned' }));
  return data;
}

const withData =
  (data: unknown, more: (e: HTMLElement) => void = () => undefined) =>
  (e: HTMLElement) => {
    (e as HTMLElement & { data: unknown }).data = data;
    more(e);
  };

describe('a planned edge in both renderers', () => {
  it('is drawn as the same round dots, with its cue at the same point', async () => {
    const data = plannedTie();
    const hidden = withData(data, (e) => e.setAttribute('layers', 'energy'));
    const webgl = await picture('webgl', withData(data));
    const webglHidden = await picture('webgl', hidden);
    const svg = await picture('svg', withData(data));
    const box = lastCue!;
    const svgHidden = await picture('svg', hidden);
    // The edge's ink (stroke, halo, cue) in each picture: what differs from the same view without it.
    const webglInk = differingIn(webgl, webglHidden, commonBox(webgl, webglHidden), 48);
    const svgInk = differingIn(svg, svgHidden, commonBox(svg, svgHidden), 48);
    expect(svgInk).toBeGreaterThan(1000);
    // Square dashes one stroke long, the GPU layer's old look, leave a quarter of the stroke's ink out.
    expect(webglInk / svgInk).toBeGreaterThan(0.93);
    expect(webglInk / svgInk).toBeLessThan(1.07);
    // The cue, where the SVG picture draws it (the scene's arrow, at the recipient's end): as much
    // ink there in the WebGL picture (the GPU layer drew its cue at the curve's middle before).
    const svgCue = differingIn(svg, svgHidden, box, 48);
    expect(svgCue).toBeGreaterThan(40);
    expect(differingIn(webgl, webglHidden, box, 48)).toBeGreaterThan(0.8 * svgCue);
  });
});
