/**
 * The files the authoring page holds. A dataset is either the CSV folder or one dataset JSON:
 * taking one in sets the other aside (the newer wins, as with the element's `src` and `data`).
 * Source texts and sidecars stay whichever it is. A file of the same role replaces the older one.
 */
import type { SheetKind } from '../import/columns.ts';
import { authorStringsFor, type AuthorStrings } from '../text/author-strings.ts';
import type { ReadFile } from './intake.ts';

export class Workspace {
  readonly sheets = new Map<SheetKind, ReadFile>();
  dataset: ReadFile | undefined;
  /** Source texts by file name. */
  readonly texts = new Map<string, ReadFile>();
  /** Sidecars by the name of the text they describe. */
  readonly sidecars = new Map<string, ReadFile>();

  /** Takes the file in; returns a note (in `s`'s language) when it set other files aside. */
  add(file: ReadFile, s: AuthorStrings = authorStringsFor('en')): string | undefined {
    const { role } = file;
    if (role.kind === 'sheet') {
      const dropped = this.dataset;
      this.dataset = undefined;
      this.sheets.set(role.sheet, file);
      return dropped ? s.setAsideForSheets(dropped.name) : undefined;
    }
    if (role.kind === 'dataset') {
      const dropped = [...this.sheets.values()].map((f) => f.name);
      this.sheets.clear();
      this.dataset = file;
      return dropped.length > 0
        ? s.setAsideForDataset(dropped.join(s.listSeparator), dropped.length, file.name)
        : undefined;
    }
    if (role.kind === 'text') this.texts.set(file.name, file);
    else this.sidecars.set(role.text, file);
    return undefined;
  }

  remove(file: ReadFile): void {
    for (const map of [this.sheets, this.texts, this.sidecars] as Map<unknown, ReadFile>[]) {
      for (const [key, held] of map) if (held === file) map.delete(key);
    }
    if (this.dataset === file) this.dataset = undefined;
  }

  clear(): void {
    this.sheets.clear();
    this.texts.clear();
    this.sidecars.clear();
    this.dataset = undefined;
  }

  /** Every file held: the dataset's, then each text followed by its sidecar, then stray sidecars. */
  files(): ReadFile[] {
    const texts = [...this.texts.values()].flatMap((t) => [
      t,
      ...(this.sidecars.has(t.name) ? [this.sidecars.get(t.name)!] : []),
    ]);
    const strays = [...this.sidecars]
      .filter(([text]) => !this.texts.has(text))
      .map(([, file]) => file);
    return [...(this.dataset ? [this.dataset] : []), ...this.sheets.values(), ...texts, ...strays];
  }
}
