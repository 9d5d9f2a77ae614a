/**
 * Language tags (BCP 47) in the data: the keys of `translations`, a quote's `lang`, the keys of an
 * actor's `names`. `Intl.getCanonicalLocales` is the parser: it throws on what is not a tag.
 */

/** The canonical form of a language tag ("EN-gb" → "en-GB"), or undefined when it is not one. */
export function canonicalTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * The tags a text for `tag` may be looked up under, most specific first: "ar-EG" → "ar-EG", "ar";
 * "zh-Hant-TW" → "zh-Hant-TW", "zh-Hant", "zh". Empty when `tag` is not a language tag.
 */
export function tagFallbacks(tag: string): string[] {
  const canonical = canonicalTag(tag);
  if (canonical === undefined) return [];
  const parts = canonical.split('-');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
}
