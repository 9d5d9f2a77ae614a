/**
 * Dataset text in the element's language (docs/languages.md, "Dataset translations"): the
 * translated title, summaries and names; the quote verbatim with its language, the translation
 * beneath it labelled as no part of the source, with who made it and whether it was reviewed.
 */
import { describe, expect, it } from 'vitest';
import translated from '../fixtures/valid-translated.json';
import { lifecycleHooks, mount, nextEvent, shadow } from './helpers.ts';

lifecycleHooks();

async function shown(lang: string) {
  const mounted = mount((e) => {
    e.renderer = 'svg';
    e.lang = lang;
    e.data = structuredClone(translated);
  });
  await nextEvent(mounted.el, 'ties-ready');
  return mounted;
}

async function openCard(
  el: HTMLElement & { updateComplete: Promise<boolean> },
): Promise<HTMLElement> {
  await expect
    .poll(() => shadow(el).querySelector('[part="edge-button"][data-edge-id="ISR>AZE:arms"]'))
    .toBeTruthy();
  shadow(el)
    .querySelector<HTMLElement>('[part="edge-button"][data-edge-id="ISR>AZE:arms"]')
    ?.click();
  await el.updateComplete;
  const card = shadow(el).querySelector<HTMLElement>('[part="evidence"]');
  if (!card) throw new Error('no evidence card');
  return card;
}

describe('a translated dataset', () => {
  it('reads in Arabic: title, layer, names and summary, the quote verbatim in English with the translation beneath', async () => {
    const { el } = await shown('ar');
    const root = shadow(el);
    expect(root.textContent).toContain(translated.translations.ar.title);
    const card = await openCard(el);
    expect(card.querySelector('h3')?.textContent).toContain('الأسلحة');
    expect(card.querySelector('h3')?.textContent).toContain('أذربيجان');
    expect(card.querySelector('.summary')?.textContent).toBe(
      translated.translations.ar.ties['isr-aze-arms'].summary,
    );
    const quote = card.querySelector<HTMLElement>('blockquote .quote');
    expect(quote?.textContent).toBe(`“${translated.ties[0]?.evidence[0]?.quote}”`);
    expect(quote?.lang).toBe('en');
    const translation = card.querySelector<HTMLElement>('blockquote .translation');
    expect(translation?.lang).toBe('ar');
    expect(translation?.textContent).toBe(translated.ties[0]?.evidence[0]?.translations[0]?.text);
    const credit = card.querySelector('blockquote .translation-credit')?.textContent ?? '';
    // The element's own words about the translation are in Arabic; how it was made is the dataset's.
    expect(credit).toContain('ليست جزءًا من المصدر');
    expect(credit).toContain('machine-assisted');
    expect(credit).toContain('لم تُراجَع');
  });

  it('follows a change of lang without reloading, and shows English and no translation to an English reader', async () => {
    const { el, events } = await shown('he-IL');
    expect(shadow(el).textContent).toContain(translated.translations.he.title);
    let card = await openCard(el);
    expect(card.querySelector('.translation')?.getAttribute('lang')).toBe('he');
    expect(card.querySelector('.translation-credit')?.textContent).toContain('נבדק בידי B. Editor');
    el.lang = 'en';
    await expect.poll(() => shadow(el).textContent).toContain(translated.title);
    card = await openCard(el);
    expect(card.querySelector('.summary')?.textContent).toBe(translated.ties[0]?.summary);
    expect(card.querySelector('.translation')).toBeNull();
    expect(events.filter((e) => e.type === 'ties-ready')).toHaveLength(1);
  });
});
