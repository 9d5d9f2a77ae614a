/**
 * The polite live region's one queue: a message is computed after the update it describes (so
 * "3 ties visible" counts what the reader now sees), and the newest message wins. The region's
 * text is written here, not by the template: a message that arrives after an update would
 * otherwise cost a second full template update (a large map's layer toggle pays for it) to change
 * one line.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextPaint } from '../loaders/yield-to-main.ts';

export class Announcer implements ReactiveController {
  /** The live region's text; empty: the element's default line. */
  text = '';
  private seq = 0;
  private region: Element | undefined;

  /** `defaultLine`: what the region says when no message is due (read after each update). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly defaultLine: () => string,
  ) {
    host.addController(this);
  }

  /** For the template's `ref()`: the live region element, or undefined once it is gone. */
  readonly attach = (element: Element | undefined): void => {
    this.region = element;
    this.write();
  };

  /** Says a message that is known now, in the update under way. */
  say(text: string): void {
    this.seq++;
    this.text = text;
    this.host.requestUpdate();
  }

  /**
   * Says a message computed after the update under way, once that update has painted (a screen
   * reader hears it a frame later, and the picture is not held back by it).
   */
  announce(text: () => string): void {
    const seq = ++this.seq;
    void this.host.updateComplete.then(afterNextPaint).then(() => {
      if (seq !== this.seq) return;
      this.text = text();
      this.write();
    });
  }

  hostUpdated(): void {
    this.write();
  }

  hostDisconnected(): void {
    this.seq++;
  }

  /** Changes the region only when its line changes: a rewrite of the same line may be read again. */
  private write(): void {
    const line = this.text || this.defaultLine();
    if (this.region && this.region.textContent !== line) this.region.textContent = line;
  }
}
