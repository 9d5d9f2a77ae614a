/**
 * The `renderer` attribute (issue 16): `svg` never loads MapLibre; `auto` (the default) draws the
 * SVG picture first and hands over to WebGL on a pan or zoom gesture, at the same camera, leaving
 * one picture; past the page's live-map budget it stays on SVG and says nothing; `webgl` draws
 * with MapLibre from the start.
 */
import { describe, expect, it } from 'vitest';
import shipped from '../../../data/azerbaijan-israel-usa.json';
import {
  LIVE_MAP_BUDGET,
  liveMapCount,
  registerLiveMap,
  unregisterLiveMap,
  type LiveMap,
} from '../../../src/components/map/live-maps.ts';
import { lifecycleHooks, mount, nextEvent, shadow } from '../helpers.ts';

performance.setResourceTimingBufferSize(100_000);
const liveContexts = lifecycleHooks();

/** The WebGL map's canvases (the SVG picture paints its edges on a canvas of its own). */
const canvases = (el: HTMLElement) =>
  shadow(el).querySelectorAll('canvas.maplibregl-canvas').length;
const svgEdges = (el: HTMLElement) => shadow(el).querySelectorAll('.gl svg [data-edge-id]').length;
const maplibreRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((url) => /maplibre/i.test(url));

/** The next `ties-drawn` from `renderer` (the SVG picture may redraw meanwhile, e.g. as the map's width settles). */
function drawnBy(el: HTMLElement, renderer: 'svg' | 'webgl'): Promise<unknown> {
  return new Promise((resolve) => {
    const listener = (e: Event) => {
      if ((e as CustomEvent<{ renderer: string }>).detail.renderer !== renderer) return;
      el.removeEventListener('ties-drawn', listener);
      resolve((e as CustomEvent).detail);
    };
    el.addEventListener('ties-drawn', listener);
  });
}

/** A wheel turn over the middle of the map, as a reader zooming. */
function zoomGesture(el: HTMLElement): void {
  const gl = shadow(el).querySelector<HTMLElement>('.gl')!;
  const svg = gl.querySelector('svg')!;
  const box = gl.getBoundingClientRect();
  svg.dispatchEvent(
    new WheelEvent('wheel', {
      deltaY: -100,
      clientX: box.x + box.width / 2,
      clientY: box.y + box.height / 2,
      bubbles: true,
      composed: true,
    }),
  );
}

describe('renderer attribute', () => {
  // First in the file: nothing before it has loaded MapLibre into this page.
  it('renderer="svg" draws the SVG map, stays on it through a zoom gesture, and never requests MapLibre', async () => {
    const { el, events } = mount((e) => {
      e.setAttribute('renderer', 'svg');
      e.data = shipped;
    });
    const drawn = await nextEvent(el, 'ties-drawn');
    expect(drawn.detail).toEqual({ renderer: 'svg' });
    expect(svgEdges(el)).toBeGreaterThan(0);
    zoomGesture(el);
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.gl [data-renderer]').length).toBe(1);
    expect(canvases(el)).toBe(0);
    expect(maplibreRequests()).toEqual([]);
    expect(events.filter((e) => e.type === 'ties-error')).toEqual([]);
  });

  it('auto (the default) draws SVG first, then WebGL at the same camera after a zoom gesture, leaving one picture and one context', async () => {
    const { el } = mount((e) => (e.data = shipped));
    expect((await nextEvent(el, 'ties-drawn')).detail).toEqual({ renderer: 'svg' });
    expect(canvases(el)).toBe(0);
    const svgCamera = el.mapRenderer!.camera();
    const handedOver = drawnBy(el, 'webgl');
    zoomGesture(el);
    expect(await handedOver).toEqual({ renderer: 'webgl' });
    expect(el.mapRenderer!.kind).toBe('webgl');
    expect(canvases(el)).toBe(1);
    expect(svgEdges(el)).toBe(0);
    expect(liveMapCount()).toBe(1);
    expect(liveContexts()).toBe(1);
    const camera = el.mapRenderer!.camera();
    expect(camera.zoom).toBeCloseTo(svgCamera.zoom, 4);
    expect(camera.center[0]).toBeCloseTo(svgCamera.center[0], 4);
    expect(camera.center[1]).toBeCloseTo(svgCamera.center[1], 4);
    el.remove();
    expect(liveMapCount()).toBe(0);
  });

  it('auto removed and re-added during the hand-over: one picture, one context, freed on removal', async () => {
    const { el } = mount((e) => (e.data = shipped));
    await nextEvent(el, 'ties-drawn');
    const host = el.parentElement!;
    zoomGesture(el); // the hand-over starts loading MapLibre…
    el.remove(); // …and the element leaves before it is done
    const back = nextEvent(el, 'ties-drawn');
    host.append(el);
    expect((await back).detail).toEqual({ renderer: 'svg' });
    const handedOver = drawnBy(el, 'webgl');
    zoomGesture(el);
    expect(await handedOver).toEqual({ renderer: 'webgl' });
    expect(canvases(el)).toBe(1);
    expect(shadow(el).querySelectorAll('.gl [data-renderer]').length).toBe(1);
    expect(liveContexts()).toBe(1);
    expect(liveMapCount()).toBe(1);
    el.remove();
    expect(liveContexts()).toBe(0);
    expect(liveMapCount()).toBe(0);
  });

  it('auto past the live-map budget stays on the SVG picture through a gesture, with no error and no message', async () => {
    const others: LiveMap[] = Array.from({ length: LIVE_MAP_BUDGET }, () => ({
      inView: true,
      releaseMap: () => undefined,
    }));
    others.forEach(registerLiveMap);
    try {
      const { el, events } = mount((e) => (e.data = shipped));
      expect((await nextEvent(el, 'ties-drawn')).detail).toEqual({ renderer: 'svg' });
      zoomGesture(el);
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('.gl [data-renderer="webgl"]').length).toBe(0);
      expect(el.mapRenderer!.kind).toBe('svg');
      expect(svgEdges(el)).toBeGreaterThan(0);
      expect(shadow(el).querySelector('[part="map-status"]')).toBeNull();
      expect(events.filter((e) => e.type === 'ties-error')).toEqual([]);
    } finally {
      others.forEach(unregisterLiveMap);
    }
  });

  it('renderer="webgl" draws with MapLibre from the first picture', async () => {
    const { el } = mount((e) => {
      e.setAttribute('renderer', 'webgl');
      e.data = shipped;
    });
    expect((await nextEvent(el, 'ties-drawn')).detail).toEqual({ renderer: 'webgl' });
    expect(canvases(el)).toBe(1);
    expect(svgEdges(el)).toBe(0);
  });
});
