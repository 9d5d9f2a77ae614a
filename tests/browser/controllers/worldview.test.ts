/**
 * The `worldview` attribute: the legend and the credit line name the view of borders, the picture
 * draws Crimea within the shape that view gives it, the export says the same, and an unknown value
 * keeps the de facto view with a warning.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import shipped from '../../../data/azerbaijan-israel-usa.json';
import { mount, nextEvent, shadow } from '../helpers.ts';

beforeEach(async () => {
  await page.viewport(1280, 900);
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

const credit = (el: HTMLElement) =>
  shadow(el).querySelector('[part="legend"] [data-credit="borders"]')?.textContent;
const status = (el: HTMLElement, area: string) =>
  shadow(el).querySelector(`[part="legend"] li[data-area="${area}"]`)?.textContent;
const ukraine = (el: HTMLElement) =>
  shadow(el).querySelector('.gl path[data-shape-id="UKR"]')?.getAttribute('d');

describe('worldview', () => {
  it('switches the shape Crimea is drawn within, the legend, the credit line and the export', async () => {
    const { el } = mount((e) => {
      e.renderer = 'svg';
      e.data = shipped;
    });
    await nextEvent(el, 'ties-drawn');
    expect(credit(el)).toBe('Borders: de facto');
    expect(status(el, 'crimea')).toContain('drawn as Russia');
    expect(status(el, 'golan')).toContain('Golan Heights (ring)');
    expect(
      shadow(el).querySelectorAll(
        '.gl [data-area="crimea"], .gl [data-area="gaza"], .gl circle[data-area="golan"]',
      ),
    ).toHaveLength(3);
    const deFacto = ukraine(el);
    expect(deFacto).toBeTruthy();
    expect(await el.toSVG()).toContain('Base map: Natural Earth · Borders: de facto');

    const drawn = nextEvent(el, 'ties-drawn');
    el.setAttribute('worldview', 'un');
    await drawn;
    await expect.poll(() => credit(el)).toBe('Borders: UN view (Crimea: Ukraine)');
    expect(status(el, 'crimea')).toContain('part of Ukraine');
    expect(status(el, 'golan')).toContain('part of Syria');
    await expect.poll(() => ukraine(el)).not.toBe(deFacto);
    expect(shadow(el).querySelectorAll('.gl [data-area="crimea"]')).toHaveLength(1);
    expect(await el.toSVG()).toContain(
      'Base map: Natural Earth · Borders: UN view (Crimea: Ukraine)',
    );
  });

  it("names each marked area in the table of actors' places, in the row of the shape that holds it", async () => {
    const { el } = mount((e) => {
      e.renderer = 'svg';
      e.data = shipped;
    });
    await nextEvent(el, 'ties-drawn');
    const places = () => shadow(el).querySelector('[part="places-table"]');
    const areasIn = (actor: string) =>
      [...(places()?.querySelectorAll(`tr[data-place-of="${actor}"] [data-area]`) ?? [])].map((n) =>
        n.getAttribute('data-area'),
      );
    expect(places()?.querySelector('caption')?.textContent).toContain('Borders: de facto');
    expect(areasIn('ISR')).toEqual(['golan']);
    expect(areasIn('PS-GZA')).toEqual(['gaza']);
    expect(areasIn('RUS')).toEqual(['crimea']);
    expect(areasIn('')).toContain('west-bank');
    expect(places()?.querySelector('tr[data-place-of="USA"] td')?.textContent).toMatch(/km away/);

    const drawn = nextEvent(el, 'ties-drawn');
    el.worldview = 'un';
    await drawn;
    await expect.poll(() => areasIn('UKR')).toEqual(['crimea']);
    expect(areasIn('RUS')).toEqual([]);
    expect(
      places()?.querySelector('tr[data-place-of="ISR"] [data-area="golan"]')?.textContent,
    ).toContain('part of Syria');
  });

  it('prints the picture of the chosen view, with its marking', async () => {
    const { el } = mount((e) => {
      e.renderer = 'svg';
      e.data = shipped;
    });
    await nextEvent(el, 'ties-drawn');
    const printed = () => {
      window.dispatchEvent(new Event('beforeprint'));
      return (
        shadow(el).querySelector('.print-picture path[data-shape-id="UKR"]')?.getAttribute('d') ??
        null
      );
    };
    await expect.poll(printed).not.toBeNull();
    const deFacto = printed();
    const drawn = nextEvent(el, 'ties-drawn');
    el.worldview = 'un';
    await drawn;
    await expect.poll(printed).not.toBe(deFacto);
    expect(
      shadow(el).querySelectorAll(
        '.print-picture [data-area="crimea"], .print-picture circle[data-area="golan"]',
      ),
    ).toHaveLength(2);
    // The legend, which prints as it is, names the view.
    expect(credit(el)).toBe('Borders: UN view (Crimea: Ukraine)');
  });

  it('an unknown value keeps the de facto view and says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { el } = mount((e) => {
      e.renderer = 'svg';
      e.setAttribute('worldview', 'mars');
      e.data = shipped;
    });
    await nextEvent(el, 'ties-drawn');
    expect(credit(el)).toBe('Borders: de facto');
    await expect
      .poll(() => warn.mock.calls.map((c) => String(c[0])).join('\n'))
      .toContain(
        'worldview="mars" is not a view of borders this map knows (de-facto, un); showing the de facto view.',
      );
  });
});
