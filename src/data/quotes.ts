/**
 * Verbatim-quote matching: exact characters (typographic quotes and dashes too), whitespace runs
 * collapsed. DOM-free and file-free, so the CLI and a browser authoring page can share it.
 */

export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Names of the texts that contain the quote; `texts` must already be whitespace-normalised. */
export function findQuote(
  quote: string,
  texts: readonly { name: string; text: string }[],
): string[] {
  const needle = normaliseWhitespace(quote);
  if (needle === '') return [];
  return texts.filter((t) => t.text.includes(needle)).map((t) => t.name);
}

/** A whitespace-normalised source text that still knows which line of the file each character came from. */
export interface IndexedText {
  name: string;
  text: string;
  /** 1-based line number of each character of `text`. */
  lines: Uint32Array;
}

export function indexText(name: string, raw: string): IndexedText {
  let text = '';
  const lines: number[] = [];
  let line = 1;
  let pendingSpace = 0; // line of a whitespace run not yet written (0: none)
  for (const char of raw.replace(/\r\n?/g, '\n')) {
    if (/\s/.test(char)) {
      if (pendingSpace === 0 && text !== '') pendingSpace = line;
      if (char === '\n') line++;
      continue;
    }
    if (pendingSpace !== 0) {
      text += ' ';
      lines.push(pendingSpace);
      pendingSpace = 0;
    }
    text += char;
    // A character outside the BMP takes two UTF-16 units: keep `lines` indexed like `text`.
    for (let i = 0; i < char.length; i++) lines.push(line);
  }
  return { name, text, lines: Uint32Array.from(lines) };
}

/** Each place the quote occurs, as the set of file lines its (non-space) characters stand on. */
export function occurrences(quote: string, source: IndexedText): number[][] {
  const needle = normaliseWhitespace(quote);
  const found: number[][] = [];
  if (needle === '') return found;
  for (let at = source.text.indexOf(needle); at >= 0; at = source.text.indexOf(needle, at + 1)) {
    const spanned = new Set<number>();
    for (let i = at; i < at + needle.length; i++)
      if (source.text[i] !== ' ') spanned.add(source.lines[i]!);
    found.push([...spanned].sort((a, b) => a - b));
  }
  return found;
}

export interface NearMiss {
  /** The source's passage aligned with the quote (as long as the quote). */
  passage: string;
  /** 0-based index in the (whitespace-normalised) quote of the first character that differs. */
  index: number;
  /** That character in the quote, and the one the text has there ('' past the text's end). */
  quoteChar: string;
  textChar: string;
  /** How many characters, from the start or the end of the quote, matched before the difference. */
  matched: number;
}

/**
 * The passage of `text` closest to a quote that is not in it: the longest run of the quote that
 * matches from its start, or else from its end (so a slip in the first word is still found).
 * Returns undefined when not even a few characters line up. O(text × quote), fine for articles.
 */
export function closestPassage(quote: string, text: string): NearMiss | undefined {
  const needle = normaliseWhitespace(quote);
  if (needle === '' || text === '') return undefined;
  let best = { start: 0, matched: 0 };
  for (let start = 0; start < text.length; start++) {
    let k = 0;
    while (k < needle.length && start + k < text.length && text[start + k] === needle[k]) k++;
    if (k > best.matched) best = { start, matched: k };
  }
  for (let end = text.length; end > 0; end--) {
    let k = 0;
    while (
      k < needle.length &&
      end - 1 - k >= 0 &&
      text[end - 1 - k] === needle[needle.length - 1 - k]
    )
      k++;
    if (k > best.matched) best = { start: Math.max(0, end - needle.length), matched: k };
  }
  if (best.matched < Math.min(8, needle.length)) return undefined;
  const passage = text.slice(best.start, best.start + needle.length);
  let index = 0;
  while (index < needle.length && passage[index] === needle[index]) index++;
  return {
    passage,
    index,
    quoteChar: needle[index] ?? '',
    textChar: passage[index] ?? '',
    matched: best.matched,
  };
}

const CHARACTER_NAMES: Record<string, string> = {
  "'": 'straight apostrophe',
  '’': 'typographic apostrophe',
  '‘': 'opening single quote',
  '"': 'straight double quote',
  '“': 'opening double quote',
  '”': 'closing double quote',
  '-': 'hyphen',
  '–': 'en dash',
  '—': 'em dash',
  ' ': 'space',
};

/** "’ (U+2019, typographic apostrophe)": a character a reader can tell from its look-alike. */
export function describeCharacter(char: string): string {
  if (char === '') return 'the end of the text';
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = CHARACTER_NAMES[char];
  return `${char} (${code}${name ? `, ${name}` : ''})`;
}
