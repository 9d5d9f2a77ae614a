/**
 * The ties table's state: shown or visually hidden (then out of the Tab order, ties-table.ts), and
 * how many rows it renders (a page at a time, so 48,000 ties do not build 48,000 rows).
 */
import type { ReactiveControllerHost } from 'lit';
import { afterNextPaint, yieldToMain } from '../loaders/yield-to-main.ts';

/** Table rows per page. */
export const TABLE_PAGE = 250;

/** Rows added per task while a new dataset's first page is built (a row is some twenty elements). */
export const ROWS_PER_TASK = 12;

export class TableController {
  shown = false;
  limit = TABLE_PAGE;
  /** A new dataset's rows wait for the frame's first paint: built in the same task, they made that render one long task. */
  rowsPending = false;
  /** While rows are pending: how many are in the DOM so far (showRows adds them a few per task). */
  rowsBuilt = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly say: (text: string) => void,
  ) {}

  toggle(): void {
    this.shown = !this.shown;
    this.host.requestUpdate();
  }

  /**
   * A new dataset starts at the first page. A fetched one's rows are rendered once the frame has
   * painted (showRows); a `data` object shows at once, rows and all.
   */
  reset(deferRows = false): void {
    this.limit = TABLE_PAGE;
    this.rowsPending = deferRows;
    this.rowsBuilt = 0;
  }

  /**
   * Renders pending rows after the browser's next paint, ROWS_PER_TASK in each task (the first
   * page at once was one long task), then the rest of the tables; resolves once they are all in
   * the DOM (at once when none wait). `rows()`: how many the first page holds, read at each step.
   */
  async showRows(rows: () => number = () => 0): Promise<void> {
    if (!this.rowsPending) return;
    await afterNextPaint();
    while (this.rowsPending && this.rowsBuilt < Math.min(rows(), this.limit)) {
      this.rowsBuilt += ROWS_PER_TASK;
      this.host.requestUpdate();
      await this.host.updateComplete;
      await yieldToMain();
    }
    if (!this.rowsPending) return;
    this.rowsPending = false;
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  /** The next page of rows; the button stays focused and `said(limit)` is announced. */
  showMore(visible: number, said: (limit: number) => string): void {
    this.limit = Math.min(this.limit + TABLE_PAGE, visible);
    this.say(said(this.limit));
  }
}
