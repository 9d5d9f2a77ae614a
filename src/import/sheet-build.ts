/**
 * What one import of a CSV folder collects as it reads the sheets: problems, each JSON path's
 * cell, translations, and one entry a row.
 */
import type { CodedMessage } from '../data/problems.ts';
import { childPath } from '../data/validate.ts';
import { cellText, parseNumberCell } from './cells.ts';
import type { SheetKind } from './columns.ts';
import type { SheetRow, SheetTable } from './csv-table.ts';
import type { LanguageColumn } from './language-columns.ts';
import { Locations } from './locations.ts';
import type { SheetProblem } from './types.ts';

/** Collects what one build found, and where each JSON path came from. */
export class Build {
  readonly problems: SheetProblem[] = [];
  readonly locations = new Locations();
  /** `$.translations`, by language tag, as the language columns fill it. */
  readonly translations = new Map<string, Record<string, unknown>>();
  /** The language columns of each sheet. */
  languages: Partial<Record<SheetKind, LanguageColumn[]>> = {};

  /**
   * Puts a translated text at `translations[tag]` then `keys` (e.g. "ties", an id, "summary"),
   * located at its cell. Keys are the data's own words: "__proto__" is stored as a key like any other.
   */
  translated(
    tag: string,
    keys: readonly string[],
    value: unknown,
    at: { file: string; row: number; column: string },
  ): void {
    let node = this.translations.get(tag);
    if (!node) this.translations.set(tag, (node = {}));
    let path = childPath('$.translations', tag);
    keys.forEach((key, i) => {
      path = childPath(path, key);
      if (i === keys.length - 1)
        Object.defineProperty(node, key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else {
        if (!Object.hasOwn(node as object, key))
          Object.defineProperty(node, key, {
            value: {},
            enumerable: true,
            writable: true,
            configurable: true,
          });
        node = (node as Record<string, Record<string, unknown>>)[key];
      }
    });
    this.locations.set(path, at);
  }

  /** The row's language cells of `base` in this sheet: tag and text, for each column filled. */
  languageCells(
    kind: SheetKind,
    row: SheetRow,
    base: string,
  ): { tag: string; text: string; column: string }[] {
    return (this.languages[kind] ?? [])
      .filter((c) => c.base === base)
      .map((c) => ({ tag: c.tag, column: c.name, text: cellText(row, c.name) }))
      .filter((c): c is { tag: string; text: string; column: string } => c.text !== undefined);
  }

  error(file: string, row: number, column: string, message: CodedMessage): void {
    this.problems.push({ severity: 'error', file, row, column, ...message });
  }

  /** Copies text cells into fields of `target`, recording each field's cell. */
  fields<T extends object>(
    target: T,
    table: SheetTable,
    row: SheetRow,
    path: string,
    map: readonly (readonly [keyof T & string, string])[],
  ): void {
    for (const [field, column] of map) {
      this.locations.set(`${path}.${field}`, { file: table.file, row: row.row, column });
      const text = cellText(row, column);
      if (text !== undefined) (target as Record<string, unknown>)[field] = text;
    }
  }

  number(table: SheetTable, row: SheetRow, column: string): number | undefined {
    const text = cellText(row, column);
    if (text === undefined) return undefined;
    const parsed = parseNumberCell(text, column);
    if ('problem' in parsed) {
      this.error(table.file, row.row, column, parsed.problem);
      return undefined;
    }
    return parsed.value;
  }
}

/** One entry of `$.<key>` per row, the entry itself located at the row and `column`. */
export function entries<T>(
  build: Build,
  table: SheetTable,
  key: string,
  column: string,
  make: (row: SheetRow, path: string) => T,
): T[] {
  return table.rows.map((row, i) => {
    const path = `$.${key}[${i}]`;
    build.locations.set(path, { file: table.file, row: row.row, column });
    return make(row, path);
  });
}
