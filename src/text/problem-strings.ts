/**
 * What the validator and the spreadsheet import say, in the reader's language: each problem's code
 * and params (src/data/problem-params.ts) written through the messages, as the element's own words
 * are, by one builder per family of checks (src/text/problems/). English reads the problem's own
 * sentence (`message`); a problem without a code (the loader's) or in a language
 * whose messages have not loaded reads that English too.
 */
import type { ProblemCode } from '../data/problem-params.ts';
import { isLoaded, resolveLanguage } from './languages.ts';
import { datasetWords } from './problems/dataset.ts';
import type { ProblemWords } from './problems/parts.ts';
import { sceneWords } from './problems/scenes.ts';
import { quoteWords } from './problems/quotes.ts';
import { sheetWords } from './problems/sheets.ts';
import { tieWords } from './problems/ties.ts';
import { translationWords } from './problems/translations.ts';
import { valueWords } from './problems/values.ts';
import { perLanguage } from './strings/per-language.ts';

/** A problem as the validator gives it: its English sentence, and its code and params when it has them. */
export interface ProblemLike {
  message: string;
  code?: ProblemCode | undefined;
  params?: unknown;
}

/** Every code's sentence, from one builder per family of checks. */
function build(): ProblemWords {
  return {
    ...datasetWords(),
    ...valueWords(),
    ...tieWords(),
    ...sceneWords(),
    ...translationWords(),
    ...sheetWords(),
    ...quoteWords(),
  };
}

const problemWordsFor = perLanguage(build);

/**
 * A problem's sentence in `lang` (a tag: "fa-IR" reads Persian), or undefined where the English
 * `message` is what there is to show: English itself, a problem without a known code, a language
 * whose messages are not loaded yet.
 */
export function localisedProblem(
  problem: ProblemLike,
  lang: string | null | undefined,
): string | undefined {
  const { code } = resolveLanguage(lang);
  if (
    code === 'en' ||
    !isLoaded(code) ||
    problem.code === undefined ||
    problem.params === undefined
  )
    return undefined;
  const words = problemWordsFor(code);
  if (!Object.hasOwn(words, problem.code)) return undefined;
  const format = words[problem.code] as (params: unknown) => string;
  try {
    // A sentence that opens with its subject ("this tie", "связь «t3»") starts with a capital.
    const text = format(problem.params);
    const first = text.charAt(0);
    return /\p{Ll}/u.test(first) ? first.toLocaleUpperCase(code) + text.slice(1) : text;
  } catch {
    // Params that do not fit their code (a problem handed in by a page script): say it in English.
    return undefined;
  }
}

/** A problem's sentence in `lang`, and the language it is in (English where there is no other). */
export function problemText(
  problem: ProblemLike,
  lang: string | null | undefined,
): { text: string; lang: string } {
  const text = localisedProblem(problem, lang);
  return text === undefined
    ? { text: problem.message, lang: 'en' }
    : { text, lang: resolveLanguage(lang).code };
}
