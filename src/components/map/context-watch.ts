/**
 * A WebGL context that is lost may come back: the map says its picture is unavailable only when
 * it has not come back within a grace period, and draws again when it does.
 */

/** How long a lost context may take to come back before the element says the picture is unavailable. */
const CONTEXT_GRACE_MS = 2000;

export class ContextWatch {
  private timer = 0;

  constructor(
    private readonly hooks: {
      /** The context did not come back in time. */
      lost: () => void;
      restored: () => void;
    },
  ) {}

  lost(): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.hooks.lost(), CONTEXT_GRACE_MS);
  }

  restored(): void {
    clearTimeout(this.timer);
    this.hooks.restored();
  }

  /** The map was released: nothing is said later. */
  stop(): void {
    clearTimeout(this.timer);
  }
}
