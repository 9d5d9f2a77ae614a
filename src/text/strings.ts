/**
 * The element's own words, one `Strings` object per language. Each text is a message (`msg`, with
 * an id that names its key): English is the source, the other languages are XLIFF files in xliff/
 * that `npm run localize:build` turns into ./locales/ (docs/languages.md). A message a language
 * lacks reads in English.
 */
import type { TieStatus } from '../data/types.ts';
import { borderAreas } from './strings/border-areas.ts';
import { chromeWords } from './strings/chrome.ts';
import { num } from './strings/counting.ts';
import { figureWords } from './strings/figures.ts';
import { filterWords } from './strings/filters.ts';
import { focusWords } from './strings/focus.ts';
import { legendWords } from './strings/legend.ts';
import { perLanguage } from './strings/per-language.ts';
import { problemWords } from './strings/problems.ts';
import { sceneWords } from './strings/scenes.ts';
import type { Strings } from './strings/shape.ts';
import { tableWords } from './strings/table.ts';

export type { Strings } from './strings/shape.ts';

/** The strings, read in the active language (see `stringsFor`): each part's words, composed. */
function build(lang: string, dir: 'ltr' | 'rtl'): Strings {
  return {
    lang,
    dir,
    number: num,
    ...chromeWords(),
    ...tableWords(lang),
    ...legendWords(),
    borderAreas: borderAreas(),
    ...focusWords(),
    ...sceneWords(),
    ...figureWords(),
    ...filterWords(),
    ...problemWords(),
  };
}

/** The status word to show beside a tie, or undefined for a stated one (the default says nothing). */
export function statusWord(strings: Strings, status: TieStatus | undefined): string | undefined {
  return status === undefined || status === 'stated' ? undefined : strings.status[status];
}

/** The element's words in `lang` ("he-IL" reads Hebrew): a shipped language whose messages are loaded (languages.ts), else English. */
export const stringsFor: (lang: string | null | undefined) => Strings = perLanguage(build);
