/**
 * The `renderer` attribute changed while the first picture is still being mounted: the mount under
 * way is for the old renderer, and the element must end on the one the attribute now names
 * (before, the mount under way was adopted and the change waited for an unrelated update).
 */
import { afterEach, describe, expect, it } from 'vitest';
import shipped from '../../../data/azerbaijan-israel-usa.json';
import { mount, nextEvent, shadow } from '../helpers.ts';

afterEach(() => {
  document.body.replaceChildren();
});

const pictures = (el: HTMLElement) =>
  [...shadow(el).querySelectorAll<HTMLElement>('.gl [data-renderer]')].map(
    (p) => p.dataset['renderer'],
  );
const drawnWith = (el: HTMLElement) =>
  new Promise<string>((resolve) => {
    const listener = (e: Event) => {
      const { renderer } = (e as CustomEvent<{ renderer: string }>).detail;
      el.removeEventListener('ties-drawn', listener);
      resolve(renderer);
    };
    el.addEventListener('ties-drawn', listener);
  });

describe('renderer changed while a mount is under way', () => {
  for (const [from, to] of [
    ['svg', 'webgl'],
    ['webgl', 'svg'],
  ] as const) {
    it(`${from} → ${to}: the picture is ${to}'s`, async () => {
      const { el, events } = mount((e) => {
        e.loading = 'eager';
        e.setAttribute('renderer', from);
        e.data = shipped;
      });
      // ties-ready is said once the frame shows, before the picture's mount has had its paint.
      await nextEvent(el, 'ties-ready');
      const drawn = drawnWith(el);
      el.setAttribute('renderer', to);
      expect(await drawn).toBe(to);
      await expect.poll(() => pictures(el)).toEqual([to]);
      expect(
        events
          .filter((e) => e.type === 'ties-drawn')
          .map((e) => (e.detail as { renderer: string }).renderer),
      ).not.toContain(from);
      expect(events.filter((e) => e.type === 'ties-error')).toEqual([]);
    });
  }
});
