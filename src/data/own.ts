/**
 * Lookups in plain objects used as dictionaries. Ids, layer ids, languages and hash keys are the
 * data's own words, and `toString`, `constructor` or `__proto__` are legal ones: a plain object
 * would answer those with a member of `Object.prototype`, so only its own keys count.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
