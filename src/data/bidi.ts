/**
 * Bidirectional control characters: embeddings and overrides (U+202A–U+202E) and isolates
 * (U+2066–U+2069). Invisible, they reorder the text around them: "\u202Egnp.exe\u202C" reads as
 * "exe.png". The validator warns where a text holds one, and the evidence card shows each as its
 * code point, so no reader is shown an order the text does not have.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;

/** "U+202E" for each bidirectional control character in the text, in order. */
export function bidiControls(text: string): string[] {
  return [...text.matchAll(BIDI_CONTROL)].map(([c]) => codePoint(c));
}

/** The text with each bidirectional control character written as its code point, "[U+202E]". */
export function showBidiControls(text: string): string {
  return text.replace(BIDI_CONTROL, (c) => `[${codePoint(c)}]`);
}

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase()}`;
}
