/**
 * Every word of the element's own chrome goes through its messages: under a pseudo-locale
 * (accented, bracketed English, made here from the XLIFF sources) no visible text node may keep
 * plain English letters once the dataset's own text is taken out.
 */
import { describe, expect, it } from 'vitest';
import xliff from '../../xliff/ar.xlf?raw';
import shipped from '../../data/azerbaijan-israel-usa.json';
import { str } from '@lit/localize';
import { registerLanguage } from '../../src/text/languages.ts';
import type { Templates } from '../../src/text/msg.ts';
import { formatDate } from '../../src/text/format.ts';
import { lifecycleHooks, mount, nextEvent, shadow } from './helpers.ts';

lifecycleHooks();

const ACCENTS: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ĺ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ü',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
};
const accent = (text: string): string =>
  text.replace(/[a-z]/gi, (c) => {
    const a = ACCENTS[c.toLowerCase()]!;
    return c === c.toLowerCase() ? a : a.toUpperCase();
  });

/** Each message's English source, accented and bracketed; placeholders kept in place. */
function pseudoTemplates(): Templates {
  const templates: Record<string, Templates[string]> = {};
  const doc = new DOMParser().parseFromString(xliff, 'application/xml');
  for (const unit of doc.querySelectorAll('trans-unit')) {
    const source = unit.querySelector('source')!;
    const strings: string[] = [''];
    const values: number[] = [];
    for (const node of source.childNodes) {
      if (node.nodeType === Node.TEXT_NODE)
        strings[strings.length - 1] += accent(node.textContent ?? '');
      else if ((node as Element).tagName === 'x') {
        values.push(Number((node as Element).getAttribute('id')));
        strings.push('');
      }
    }
    strings[0] = `⟦${strings[0]}`;
    strings[strings.length - 1] += '⟧';
    templates[unit.getAttribute('id')!] =
      values.length === 0
        ? strings[0]!
        : str(
            Object.assign([...strings], { raw: [...strings] }) as TemplateStringsArray,
            ...values,
          );
  }
  return templates;
}

/** The dataset's own words (names, titles, summaries, quotes, units…), which stay as written. */
function datasetWords(): string[] {
  const words = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      words.add(value);
      // Dates are the language's through Intl (CLDR), not messages; a currency unit splits around its number.
      if (/^\d{4}(-\d{2}){0,2}$/.test(value)) words.add(formatDate(value, 'qps'));
      for (const part of value.split(' ')) if (/^(US\$|\$|€|£|¥)$/.test(part)) words.add(part);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(shipped);
  return [...words].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
}

/** The visible text nodes of the element's shadow root that still hold English letters. */
function unlocalised(root: ShadowRoot, dataset: string[]): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('style, script, svg, [hidden], .visually-hidden')) continue;
    if (!parent.checkVisibility?.({ visibilityProperty: true })) continue;
    let text = node.textContent ?? '';
    for (const word of dataset) if (text.includes(word)) text = text.split(word).join(' ');
    // What ICU's root locale writes for a month ("2025 M10"), and units of measure from CLDR.
    text = text.replace(/\bM\d{2}\b/g, ' ');
    if (/[A-Za-z]{2,}/.test(text))
      found.push(`${parent.className || parent.tagName}: ${node.textContent}`);
  }
  return found;
}

describe('the pseudo-locale', () => {
  it("finds no unlocalised word of the element's chrome in its views", async () => {
    registerLanguage('qps', pseudoTemplates());
    const dataset = datasetWords();
    const { el } = mount((e) => {
      e.renderer = 'svg';
      e.lang = 'qps-ploc';
      e.data = structuredClone(shipped);
    });
    await nextEvent(el, 'ties-ready');
    const root = shadow(el);
    await expect.poll(() => root.querySelector('.toolbar')?.textContent ?? '').toContain('⟦');
    const problems = new Set<string>();
    const look = () => unlocalised(root, dataset).forEach((p) => problems.add(p));
    look();
    // The table.
    root.querySelector<HTMLElement>('.table-button')?.click();
    await el.updateComplete;
    look();
    // The filters.
    root.querySelector<HTMLElement>('.filters-button')?.click();
    await el.updateComplete;
    look();
    // An actor focused: the focus panel.
    el.focusActor = 'AZE';
    await el.updateComplete;
    await expect.poll(() => root.querySelector('.focus-panel')).toBeTruthy();
    look();
    // An edge's evidence card.
    await expect.poll(() => root.querySelector('[part="edge-button"]')).toBeTruthy();
    root.querySelector<HTMLElement>('[part="edge-button"]')?.click();
    await el.updateComplete;
    await expect.poll(() => root.querySelector('[part="evidence"]')).toBeTruthy();
    look();
    expect([...problems]).toEqual([]);
  });
});
