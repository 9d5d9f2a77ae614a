/**
 * When the camera comes to rest: after a move, a zoom or a resize, once no move has come for two
 * frames, each listener is called (grouped regions open or close then: controllers/zoom-groups).
 */
export class CameraRest {
  private readonly listeners: (() => void)[] = [];
  private moves = 0;

  /** `live`: whether a picture is still there to have come to rest. */
  constructor(private readonly live: () => boolean) {}

  listen(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** The camera moved: the listeners hear of it once the moves stop. */
  moved(): void {
    const moves = ++this.moves;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (moves !== this.moves || !this.live()) return;
        for (const listener of this.listeners) listener();
      }),
    );
  }
}
