/**
 * The ties table's state: shown or visually hidden (then out of the Tab order, ties-table.ts), and
 * how many rows it renders (a page at a time, so 48,000 ties do not build 48,000 rows).
 */
import type { ReactiveControllerHost } from 'lit';

/** Table rows per page. */
export const TABLE_PAGE = 250;

export class TableController {
  shown = false;
  limit = TABLE_PAGE;

  constructor(private readonly host: ReactiveControllerHost, private readonly say: (text: string) => void) {}

  toggle(): void {
    this.shown = !this.shown;
    this.host.requestUpdate();
  }

  /** A new dataset starts at the first page. */
  reset(): void {
    this.limit = TABLE_PAGE;
  }

  /** The next page of rows; the button stays focused and `said(limit)` is announced. */
  showMore(visible: number, said: (limit: number) => string): void {
    this.limit = Math.min(this.limit + TABLE_PAGE, visible);
    this.say(said(this.limit));
  }
}
