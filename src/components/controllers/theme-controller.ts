/**
 * Theme: `theme="dark"`, or the reader's `prefers-color-scheme` when the attribute is absent,
 * re-reads the element's colour custom properties: new edge colours (the scene basis) and base-map
 * colours (the renderer), without rebuilding the map.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MapPalette } from '../../render/renderer.ts';
import { readPalette } from '../internal/theme.ts';

interface ThemeHost extends ReactiveControllerHost, HTMLElement {
  theme: string | null;
  /** The dataset shown: without one there is nothing to colour. */
  readonly model: object | null;
}

/** What a theme change reaches: the scene basis (its edge colours) and the renderer drawing now (its base-map colours). */
export interface ThemeTargets {
  invalidate(): void;
  renderer(): { setPalette(palette: MapPalette): void } | null;
}

export class ThemeController implements ReactiveController {
  private readonly query = matchMedia('(prefers-color-scheme: dark)');
  private readonly onChange = (): void => this.apply();

  /** `theme` as the last update left it (undefined before the first: the first picture reads it anyway). */
  private seen: string | null | undefined = undefined;

  constructor(
    private readonly host: ThemeHost,
    private readonly targets: ThemeTargets,
  ) {
    host.addController(this);
  }

  /** Re-reads the theme's custom properties: new edge colours (scene) and base-map colours (renderer). */
  private apply(): void {
    if (!this.host.model) return;
    this.targets.invalidate();
    this.targets.renderer()?.setPalette(readPalette(getComputedStyle(this.host)));
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
