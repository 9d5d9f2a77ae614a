/**
 * A table of words built once per language and load state, its functions bound to that language.
 */
import { isLoaded, resolveLanguage } from '../languages.ts';
import { inLanguage } from '../msg.ts';

/** Wrap each function of `strings` (nested objects hold text only) so it reads in `lang`. */
function bind<T extends object>(lang: string, strings: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(strings)) {
    out[key] =
      typeof value === 'function'
        ? (...args: unknown[]) =>
            inLanguage(lang, () => (value as (...a: unknown[]) => unknown)(...args))
        : value;
  }
  return out as unknown as T;
}

/**
 * A table of words per language (the element's, the authoring page's): built in the language's own
 * messages, each of its functions bound to that language, once per language and load state. A
 * shipped language reads in English until its messages load; loaded later, it gets a fresh object,
 * so a cache keyed by the table sees the change.
 */
export function perLanguage<T extends object>(
  build: (lang: string, dir: 'ltr' | 'rtl') => T,
): (lang: string | null | undefined) => T {
  const built = new Map<string, T>();
  return (lang) => {
    const { code, dir } = resolveLanguage(lang);
    const key = `${code}|${isLoaded(code)}`;
    let words = built.get(key);
    if (!words) {
      words = bind(
        code,
        inLanguage(code, () => build(code, dir)),
      );
      built.set(key, words);
    }
    return words;
  };
}
