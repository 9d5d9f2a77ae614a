/** The timeline's Play: steps the as-of date through the timeline's stops, then back to all dates. */
import type { ReactiveController } from 'lit';
import type { TiesHost } from '../host.ts';

const STEP_MS = 1200;

export class TimelineController implements ReactiveController {
  playing = false;
  private timer = 0;

  constructor(private readonly host: TiesHost) {
    host.addController(this);
  }

  toggle(): void {
    if (this.playing) {
      this.stop();
      return;
    }
    const stops = this.host.derived?.stops ?? [];
    if (stops.length === 0) return;
    this.playing = true;
    let i = this.host.view.asOf === null ? -1 : stops.indexOf(this.host.view.asOf);
    const step = () => {
      i += 1;
      if (i >= stops.length) {
        this.host.dispatch({ type: 'set-as-of', date: null });
        this.stop();
        return;
      }
      this.host.dispatch({ type: 'set-as-of', date: stops[i]! });
    };
    step();
    this.timer = window.setInterval(step, STEP_MS);
    this.host.requestUpdate();
  }

  private stop(): void {
    this.playing = false;
    clearInterval(this.timer);
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.playing) this.stop();
  }
}
