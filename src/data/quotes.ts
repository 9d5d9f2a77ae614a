/** Verbatim-quote matching: exact characters (typographic quotes and dashes too), whitespace runs collapsed. */

export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Names of the texts that contain the quote; `texts` must already be whitespace-normalised. */
export function findQuote(quote: string, texts: readonly { name: string; text: string }[]): string[] {
  const needle = normaliseWhitespace(quote);
  if (needle === '') return [];
  return texts.filter((t) => t.text.includes(needle)).map((t) => t.name);
}
