/**
 * A page with two maps spends its start-up on the one the reader sees: a second map below the fold
 * does not fetch its dataset (so parses nothing and lays out no scene) until the first has painted
 * and the reader scrolls near it; printing starts it, so a print still has both pictures.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import shipped from '../../../data/azerbaijan-israel-usa.json';
import type { TiesMap } from '../../../src/components/ties-map/ties-map.component.ts';
import { mount, nextEvent, shadow } from '../helpers.ts';
import { controlFetch } from './controlled-fetch.ts';

let fetches: ReturnType<typeof controlFetch>;
beforeEach(async () => {
  await page.viewport(412, 823);
  window.scrollTo(0, 0);
  fetches = controlFetch();
});
afterEach(() => {
  fetches.restore();
  document.body.replaceChildren();
});

const fetched = (name: string) =>
  fetches.calls.filter((call) => call.url.includes(`/slow/${name}.json`));

/** The first map at the top, three viewports of text, then the second map; the first drawn. */
async function twoMaps(second: (el: TiesMap) => void = () => {}) {
  const first = mount((e) => (e.src = '/slow/first.json'), { width: 400, height: 500 });
  const spacer = document.createElement('div');
  spacer.style.height = '2500px';
  document.body.append(spacer);
  const below = mount(
    (e) => {
      e.src = '/slow/second.json';
      second(e);
    },
    { width: 400, height: 500 },
  );
  const drawn = nextEvent(first.el, 'ties-drawn');
  (await fetches.next()).answer(JSON.stringify(shipped));
  await drawn;
  await below.el.updateComplete;
  return { first, below };
}

describe('a second map below the fold', () => {
  it('fetches nothing and shows its placeholder until the reader scrolls near it, then draws', async () => {
    const { first, below } = await twoMaps();
    expect(fetched('first')).toHaveLength(1);
    // The first map has painted; the second, far below the viewport, has not asked for its dataset.
    expect(fetched('second')).toHaveLength(0);
    expect(below.events.map((e) => e.type)).toEqual([]);
    expect(shadow(below.el).querySelector('[part="ties-table"]')).toBeNull();
    expect(shadow(first.el).querySelector('[part="ties-table"]')).not.toBeNull();

    below.el.scrollIntoView();
    await expect.poll(() => fetched('second').length, { timeout: 30_000 }).toBe(1);
    const drawn = nextEvent(below.el, 'ties-drawn');
    fetched('second')[0]!.answer(JSON.stringify(shipped));
    await drawn;
    expect(below.events.map((e) => e.type)).toContain('ties-ready');
  });

  it('starts when the page prints, so the print has both pictures', async () => {
    const { first, below } = await twoMaps();
    expect(fetched('second')).toHaveLength(0);
    window.dispatchEvent(new Event('beforeprint'));
    await expect.poll(() => fetched('second').length, { timeout: 30_000 }).toBe(1);
    const drawn = nextEvent(below.el, 'ties-drawn');
    fetched('second')[0]!.answer(JSON.stringify(shipped));
    await drawn;
    // Each element builds its print picture at `beforeprint` once its print code has arrived.
    const printed = (el: TiesMap) => shadow(el).querySelector('.print-picture svg') !== null;
    await expect
      .poll(
        () => {
          window.dispatchEvent(new Event('beforeprint'));
          return printed(first.el) && printed(below.el);
        },
        { timeout: 30_000 },
      )
      .toBe(true);
  });

  it('with loading="eager" starts at once', async () => {
    const { below } = await twoMaps((e) => (e.loading = 'eager'));
    expect(fetched('second')).toHaveLength(1);
    expect(below.events).toEqual([]);
  });
});
