/**
 * The Intl services the first frame formats with, built while the dataset is on its way, each in
 * a task of its own. A JavaScript engine loads a service's locale data on its first use: the first
 * Intl.NumberFormat of a page takes tens of milliseconds on a desktop and several times that on a
 * phone, and built where a figure is first written (the scene's geometry writes a far actor's
 * distance, the frame its legend) it lengthened one of the start-up's longest tasks. The network
 * wait leaves the main thread idle; the formatters' own caches then build at a small cost.
 */
import { yieldToMain } from './yield-to-main.ts';

const warmed = new Set<string>();

/** Resolves once the services for `lang` are loaded (at once when they were before). */
export async function warmIntl(lang: string): Promise<void> {
  const locale = lang === 'en' ? 'en-US' : lang;
  if (warmed.has(locale)) return;
  warmed.add(locale);
  const services = [
    () => new Intl.NumberFormat(locale).format(1234.5),
    () => new Intl.PluralRules(locale).select(2),
    () => new Intl.DisplayNames(locale, { type: 'region' }).of('IL'),
  ];
  for (const load of services) {
    await yieldToMain();
    try {
      load();
    } catch {
      // A tag the engine does not know: the formatters fall back to English themselves.
    }
  }
}
