/**
 * Theme: `theme="dark"`, or the reader's `prefers-color-scheme` when the attribute is absent,
 * re-reads the element's colour custom properties: new edge colours (the scene basis) and base-map
 * colours (the renderer), without rebuilding the map.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

interface ThemeHost extends ReactiveControllerHost {
  theme: string | null;
}

export class ThemeController implements ReactiveController {
  private readonly query = matchMedia('(prefers-color-scheme: dark)');
  private readonly onChange = (): void => this.apply();

  /** `theme` as the last update left it (undefined before the first: the first picture reads it anyway). */
  private seen: string | null | undefined = undefined;

  constructor(private readonly host: ThemeHost, private readonly apply: () => void) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.seen !== undefined && this.host.theme !== this.seen) this.apply();
    this.seen = this.host.theme;
  }

  hostConnected(): void {
    this.query.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.query.removeEventListener('change', this.onChange);
  }
}
