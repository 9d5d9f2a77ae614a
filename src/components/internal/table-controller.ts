/**
 * The ties table's state: shown or visually hidden (then out of the Tab order, ties-table.ts), and
 * how many rows it renders (a page at a time, so 48,000 ties do not build 48,000 rows).
 */
import type { ReactiveControllerHost } from 'lit';
import { afterNextPaint } from '../loaders/yield-to-main.ts';

/** Table rows per page. */
export const TABLE_PAGE = 250;

export class TableController {
  shown = false;
  limit = TABLE_PAGE;
  /** A new dataset's rows wait for the frame's first paint: built in the same task, they made that render one long task. */
  rowsPending = false;

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
  }

  /** Renders pending rows in a task after the browser's next paint; resolves once they are in the DOM (at once when none wait). */
  async showRows(): Promise<void> {
    if (!this.rowsPending) return;
    await afterNextPaint();
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
