/**
 * The map's lifecycle under inputs that race it (issue 12): removed and re-added while MapLibre
 * loads, a theme set while it loads, several toggles in one task.
 */
import { describe, expect, it } from 'vitest';
import shipped from '../../../data/azerbaijan-israel-usa.json';
import { liveMapCount } from '../../../src/components/map/live-maps.ts';
import {
  countColour,
  lifecycleHooks,
  mapPixels,
  mount,
  nextEvent,
  shadow,
  tableRowIds,
} from '../helpers.ts';

const live = lifecycleHooks();

const canvases = (el: HTMLElement) => shadow(el).querySelectorAll('canvas').length;

describe('one map per element, whatever the timing', () => {
  it('removed and re-added while MapLibre loads: exactly one map and context, freed on removal', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const el = document.createElement('ties-map');
    el.setAttribute('renderer', 'webgl');
    el.loading = 'eager';
    el.addEventListener(
      'ties-ready',
      () => {
        el.remove();
        host.append(el);
      },
      { once: true },
    );
    el.data = shipped;
    host.append(el);
    await nextEvent(el, 'ties-drawn');
    expect(canvases(el)).toBe(1);
    expect(live()).toBe(1);
    expect(liveMapCount()).toBe(1);
    el.remove();
    expect(liveMapCount()).toBe(0);
    expect(live()).toBe(0);
    expect(canvases(el)).toBe(0);
  });

  it('a theme set while MapLibre loads reaches the picture', async () => {
    const { el } = mount((e) => {
      e.setAttribute('renderer', 'webgl');
      e.loading = 'eager';
      e.src = '/data/azerbaijan-israel-usa.json';
      e.addEventListener('ties-ready', () => e.setAttribute('theme', 'dark'), { once: true });
    });
    await nextEvent(el, 'ties-drawn');
    const darkSea = getComputedStyle(el).getPropertyValue('--ties-sea').trim();
    expect(darkSea).toBe('#1b2833');
    // The sea (about a twelfth of this view, beside the margin strips) is the dark sea colour, and none of it the light one.
    const pixels = await mapPixels(el);
    const total = pixels.width * pixels.height;
    expect(countColour(pixels, darkSea, 6)).toBeGreaterThan(total * 0.05);
    expect(countColour(pixels, '#dde7ee', 6)).toBeLessThan(total * 0.01);
  });

  it('several toggles in one task end in the state the last one asked for', async () => {
    const { el } = mount((e) => (e.src = '/data/azerbaijan-israel-usa.json'));
    await nextEvent(el, 'ties-drawn');
    const energy = shadow(el).querySelector<HTMLButtonElement>('button[data-layer="energy"]')!;
    const arms = shadow(el).querySelector<HTMLButtonElement>('button[data-layer="arms"]')!;
    const drawn = nextEvent(el, 'ties-drawn');
    energy.click();
    arms.click();
    energy.click();
    arms.click();
    arms.click();
    await drawn;
    await el.updateComplete;
    expect(energy.getAttribute('aria-pressed')).toBe('true');
    expect(arms.getAttribute('aria-pressed')).toBe('false');
    expect(tableRowIds(el)).toEqual(
      shipped.ties.filter((t) => t.layer !== 'arms').map((t) => t.id),
    );
  });
});
