/**
 * The element's own words, figures and layout in its reader's language (docs/languages.md): a
 * Persian reader gets a right-to-left frame, Persian words and Persian digits on the map, in the
 * legend and in the table; a change of `lang` re-renders in place, without loading the data again.
 */
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import shipped from '../../data/azerbaijan-israel-usa.json';
import { lifecycleHooks, mount, nextEvent, shadow } from './helpers.ts';

lifecycleHooks();

const PERSIAN_DIGIT = /[۰-۹]/;
const LATIN_DIGIT = /[0-9]/;

async function shown(lang: string) {
  const mounted = mount((e) => {
    e.renderer = 'svg';
    e.lang = lang;
    e.data = structuredClone(shipped);
  });
  await nextEvent(mounted.el, 'ties-ready');
  return mounted;
}

describe("<ties-map> in its reader's language", () => {
  it('reads Persian right to left: Persian words, Persian digits in figures, legend and table, CLDR names', async () => {
    const { el } = await shown('fa');
    const root = shadow(el);
    await expect.poll(() => root.querySelector('.toolbar')?.textContent ?? '').toContain('لایه‌ها');
    const frame = root.querySelector<HTMLElement>('[part="frame"]')!;
    expect(frame.getAttribute('dir')).toBe('rtl');
    expect(getComputedStyle(frame).direction).toBe('rtl');
    // The map is not mirrored: Azerbaijan's label stays east of Israel's.
    await expect.poll(() => root.querySelectorAll('[part="edge-label"]').length).toBeGreaterThan(0);
    const figures = [...root.querySelectorAll('[part="edge-label"]')].map(
      (e) => e.textContent ?? '',
    );
    for (const text of figures) {
      expect(text).toMatch(PERSIAN_DIGIT);
      expect(text).not.toMatch(LATIN_DIGIT);
    }
    const samples = [...root.querySelectorAll('[part="legend"] .sample')].map(
      (e) => e.textContent ?? '',
    );
    expect(samples.length).toBeGreaterThan(0);
    for (const text of samples) expect(text).toMatch(PERSIAN_DIGIT);
    const figureCells = [...root.querySelectorAll('table[part="ties-table"] td.num')]
      .map((e) => e.textContent ?? '')
      .filter((t) => /\d|[۰-۹]/.test(t));
    expect(figureCells.length).toBeGreaterThan(0);
    // The figure itself, not what it is "of" (dataset text, in English here).
    for (const text of figureCells) expect(text.split(' از ')[0]).not.toMatch(LATIN_DIGIT);
    expect(root.querySelector('table[part="ties-table"] th')?.textContent).toBe('پیوند');
    // The layer buttons' counts.
    const counts = [...root.querySelectorAll('.toolbar .count')].map((e) => e.textContent ?? '');
    expect(counts.length).toBeGreaterThan(0);
    for (const text of counts) expect(text).toMatch(/^\([۰-۹]+\)$/);
    // Countries in CLDR's Persian; the dataset's own name where CLDR has none.
    const labels = [...root.querySelectorAll('.actor-label')].map((e) => e.textContent ?? '');
    expect(labels.some((t) => t.includes('اسرائیل'))).toBe(true);
    expect(labels.some((t) => t.includes('جمهوری آذربایجان') || t.includes('آذربایجان'))).toBe(
      true,
    );
  });

  it('switches language at run time in place, without another ties-ready', async () => {
    const { el, events } = await shown('fa');
    const root = shadow(el);
    await expect.poll(() => root.querySelector('.toolbar')?.textContent ?? '').toContain('لایه‌ها');
    el.lang = 'ru';
    await expect.poll(() => root.querySelector('.toolbar')?.textContent ?? '').toContain('Слои');
    expect(root.querySelector('[part="frame"]')?.getAttribute('dir')).toBe('ltr');
    await expect
      .poll(() =>
        [...root.querySelectorAll('.actor-label')].some((e) => e.textContent?.includes('Израиль')),
      )
      .toBe(true);
    el.lang = 'en';
    await expect.poll(() => root.querySelector('.toolbar')?.textContent ?? '').toContain('Layers');
    expect(events.filter((e) => e.type === 'ties-ready')).toHaveLength(1);
  });

  it("takes the nearest ancestor's language, and keeps the page's dir when the element sets one", async () => {
    const article = document.createElement('article');
    article.lang = 'he-IL';
    document.body.append(article);
    const el = document.createElement('ties-map') as HTMLElement & {
      renderer: string;
      data: unknown;
    };
    el.renderer = 'svg';
    el.data = structuredClone(shipped);
    article.append(el);
    try {
      await nextEvent(el, 'ties-ready');
      await expect
        .poll(() => shadow(el).querySelector('.toolbar')?.textContent ?? '')
        .toContain('שכבות');
      expect(shadow(el).querySelector('[part="frame"]')?.getAttribute('dir')).toBe('rtl');
      el.setAttribute('dir', 'ltr');
      await expect
        .poll(() => shadow(el).querySelector('[part="frame"]')?.hasAttribute('dir'))
        .toBe(false);
      // The article's language changes (a language switcher): the element follows.
      article.lang = 'tr';
      await expect
        .poll(() => shadow(el).querySelector('.toolbar')?.textContent ?? '')
        .toContain('Katmanlar');
    } finally {
      article.remove();
    }
  });

  it('falls back to English words for an unshipped language, and is not broken by "constructor"', async () => {
    const { el } = await shown('constructor');
    expect(shadow(el).querySelector('.toolbar')?.textContent).toContain('Layers');
    el.lang = '__proto__';
    await el.updateComplete;
    expect(shadow(el).querySelector('.toolbar')?.textContent).toContain('Layers');
  });

  it('is axe clean right to left: Arabic, with the table, the focus panel and an evidence card open', async () => {
    const { el } = await shown('ar');
    const root = shadow(el);
    await expect.poll(() => root.querySelector('.toolbar')?.textContent ?? '').toContain('الطبقات');
    root.querySelector<HTMLElement>('.table-button')?.click();
    el.focusActor = 'AZE';
    await el.updateComplete;
    await expect.poll(() => root.querySelector('[part="edge-button"]')).toBeTruthy();
    root.querySelector<HTMLElement>('[part="edge-button"]')?.click();
    await expect.poll(() => root.querySelector('[part="evidence"]')).toBeTruthy();
    const results = await axe.run(el, { resultTypes: ['violations'] });
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
});
