/**
 * The polite live region's one queue: a message is computed after the update it describes (so
 * "3 ties visible" counts what the reader now sees), and the newest message wins.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextPaint } from '../yield-to-main.ts';

export class Announcer implements ReactiveController {
  /** The live region's text; empty: the element's default line. */
  text = '';
  private seq = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Says a message that is known now, in the update under way. */
  say(text: string): void {
    this.seq++;
    this.text = text;
    this.host.requestUpdate();
  }

  /**
   * Says a message computed after the update under way, once that update has painted: the update
   * that writes the live region re-renders the whole template, and at 10,000 ties it held a focus
   * or a layer toggle's picture back by a tenth of its time (issue 17). A screen reader hears it a
   * frame later.
   */
  announce(text: () => string): void {
    const seq = ++this.seq;
    void this.host.updateComplete.then(afterNextPaint).then(() => {
      if (seq !== this.seq) return;
      this.text = text();
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.seq++;
  }
}
