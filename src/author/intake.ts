/**
 * File intake for the authoring page: what a dropped, chosen or pasted file is (a CSV of the
 * folder, a dataset JSON, a source text or its sidecar) and its text. Reading never throws: a file
 * too large, unreadable or of a kind the page does not read comes back with a sentence saying so.
 */
import { SHEET_FILES, type SheetKind } from '../import/columns.ts';
import { decodeBytes } from '../import/decode.ts';

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
  if (lower.endsWith('.meta.json')) return { kind: 'sidecar', text: `${name.slice(0, -'.meta.json'.length)}.txt` };
  if (lower.endsWith('.json')) return { kind: 'dataset' };
  if (lower.endsWith('.txt')) return { kind: 'text' };
  if (!lower.endsWith('.csv')) return undefined;
  const sheet = SHEET_KINDS.find((kind) => {
    const file = SHEET_FILES[kind].file;
    return lower === file || (lower.endsWith(file) && /[\s_-]/.test(lower[lower.length - file.length - 1]!));
  });
  return sheet ? { kind: 'sheet', sheet } : undefined;
}

const KNOWN = `the folder's ${SHEET_KINDS.map((k) => SHEET_FILES[k].file).join(', ')}, a dataset .json, or source texts (.txt with their .meta.json)`;

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Reads one file: its role from the name, its text from the bytes (UTF-8, else Latin-1). */
export async function readFile(file: File, maxBytes = MAX_FILE_BYTES): Promise<ReadFile | Refusal> {
  const role = roleOf(file.name);
  if (!role) {
    const csv = file.name.toLowerCase().endsWith('.csv');
    return {
      name: file.name,
      message: csv
        ? `not a file of the folder, so it is not read; rename it to the tab it holds (${SHEET_KINDS.map((k) => SHEET_FILES[k].file).join(', ')}).`
        : `not a file the page reads (${KNOWN}); nothing else changed.`,
    };
  }
  if (file.size > maxBytes) {
    return { name: file.name, message: `is ${formatBytes(file.size)}, over the page's limit of ${formatBytes(maxBytes)}; it is not read.` };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return { name: file.name, message: `cannot be read (${error instanceof Error ? error.name : String(error)}); drop it again.` };
  }
  const { text, encoding } = decodeBytes(bytes);
  // JSON that does not parse is refused here, so it never replaces a good file or sets the CSV files aside.
  if (role.kind === 'dataset' || role.kind === 'sidecar') {
    const problem = jsonProblem(text);
    if (problem) return { name: file.name, message: `${problem}; the page keeps the files it had.` };
  }
  return { name: file.name, role, text, encoding, bytes: bytes.length };
}

/**
 * Why the text is not a JSON object, with the line and character an editor shows when the
 * parser gives a position ("… in JSON at position 41"); undefined when it is one.
 */
export function jsonProblem(text: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s*\(line \d+ column \d+\)/, '');
    const position = /position (\d+)/.exec(reason);
    if (!position) return `is not valid JSON (${reason})`;
    const before = text.slice(0, Number(position[1]));
    return `is not valid JSON (${reason}): line ${before.split('\n').length}, character ${before.length - before.lastIndexOf('\n')}`;
  }
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? undefined : 'is JSON, but not an object ({ … })';
}

/** Pasted text as a file: JSON when it starts with "{", else a CSV named by `as` or by its header. */
export function pastedFile(text: string, as: SheetKind | 'dataset' | 'auto'): File | Refusal {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed === '') return { name: 'pasted text', message: 'is empty; paste a dataset JSON or the rows of one CSV file, header first.' };
  const kind = as !== 'auto' ? as : trimmed.startsWith('{') ? 'dataset' : sheetOfHeader(trimmed);
  if (!kind) {
    return { name: 'pasted text', message: 'its first row is not the header of any file of the folder; choose which file it is under "Paste as".' };
  }
  const name = kind === 'dataset' ? 'pasted dataset.json' : `pasted ${SHEET_FILES[kind].file}`;
  return new File([text], name, { type: kind === 'dataset' ? 'application/json' : 'text/csv' });
}

/** The folder file whose required columns the header holds, the one with the fewest strangers. */
function sheetOfHeader(text: string): SheetKind | undefined {
  const header = (text.split(/\r?\n/, 1)[0] ?? '').split(/[,\t]/).map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
  const fits = SHEET_KINDS.filter((k) => SHEET_FILES[k].required.every((c) => header.includes(c)))
    .map((k) => ({ k, strangers: header.filter((c) => !(SHEET_FILES[k].columns as readonly string[]).includes(c)).length }))
    .sort((a, b) => a.strangers - b.strangers);
  return fits[0]?.k;
}
