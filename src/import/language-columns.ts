/**
 * A sheet's text in other languages sits in columns named `BASE@TAG`: `summary@he`, `title@ar`,
 * `name@fa`. The base is one of the sheet's translatable columns; the tag a BCP 47 language tag
 * (written in any case: headers are read in lower case, the tag is stored in canonical form).
 */
import { canonicalTag } from '../data/lang-tags.ts';
import { coded } from '../data/problems.ts';
import type { SheetKind } from './columns.ts';
import type { SheetTable } from './csv-table.ts';
import type { SheetProblem } from './types.ts';

/** Per sheet, the columns that may carry `@TAG`, in the order the export writes them. */
export const TRANSLATED_COLUMNS: Readonly<Record<SheetKind, readonly string[]>> = {
  // The dataset's title and description, and who translated the language, how, and who reviewed it.
  dataset: ['title', 'description', 'translator', 'method', 'reviewed', 'note'],
  sources: [],
  actors: ['name'],
  layers: ['label', 'measure_label'],
  // `quote@TAG`: the quote's translation (never the quote itself).
  ties: ['summary', 'of', 'quote'],
  scenes: ['title', 'caption', 'notes'],
  annotations: ['text'],
};

export interface LanguageColumn {
  /** The header as read: `summary@he`. */
  name: string;
  base: string;
  tag: string;
}

/** The header's language columns, and a located error for each one whose tag is not a language tag. */
export function languageColumns(
  kind: SheetKind,
  table: SheetTable,
): { columns: LanguageColumn[]; problems: SheetProblem[] } {
  const columns: LanguageColumn[] = [];
  const problems: SheetProblem[] = [];
  for (const name of table.header) {
    const at = name.lastIndexOf('@');
    if (at <= 0) continue;
    const base = name.slice(0, at);
    if (!TRANSLATED_COLUMNS[kind].includes(base)) continue;
    const tag = canonicalTag(name.slice(at + 1));
    if (tag === undefined) {
      problems.push({
        severity: 'error',
        file: table.file,
        row: 1,
        column: name,
        ...coded('sheet.languageColumn', { tag: name.slice(at + 1), base }),
      });
    } else columns.push({ name, base, tag });
  }
  return { columns, problems };
}

/** The header a language column is written under. */
export function languageHeader(base: string, tag: string): string {
  return `${base}@${tag}`;
}
