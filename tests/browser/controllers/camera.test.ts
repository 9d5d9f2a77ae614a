/** The camera between scenes: it eases, and jumps under reduced motion. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { TiesMap } from '../../../src/components/ties-map/ties-map.component.ts';
import { mount, nextEvent } from '../helpers.ts';
import { SHIPPED_URL, caption } from './steps-expectation.ts';

beforeEach(async () => {
  await page.viewport(1280, 900);
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('camera between scenes', () => {
  let reduce = false;
  const original = window.matchMedia;
  beforeEach(() => {
    reduce = false;
    // The reader's motion setting, switchable mid-test; every other media query is the browser's.
    window.matchMedia = (query: string) => {
      if (!query.includes('prefers-reduced-motion')) return original.call(window, query);
      const list = original.call(window, query);
      return Object.create(list, { matches: { get: () => reduce } }) as MediaQueryList;
    };
  });
  afterEach(() => {
    window.matchMedia = original;
  });

  /**
   * Steps to a scene and tells how the camera got there: a jump starts and ends its move in one
   * task, an eased move ends in a later animation frame.
   */
  async function step(el: TiesMap, sceneId: string): Promise<'jump' | 'ease'> {
    type Evented = { once(t: string, f: () => void): void };
    const map = (el as unknown as { mapRenderer: { map: Evented } }).mapRenderer.map;
    const how = new Promise<'jump' | 'ease'>((resolve) =>
      map.once('movestart', () => {
        let sameTask = true;
        setTimeout(() => (sameTask = false), 0);
        map.once('moveend', () => resolve(sameTask ? 'jump' : 'ease'));
      }),
    );
    el.scene = sceneId;
    const result = await how;
    await expect.poll(() => caption(el)?.dataset['sceneId']).toBe(sceneId);
    return result;
  }

  it('eases to the next scene, and jumps once the reader asks for reduced motion', async () => {
    const { el } = mount(
      (e) => {
        e.setAttribute('renderer', 'webgl'); // MapLibre's camera moves (the SVG picture always jumps)
        e.src = SHIPPED_URL;
        e.scene = 'iran-armenia';
      },
      { width: 1000, height: 560 },
    );
    await nextEvent(el, 'ties-drawn');
    expect(await step(el, 'gaza-isf')).toBe('ease');
    reduce = true; // turned on mid-briefing: the next move already jumps
    expect(await step(el, 'iran-armenia')).toBe('jump');
    expect(await step(el, 'gaza-isf')).toBe('jump');
  });
});
