/**
 * Printing: a WebGL canvas often prints blank, so the print stylesheet hides the live map and
 * shows `.print-picture`, an SVG of the current view built here when the page is about to print
 * (`beforeprint`, or the print media query turning on, as print emulation does). That handler
 * must build it in the same task, so the picture's code and the geodata are loaded beforehand,
 * once a WebGL map has drawn (the element calls `prepare`). The live SVG picture prints as it is,
 * so for it the code loads only when printing starts. A print that starts before they arrive shows
 * the live map until they do; then, while print media still applies, the picture is built. The
 * picture stays after printing (hidden on screen), until the next print.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Worldview } from '../../geo/borders.ts';
import { loadCountries, type Countries } from '../../geo/world.ts';
import type { ViewPicture } from '../internal/export-svg.ts';

type ExportSvg = typeof import('../internal/export-svg.ts');

export interface PrintHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class PrintController implements ReactiveController {
  private module: ExportSvg | null = null;
  /** The geodata of each view of borders the map has drawn, and the loads begun. */
  private countries = new Map<Worldview, Countries>();
  private loading = new Map<Worldview, Promise<void>>();
  private query: MediaQueryList | null = null;

  constructor(
    private readonly host: PrintHost,
    private readonly picture: () => ViewPicture | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.build);
    this.query = matchMedia('print');
    this.query.addEventListener('change', this.onMedia);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.build);
    this.query?.removeEventListener('change', this.onMedia);
    this.query = null;
  }

  /** Loads what the print picture needs (the map has drawn in this view of borders: its geodata is in, the chunk is small). */
  prepare(worldview: Worldview): void {
    if (this.loading.has(worldview)) return;
    this.loading.set(
      worldview,
      Promise.all([import('../internal/export-svg.ts'), loadCountries(worldview)])
        .then(([module, countries]) => {
          this.module = module;
          this.countries.set(worldview, countries);
          if (this.query?.matches) this.build(); // printing began while they loaded
        })
        .catch(() => {
          this.loading.delete(worldview);
        }),
    );
  }

  private readonly onMedia = (event: MediaQueryListEvent): void => {
    if (event.matches) this.build();
  };

  private readonly build = (): void => {
    const target = this.host.renderRoot.querySelector<HTMLElement>('.print-picture');
    const view = this.picture();
    const worldview = view?.scene.legend.borders.worldview;
    const countries = worldview && this.countries.get(worldview);
    // Builds on arrival if print media still applies.
    if (worldview && (!this.module || !countries)) this.prepare(worldview);
    if (!target || !view || !this.module || !countries) return;
    target.replaceChildren(this.module.printPicture(view, countries, target.ownerDocument));
  };
}
