/**
 * File intake for the authoring page: what a dropped, chosen or pasted file is (a CSV of the
 * folder, a dataset JSON, a source text or its sidecar) and its text. Reading never throws: a file
 * too large, unreadable or of a kind the page does not read comes back with a sentence saying so.
 */
import { SHEET_FILES, type SheetKind } from '../import/columns.ts';
import { decodeBytes } from '../import/decode.ts';
import { authorStringsFor, type AuthorStrings } from '../text/author-strings.ts';

const ENGLISH = authorStringsFor('en');

/** The element's own limit on a dataset body (`max-size`), applied to each file here. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type FileRole =
  | { kind: 'sheet'; sheet: SheetKind }
  | { kind: 'dataset' }
  | { kind: 'text' }
  /** `NAME.meta.json`, the sidecar of `NAME.txt`. */
  | { kind: 'sidecar'; text: string };

export interface ReadFile {
  name: string;
  role: FileRole;
  text: string;
  encoding: 'UTF-8' | 'Latin-1';
  bytes: number;
}

export interface Refusal {
  name: string;
  message: string;
}

const SHEET_KINDS = Object.keys(SHEET_FILES) as SheetKind[];

/**
 * Spreadsheets name their CSV exports after the document and the tab ("My map - ties.csv" from
 * Google Sheets), so a name ending in a folder file's name, after a space, dash or underscore, is
 * that file.
 */
export function roleOf(name: string): FileRole | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith('.meta.json'))
    return { kind: 'sidecar', text: `${name.slice(0, -'.meta.json'.length)}.txt` };
  if (lower.endsWith('.json')) return { kind: 'dataset' };
  if (lower.endsWith('.txt')) return { kind: 'text' };
  if (!lower.endsWith('.csv')) return undefined;
  const sheet = SHEET_KINDS.find((kind) => {
    const file = SHEET_FILES[kind].file;
    return (
      lower === file ||
      (lower.endsWith(file) && /[\s_-]/.test(lower[lower.length - file.length - 1]!))
    );
  });
  return sheet ? { kind: 'sheet', sheet } : undefined;
}

function formatBytes(bytes: number, s: AuthorStrings): string {
  return bytes >= 1024 * 1024
    ? s.megabytes(bytes / 1024 / 1024)
    : s.kilobytes(Math.max(1, Math.round(bytes / 1024)));
}

/** Reads one file: its role from the name, its text from the bytes (UTF-8, else Latin-1); `s` says why not. */
export async function readFile(
  file: File,
  maxBytes = MAX_FILE_BYTES,
  s: AuthorStrings = ENGLISH,
): Promise<ReadFile | Refusal> {
  const role = roleOf(file.name);
  if (!role) {
    const csv = file.name.toLowerCase().endsWith('.csv');
    const files = SHEET_KINDS.map((k) => SHEET_FILES[k].file).join(s.listSeparator);
    return { name: file.name, message: csv ? s.notFolderFile(files) : s.notReadable(files) };
  }
  if (file.size > maxBytes) {
    return {
      name: file.name,
      message: s.tooLarge(formatBytes(file.size, s), formatBytes(maxBytes, s)),
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return {
      name: file.name,
      message: s.cannotRead(error instanceof Error ? error.name : String(error)),
    };
  }
  const { text, encoding } = decodeBytes(bytes);
  // JSON that does not parse is refused here, so it never replaces a good file or sets the CSV files aside.
  if (role.kind === 'dataset' || role.kind === 'sidecar') {
    const problem = jsonProblem(text, s);
    if (problem) return { name: file.name, message: s.jsonKept(problem) };
  }
  return { name: file.name, role, text, encoding, bytes: bytes.length };
}

/**
 * Why the text is not a JSON object, with the line and character an editor shows when the
 * parser gives a position ("… in JSON at position 41"); undefined when it is one.
 */
export function jsonProblem(text: string, s: AuthorStrings = ENGLISH): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(
      /\s*\(line \d+ column \d+\)/,
      '',
    );
    const position = /position (\d+)/.exec(reason);
    if (!position) return s.notJson(reason);
    const before = text.slice(0, Number(position[1]));
    return s.notJsonAt(reason, before.split('\n').length, before.length - before.lastIndexOf('\n'));
  }
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? undefined
    : s.notObject;
}

/** Pasted text as a file: JSON when it starts with "{", else a CSV named by `as` or by its header. */
export function pastedFile(
  text: string,
  as: SheetKind | 'dataset' | 'auto',
  s: AuthorStrings = ENGLISH,
): File | Refusal {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed === '') return { name: s.pastedText, message: s.pastedEmpty };
  const kind = as !== 'auto' ? as : trimmed.startsWith('{') ? 'dataset' : sheetOfHeader(trimmed);
  if (!kind) {
    return { name: s.pastedText, message: s.pastedNoHeader };
  }
  const name = s.pastedFile(kind === 'dataset' ? 'dataset.json' : SHEET_FILES[kind].file);
  return new File([text], name, { type: kind === 'dataset' ? 'application/json' : 'text/csv' });
}

/** The folder file whose required columns the header holds, the one with the fewest strangers. */
function sheetOfHeader(text: string): SheetKind | undefined {
  const header = (text.split(/\r?\n/, 1)[0] ?? '')
    .split(/[,\t]/)
    .map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
  const fits = SHEET_KINDS.filter((k) => SHEET_FILES[k].required.every((c) => header.includes(c)))
    .map((k) => ({
      k,
      strangers: header.filter((c) => !(SHEET_FILES[k].columns as readonly string[]).includes(c))
        .length,
    }))
    .sort((a, b) => a.strangers - b.strangers);
  return fits[0]?.k;
}
