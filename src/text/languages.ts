/**
 * Which language the element speaks. The shipped languages are lit-localize.json's `targetLocales`
 * (written into ./locale-codes.ts by `npm run localize:build`): adding a language is its XLIFF file
 * and that one line (docs/languages.md). Each language's messages load on first use, so a page pays
 * only for the languages it shows.
 */
import { canonicalTag } from '../data/lang-tags.ts';
import { addTemplates, hasTemplates, type Templates } from './msg.ts';
import { targetLocales } from './locale-codes.ts';

export type Direction = 'ltr' | 'rtl';

const SHIPPED: ReadonlySet<string> = new Set<string>(targetLocales);

// The scripts written right to left (CLDR's character order), for engines without Intl.Locale's text info.
const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The direction `tag`'s script is written in ("fa" → rtl; "az-Arab" → rtl; "az" → ltr). */
export function directionOf(tag: string): Direction {
  try {
    const locale = new Intl.Locale(tag).maximize() as Intl.Locale & {
      getTextInfo?: () => { direction: Direction };
      textInfo?: { direction: Direction };
    };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info) return info.direction;
    if (locale.script)
      return ['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg'].includes(locale.script)
        ? 'rtl'
        : 'ltr';
  } catch {
    // not a language tag: English's direction
  }
  return RTL.has(tag.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

const registered = new Set<string>();

/**
 * Add a language at run time, its templates given (the pseudo-locale test adds accented English
 * this way, to find words that bypass the messages).
 */
export function registerLanguage(code: string, templates: Templates): void {
  registered.add(code);
  addTemplates(code, templates);
}

/** Whether the element ships its own words in `code` (a bare language subtag, "fa"). */
export function isShipped(code: string): boolean {
  return code === 'en' || SHIPPED.has(code) || registered.has(code);
}

export interface ResolvedLanguage {
  /** The language the element's words are in: a shipped one, else "en". */
  code: string;
  /** The tag as asked for, canonical ("he-IL"), for Intl and the dataset's translations; "en" when none or not a tag. */
  tag: string;
  /** The direction the element's words run in: its language's (English's for an unshipped one). */
  dir: Direction;
  /** The language asked for is a tag the element has no words in (English stands in). */
  unshipped: boolean;
}

/** "he-IL" → Hebrew; "fa-IR" → Persian; "constructor", "" or null → English. */
export function resolveLanguage(lang: string | null | undefined): ResolvedLanguage {
  const tag = lang ? canonicalTag(lang.trim()) : undefined;
  if (tag === undefined) return { code: 'en', tag: 'en', dir: 'ltr', unshipped: false };
  const base = (tag.split('-')[0] ?? tag).toLowerCase();
  // Azerbaijani and Persian ship in one script each: "az-Arab" is not the Latin "az".
  const script = (() => {
    try {
      return new Intl.Locale(tag).script;
    } catch {
      return undefined;
    }
  })();
  const sameScript = script === undefined || (base === 'az' ? script === 'Latn' : true);
  const shipped = isShipped(base) && sameScript;
  return {
    code: shipped ? base : 'en',
    tag,
    // A shipped language's direction is its base subtag's: read from the list, not from
    // Intl.Locale's maximize(), whose first call loads the likely-subtags data (a long start-up
    // task on a slow phone).
    dir: shipped && RTL.has(base) ? 'rtl' : 'ltr',
    unshipped: !shipped && base !== 'en',
  };
}

const loading = new Map<string, Promise<void>>();

/** Load `code`'s messages (a shipped language; English is always there). */
export function loadLanguage(code: string): Promise<void> {
  if (code === 'en' || !SHIPPED.has(code) || hasTemplates(code)) return Promise.resolve();
  let promise = loading.get(code);
  if (!promise) {
    promise = (import(`./locales/${code}.ts`) as Promise<{ templates: Templates }>).then((module) =>
      addTemplates(code, module.templates),
    );
    loading.set(code, promise);
  }
  return promise;
}

/** Whether `code`'s messages are ready to read synchronously. */
export function isLoaded(code: string): boolean {
  return code === 'en' || hasTemplates(code);
}
