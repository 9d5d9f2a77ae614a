import { problemEn } from '../data/problems.ts';

/**
 * File bytes → text. Spreadsheets' "CSV UTF-8" is UTF-8; some SIPRI exports and Excel's plain
 * "CSV" are Latin-1 (Windows-1252). Bytes that are valid UTF-8 are read as UTF-8; anything else as
 * Latin-1 (WHATWG's "latin1", i.e. Windows-1252, in which every byte decodes), so "Curaçao" reads
 * right either way.
 */
export interface DecodedText {
  text: string;
  encoding: 'UTF-8' | 'Latin-1';
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('latin1').decode(bytes), encoding: 'Latin-1' };
  }
}

/** What the import says about a file read as Latin-1 (the command line and the authoring page). */
export const LATIN1_WARNING = problemEn('import.latin1', {});
