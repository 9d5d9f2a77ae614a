/**
 * The hubs' arrival rings follow the reader's zoom: zoomed in on the Caucasus, the arrowheads at
 * Armenia and Azerbaijan end as near their markers, in px, as on the map's first frame, instead of
 * drifting out with the zoom (rings sized for the first frame's scale). Both renderers.
 */
import { describe, expect, it } from 'vitest';
import type { Bounds } from '../../src/data/types.ts';
import type { Scene } from '../../src/scene/types.ts';
import type { TiesMap } from '../../src/components/ties-map/ties-map.component.ts';
import { FRAME_PADDING } from '../../src/render/renderer.ts';
import shipped from '../../data/azerbaijan-israel-usa.json';
import { lifecycleHooks, mount, nextEvent } from './helpers.ts';

lifecycleHooks();

const CAUCASUS: Bounds = [
  [41.5, 37.5],
  [50.5, 43.5],
];
const HUBS = ['ARM', 'AZE'];

/** The px from each arrowhead at a hub to that hub's anchor, as the map shows it now. */
function hubGaps(el: TiesMap, scene = el.derived!.scene): number[] {
  const renderer = el.mapRenderer!;
  const anchor = new Map(scene.actors.map((a) => [a.id, a.anchor]));
  return scene.edges
    .filter((e) => HUBS.includes(e.to) && !e.recede)
    .map((e) => {
      const tip = renderer.project(e.arrow.at);
      const at = renderer.project(anchor.get(e.to)!);
      return Math.hypot(tip.x - at.x, tip.y - at.y);
    });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Zooms in; returns the scene the map showed before. */
async function zoomIn(el: TiesMap): Promise<Scene> {
  const before = el.derived!.scene;
  el.mapRenderer!.fit(CAUCASUS, FRAME_PADDING);
  // The scene is built again once the camera rests at the new zoom, and drawn.
  while (el.derived!.scene === before) await nextEvent(el, 'ties-drawn');
  return before;
}

describe('arrival rings at the reader’s zoom', () => {
  for (const renderer of ['svg', 'webgl'] as const) {
    it(`${renderer}: zoomed in on the Caucasus, the hubs' arrowheads stay by their markers`, async () => {
      const { el } = mount(
        (e) => {
          e.setAttribute('renderer', renderer);
          e.setAttribute('loading', 'eager');
          e.data = structuredClone(shipped);
        },
        { width: 800, height: 500 },
      );
      await nextEvent(el, 'ties-drawn');
      const framed = hubGaps(el);
      expect(framed.length).toBeGreaterThan(8);
      const zoom = el.mapRenderer!.camera().zoom;
      const before = await zoomIn(el);
      expect(el.mapRenderer!.camera().zoom - zoom).toBeGreaterThan(1.5);
      const zoomed = hubGaps(el);
      // The first frame's rings at this zoom: what the reader saw before they were placed again.
      const drifted = hubGaps(el, before);
      expect(median(drifted)).toBeGreaterThan(2 * median(framed));
      // Three times the scale would put them three times as far out with the first frame's rings.
      expect(median(zoomed)).toBeLessThan(Math.max(60, 1.5 * median(framed)));
      expect(Math.max(...zoomed)).toBeLessThan(120);
    });
  }
});
