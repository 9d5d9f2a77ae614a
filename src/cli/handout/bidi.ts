/**
 * A small bidirectional step for the handout's lines: PDF text is drawn glyph after glyph from the
 * left, so a line mixing right-to-left letters, numbers and Latin words has to be put into visual
 * order before it is drawn. This follows the Unicode Bidirectional Algorithm for one line of plain
 * text without explicit embeddings (dataset texts with bidi controls are warned about by the
 * validator): strong letters set their direction, numbers read left to right and count as
 * right-to-left for the neutrals around them, neutrals between two like sides take that side's
 * direction and otherwise the paragraph's, then runs are reversed from the highest level down.
 */

/** One stretch of a line at one embedding level, its text in logical (reading) order. */
export interface BidiRun {
  text: string;
  /** Drawn right to left (an odd level). */
  rtl: boolean;
}

type Kind = 'L' | 'R' | 'EN' | 'AN' | 'N';

const RTL_LETTER =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const ARABIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/;
const EUROPEAN_DIGIT = /[0-9]/;
const LETTER = /[\p{L}\p{M}]/u;
// Separators and terminators a number keeps when they sit between or beside its digits: "1,500", "69%", "US$ 5".
const NUMBER_SEPARATOR = /[.,:/\u060C\u066B\u066C]/;
const NUMBER_TERMINATOR = /[%\u066A$€£#°+\u2030]/;

/** A text holds a letter of a right-to-left script. */
export function hasRtlLetter(text: string): boolean {
  return RTL_LETTER.test(text);
}

function kindOf(char: string): Kind {
  // The invisible marks number formatting writes (left-to-right mark; right-to-left and Arabic letter marks).
  if (char === '\u200E') return 'L';
  if (char === '\u200F' || char === '\u061C') return 'R';
  if (ARABIC_DIGIT.test(char)) return 'AN';
  if (EUROPEAN_DIGIT.test(char)) return 'EN';
  if (RTL_LETTER.test(char) && LETTER.test(char)) return 'R';
  if (LETTER.test(char)) return 'L';
  return 'N';
}

/** Invisible marks and controls: they steer the order, then are not drawn (fonts have no glyph for them). */
export const INVISIBLE = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/;

/**
 * A paragraph's direction as its first strong letter gives it (a text without one: `fallback`),
 * so an English quote in an Arabic handout reads left to right, and an Arabic one in an English.
 */
export function paragraphIsRtl(text: string, fallback: boolean): boolean {
  for (const char of text) {
    // Letters decide; the marks number formatting writes ("60\u200E%") steer only their number.
    if (INVISIBLE.test(char)) continue;
    const kind = kindOf(char);
    if (kind === 'L') return false;
    if (kind === 'R') return true;
  }
  return fallback;
}

/**
 * The runs of one line in visual order, left to right on the page; each run's text stays in
 * logical order (the drawing step turns a right-to-left run around, with its shaping).
 */
export function visualRuns(line: string, rtlParagraph: boolean): BidiRun[] {
  const chars = [...line];
  if (chars.length === 0) return [];
  const kinds: Kind[] = chars.map(kindOf);
  // Combining marks take the kind of the letter they sit on.
  for (let i = 1; i < chars.length; i++) if (/\p{M}/u.test(chars[i]!)) kinds[i] = kinds[i - 1]!;
  // A separator between two digits, and a terminator beside one, belongs to the number.
  const isNumber = (k: Kind | undefined): boolean => k === 'EN' || k === 'AN';
  for (let i = 0; i < chars.length; i++) {
    if (kinds[i] !== 'N') continue;
    const c = chars[i]!;
    if (NUMBER_SEPARATOR.test(c) && isNumber(kinds[i - 1]) && isNumber(kinds[i + 1]))
      kinds[i] = kinds[i - 1]!;
  }
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < chars.length; i++) {
      if (
        kinds[i] === 'N' &&
        NUMBER_TERMINATOR.test(chars[i]!) &&
        (isNumber(kinds[i - 1]) || isNumber(kinds[i + 1]))
      ) {
        kinds[i] = isNumber(kinds[i - 1]) ? kinds[i - 1]! : kinds[i + 1]!;
      }
    }
  }
  // European digits after a left-to-right letter (with nothing strong between) read as part of it.
  const base = rtlParagraph ? 1 : 0;
  let lastStrong: 'L' | 'R' = rtlParagraph ? 'R' : 'L';
  const numberAfterL: boolean[] = kinds.map((k) => {
    if (k === 'L' || k === 'R') lastStrong = k;
    return k === 'EN' && lastStrong === 'L';
  });
  // The direction each character counts as for its neutral neighbours: numbers count as right to left.
  const strongOf = (i: number): 'L' | 'R' | null => {
    const k = kinds[i]!;
    if (k === 'L') return 'L';
    if (k === 'R' || k === 'AN') return 'R';
    if (k === 'EN') return numberAfterL[i] ? 'L' : 'R';
    return null;
  };
  const levels: number[] = new Array<number>(chars.length);
  for (let i = 0; i < chars.length; i++) {
    const k = kinds[i]!;
    if (k === 'N') continue;
    if (k === 'R') levels[i] = 1;
    else if (k === 'L' || (k === 'EN' && numberAfterL[i])) levels[i] = base === 0 ? 0 : 2;
    else levels[i] = base === 0 ? 2 : 2; // numbers: one level above the right-to-left text around them
  }
  // Neutrals: like sides give their direction, else the paragraph's; a line's ends count as the paragraph.
  const paragraph: 'L' | 'R' = rtlParagraph ? 'R' : 'L';
  for (let i = 0; i < chars.length;) {
    if (kinds[i] !== 'N') {
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && kinds[j] === 'N') j++;
    const before = i === 0 ? paragraph : strongOf(i - 1)!;
    const after = j === chars.length ? paragraph : strongOf(j)!;
    const direction = before === after ? before : paragraph;
    // Trailing spaces of the line take the paragraph's level (they sit at its end).
    for (let n = i; n < j; n++) levels[n] = direction === 'R' ? 1 : base === 0 ? 0 : 2;
    if (j === chars.length) for (let n = i; n < j; n++) if (/\s/u.test(chars[n]!)) levels[n] = base;
    i = j;
  }
  // Runs of one level, in logical order.
  const runs: { text: string; level: number }[] = [];
  for (let i = 0; i < chars.length; i++) {
    const last = runs[runs.length - 1];
    if (last && last.level === levels[i]) last.text += chars[i];
    else runs.push({ text: chars[i]!, level: levels[i]! });
  }
  // Reverse every sequence at or above each level, from the highest down to the lowest odd one.
  const highest = Math.max(...runs.map((r) => r.level));
  for (let level = highest; level >= 1; level--) {
    for (let i = 0; i < runs.length;) {
      if (runs[i]!.level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < runs.length && runs[j]!.level >= level) j++;
      const reversed = runs.slice(i, j).reverse();
      runs.splice(i, j - i, ...reversed);
      i = j;
    }
  }
  return runs.map((r) => ({ text: r.text, rtl: r.level % 2 === 1 }));
}

const MIRRORED: Record<string, string> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
};

/** A run's characters as they stand on the page, left to right: a right-to-left run reversed, its brackets mirrored. */
export function visualText(run: BidiRun): string {
  if (!run.rtl) return run.text;
  return [...run.text]
    .reverse()
    .map((c) => MIRRORED[c] ?? c)
    .join('');
}

/**
 * What to hand the font's layout for a piece so its glyphs come out in visual order: fontkit
 * shapes and turns around any text whose script is right to left (Arabic letters join only when
 * given in reading order), so such text goes in logical order, and anything else in visual order.
 * A right-to-left run without such letters (a bracket, a dash) and a left-to-right run that holds
 * Arabic-Indic digits (which fontkit would turn around) are given pre-turned.
 */
export function layoutText(run: BidiRun): string {
  const visual = visualText(run);
  if (!hasRtlLetter(run.text)) return visual;
  if (run.rtl) return [...run.text].map((c) => MIRRORED[c] ?? c).join('');
  return [...visual].reverse().join('');
}
