/**
 * Attribute values the element cannot follow as given are said, and a valid as-of between the
 * timeline's stops shows where it falls: `as-of` on a date that is no stop, `renderer` and `theme`
 * values it does not know, and `story` on a page with no section to follow.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import shipped from '../../../data/azerbaijan-israel-usa.json';
import type { Dataset } from '../../../src/data/types.ts';
import { timelineStops } from '../../../src/state/timeline-stops.ts';
import { mount, nextEvent, shadow } from '../helpers.ts';

beforeEach(async () => {
  await page.viewport(1280, 900);
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('attribute values', () => {
  it('as-of="2024-02-29", a valid date that is no stop, puts the slider at the last stop on or before it', async () => {
    const { el } = mount((e) => {
      e.setAttribute('as-of', '2024-02-29');
      e.data = shipped;
    });
    await nextEvent(el, 'ties-ready');
    const stops = timelineStops(shipped as unknown as Dataset);
    expect(stops).not.toContain('2024-02-29');
    // ISO dates compare as text: a stop "2024" or "2023-10" sorts before the day, "2024-03" after it.
    const expected = stops.filter((stop) => stop <= '2024-02-29').length - 1;
    expect(expected).toBeGreaterThan(0);
    const slider = shadow(el).querySelector<HTMLInputElement>('#as-of-slider')!;
    expect(slider.value).toBe(String(expected));
  });

  it('renderer="WEBGL", theme="purple" and story with no section are each said', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { el } = mount((e) => {
      e.setAttribute('renderer', 'WEBGL');
      e.setAttribute('theme', 'purple');
      e.setAttribute('story', '');
      e.data = shipped;
    });
    await nextEvent(el, 'ties-ready');
    const said = () => warn.mock.calls.map((c) => String(c[0])).join('\n');
    expect(said()).toContain(
      'renderer="WEBGL" is not auto, webgl or svg; did you mean "webgl"? (values are case-sensitive); drawing as auto.',
    );
    expect(said()).toContain(
      'theme="purple" is not light or dark; following the reader\'s colour scheme.',
    );
    expect(said()).toContain(
      'story is set, but the page has no section with a data-ties-scene attribute for this map',
    );
    await expect
      .poll(() => shadow(el).querySelector('[part="announcer"]')!.textContent)
      .toContain('theme="purple"');
  });

  it('known values and a story with its section say nothing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const section = document.createElement('section');
    section.dataset['tiesScene'] = shipped.scenes[0]!.id;
    document.body.append(section);
    const { el } = mount((e) => {
      e.setAttribute('renderer', 'svg');
      e.setAttribute('theme', 'dark');
      e.setAttribute('story', '');
      e.data = shipped;
    });
    await nextEvent(el, 'ties-drawn');
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([]);
  });
});
