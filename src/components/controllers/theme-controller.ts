/**
 * Theme: `theme="dark"`, or the reader's `prefers-color-scheme` when the attribute is absent,
 * re-reads the element's colour custom properties: new edge colours (the scene basis) and base-map
 * colours (the renderer), without rebuilding the map.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ThemeController implements ReactiveController {
  private readonly query = matchMedia('(prefers-color-scheme: dark)');
  private readonly onChange = (): void => this.apply();

  constructor(host: ReactiveControllerHost, private readonly apply: () => void) {
    host.addController(this);
  }

  hostConnected(): void {
    this.query.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.query.removeEventListener('change', this.onChange);
  }
}
