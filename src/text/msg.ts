/**
 * Message lookup for the element's own words, one language per call. The messages are written
 * with @lit/localize's `msg` and `str` (so `lit-localize extract` finds them and `lit-localize build`
 * writes each language's templates into ./locales/), but looked up here: @lit/localize's runtime
 * keeps one active locale per page and switches it asynchronously, while a page may hold several
 * maps in different languages and a map re-renders in place when its `lang` changes.
 */
import { joinStringsAndValues, type msg as litMsg, type StrResult } from '@lit/localize';

/** A language's templates, as `lit-localize build` (runtime mode) writes them: id → text or `str`. */
export type Templates = Readonly<Record<string, string | StrResult>>;

const loaded = new Map<string, Templates>();
let active: Templates | undefined;
let activeLang = 'en';

/** The language the messages are being read in (for the numbers and plural forms inside them). */
export function activeLanguage(): string {
  return activeLang;
}

/** Register a language's templates (the locale modules call nothing; their loader does). */
export function addTemplates(lang: string, templates: Templates): void {
  loaded.set(lang, templates);
}

export function hasTemplates(lang: string): boolean {
  return loaded.has(lang);
}

/** Run `fn` with `lang`'s messages; English (the source) where it has none. */
export function inLanguage<T>(lang: string, fn: () => T): T {
  const previous = active;
  const previousLang = activeLang;
  active = loaded.get(lang);
  activeLang = lang;
  try {
    return fn();
  } finally {
    active = previous;
    activeLang = previousLang;
  }
}

function lookup(template: string | StrResult, options?: { id?: string }): string {
  const id = options?.id;
  const localized =
    id === undefined || active === undefined || !Object.hasOwn(active, id) ? undefined : active[id];
  if (localized === undefined)
    return typeof template === 'string'
      ? template
      : joinStringsAndValues(template.strings, template.values);
  if (typeof localized === 'string') return localized;
  // A translation writes ${0}, ${1}… for the source's values, in its own order.
  return joinStringsAndValues(
    localized.strings,
    typeof template === 'string' ? [] : template.values,
    localized.values as number[],
  );
}

/** `msg` with @lit/localize's type (its extractor recognises calls by that type), for text only. */
export const msg = lookup as unknown as typeof litMsg;
export { str } from '@lit/localize';
