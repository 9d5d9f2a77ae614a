/**
 * Presenter mode: fullscreen (or the whole window where the browser refuses), and the keys
 * presentation clickers send (presenter.ts) stepping through the dataset's scenes.
 */
import type { ReactiveController } from 'lit';
import type { TiesHost } from '../host.ts';
import { presenterKey } from '../internal/presenter.ts';

export class PresenterController implements ReactiveController {
  private readonly onKey = (event: KeyboardEvent): void => this.handleKey(event);
  private readonly onFullscreenChange = (): void => {
    if (
      !document.fullscreenElement &&
      this.host.presenter &&
      this.host.dataset['fullscreen'] === 'native'
    )
      this.host.presenter = false;
  };

  /** `presenter` as the last update left it (undefined before the first). */
  private shown: boolean | undefined = undefined;

  constructor(
    private readonly host: TiesHost,
    private readonly resized: () => void,
  ) {
    host.addController(this);
  }

  /** Enters presenter mode when `presenter` turns on (also at the first update) and leaves it when it turns off. */
  hostUpdated(): void {
    const { presenter } = this.host;
    if (presenter !== this.shown && (presenter || this.shown !== undefined)) void this.sync();
    this.shown = presenter;
  }

  hostConnected(): void {
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    document.removeEventListener('keydown', this.onKey);
  }

  private get steps() {
    return this.host.model?.scenes ?? [];
  }

  private get index(): number {
    return this.steps.findIndex((s) => s.id === this.host.view.step);
  }

  /** Goes to a step and announces it. */
  goTo(index: number): void {
    const step = this.steps[index];
    if (!step) return;
    this.host.dispatch({ type: 'go-to-step', index });
    this.host.announce(() =>
      this.host.strings.announceScene(index + 1, this.steps.length, step.title),
    );
  }

  /** Enters or leaves presenter mode, as the `presenter` property now says. */
  async sync(): Promise<void> {
    const host = this.host;
    if (host.presenter) {
      if (this.index < 0 && this.steps.length > 0) this.goTo(0);
      document.addEventListener('keydown', this.onKey);
      try {
        await host.requestFullscreen();
        host.dataset['fullscreen'] = 'native';
      } catch {
        host.dataset['fullscreen'] = 'pseudo'; // refused (iframe, no gesture): fill the window instead
      }
    } else {
      document.removeEventListener('keydown', this.onKey);
      if (document.fullscreenElement === host)
        await document.exitFullscreen().catch(() => undefined);
      delete host.dataset['fullscreen'];
    }
    this.resized();
  }

  private handleKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    // Escape first closes an open card, as everywhere else.
    const view = this.host.view;
    if (event.key === 'Escape' && (view.openEdge !== null || view.previewEdge !== null)) return;
    const target = presenterKey(event.key, Math.max(0, this.index), this.steps.length);
    if (target === null) return;
    event.preventDefault();
    if (target === 'exit') this.host.presenter = false;
    else this.goTo(target);
  }
}
