/**
 * The element's tables under the legend: the ties table (a page of rows at a time, visually hidden
 * until the reader shows it, read by screen readers either way) and the table of places.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Dataset, Tie } from '../../data/types.ts';
import type { Scene } from '../../scene/types.ts';
import { TABLE_PAGE } from '../internal/table-controller.ts';
import type { Strings } from '../../text/strings.ts';
import { renderPlacesTable } from './places-table.ts';
import { renderTiesTable } from './ties-table.ts';

export interface TablesOptions {
  dataset: Dataset;
  visible: readonly Tie[];
  scene: Scene;
  strings: Strings;
  /** Whether the ties table shows, how many rows it renders, and its "Show more". */
  table: {
    readonly shown: boolean;
    readonly limit: number;
    readonly rowsPending: boolean;
    readonly rowsBuilt: number;
    showMore(visible: number, said: (limit: number) => string): void;
  };
  onOpen: (tie: Tie, opener: HTMLElement) => void;
}

export function renderTables({
  dataset,
  visible,
  scene,
  strings: s,
  table,
  onOpen,
}: TablesOptions): TemplateResult {
  return html`<div class="table-wrap ${table.shown ? '' : 'visually-hidden'}">
    ${guard(
      [dataset, visible, s, table.limit, table.shown, table.rowsPending, table.rowsBuilt],
      () =>
        // Rendered again only when the rows can differ: a focus or a hover keeps the visible ties (the same array).
        renderTiesTable({
          dataset,
          ties: visible,
          strings: s,
          onOpen,
          page: {
            limit: table.limit,
            size: TABLE_PAGE,
            onMore: () => table.showMore(visible.length, (n) => s.tableShowing(n, visible.length)),
            tabbable: table.shown,
            pending: table.rowsPending,
            built: table.rowsBuilt,
          },
        }),
    )}
    ${
      // The places come with the ties' rows, after the frame's first paint (table-controller.ts).
      table.rowsPending
        ? nothing
        : guard([scene.actors, scene.legend.borders, s], () =>
            renderPlacesTable({ scene, strings: s }),
          )
    }
  </div>`;
}
