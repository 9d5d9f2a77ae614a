/**
 * A dataset was accepted (from `src` or `data`): its warnings go to the console, the table starts
 * afresh, and `ties-ready` is said once the frame shows it in the reader's language (whose
 * messages load on first use) with the table's rows in, unless a newer dataset came meanwhile.
 */
import type { Dataset, Problem } from '../../data/types.ts';
import type { TiesHost } from '../host.ts';
import type { TableController } from './table-controller.ts';

export interface ReadyParts {
  table: TableController;
  /** Resolves after the update that shows the element's words in its language. */
  language: { readable(): Promise<unknown> };
  /** A fetched dataset: its table rows wait for the frame's first paint (table-controller.ts). */
  sliced: boolean;
  /** The dataset accepted last: an older one is not said ready. */
  current(): Dataset | null;
}

export function announceReady(
  host: TiesHost,
  dataset: Dataset,
  warnings: readonly Problem[],
  { table, language, sliced, current }: ReadyParts,
): void {
  for (const warning of warnings) console.warn(`ties-map: ${warning.path}: ${warning.message}`);
  table.reset(sliced);
  const ready = () => {
    if (current() === dataset)
      host.emit('ties-ready', {
        actors: dataset.actors.length,
        ties: host.derived?.visible.length ?? 0,
      });
  };
  const announce = () =>
    table.rowsPending
      ? void table.showRows(() => host.derived?.visible.length ?? 0).then(ready)
      : ready();
  void language.readable().then(announce);
}
