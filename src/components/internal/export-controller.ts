/**
 * Export: the current view as a PNG slide (`toPNG()`), as a standalone SVG (`toSVG()`), their
 * downloads from the toolbar, and the view the print picture draws. It remembers the map's size on
 * screen, because in print the live map is hidden and measures 0. The slide and SVG code arrive by
 * `import()` when a picture is asked for: most page views never export, so the entry leaves it out.
 */
import { loadCountries } from '../../geo/world.ts';
import type { ViewPicture } from './export-svg.ts';
import type { TiesHost } from '../host.ts';
import { readPalette } from './theme.ts';
import { calloutPlacements } from '../map/label-positions.ts';
import type { MapController } from '../controllers/map-controller.ts';
import { MAP_PADDING } from '../map/map-size.ts';
import { mapSizeOf } from '../map/map-size.ts';

export class ExportController {
  private mapSize = { width: 1, height: 1 };

  constructor(
    private readonly host: TiesHost,
    private readonly map: MapController,
  ) {}

  /** The scene step shown now, for captions. */
  private step() {
    return this.host.model?.scenes.find((s) => s.id === this.host.view.step);
  }

  /**
   * The map drew: note its size, so a print (where it measures 0) keeps the screen's framing.
   * Only the box: the palette and camera are read when a picture is asked for, not on every draw.
   * The size is the one the map's ResizeObserver keeps (mapSizeOf): read from the box after the
   * labels moved, it forced a layout into every draw (7 ms of a toggle at 10,000 ties).
   */
  noteMapSize(): boolean {
    if (!this.host.renderRoot.querySelector('.gl')) return false;
    const { width, height } = mapSizeOf(this.host);
    if (width > 0 && height > 0) this.mapSize = { width, height };
    return true;
  }

  /** The current view as the SVG export and the print picture draw it; null before a dataset shows. */
  picture(): ViewPicture | null {
    const { model: dataset, derived } = this.host;
    if (!this.noteMapSize() || !dataset || !derived) return null;
    return {
      dataset,
      scene: derived.scene,
      step: this.step(),
      strings: this.host.strings,
      palette: readPalette(getComputedStyle(this.host)),
      camera: this.map.renderer?.camera() ?? null,
      ...this.mapSize,
      padding: MAP_PADDING,
    };
  }

  async png(): Promise<Blob | null> {
    const { renderer, labels } = this.map;
    const { model: dataset, derived } = this.host;
    if (!renderer || !derived || !dataset) return null;
    const { slideOf } = await import('./export-png.ts');
    const layer = this.host.renderRoot.querySelector<HTMLElement>('.labels');
    const callouts = (layer && calloutPlacements.get(layer)) ?? [];
    return slideOf(
      renderer,
      labels,
      derived.scene,
      dataset,
      this.step(),
      this.host.strings,
      readPalette(getComputedStyle(this.host)),
      callouts,
    );
  }

  async svg(): Promise<string | null> {
    const view = this.picture();
    if (!view) return null;
    const [{ standaloneSvgOf }, countries] = await Promise.all([
      import('./export-svg.ts'),
      loadCountries(view.scene.legend.borders.worldview),
    ]);
    return standaloneSvgOf(view, countries);
  }

  /** The toolbar's "Download PNG". */
  downloadPng(): void {
    const title = this.host.model?.title ?? 'ties-map';
    void this.png().then((blob) => download(blob, title, 'png'));
  }

  /** The toolbar's "Download SVG". */
  downloadSvg(): void {
    const title = this.host.model?.title ?? 'ties-map';
    void this.svg().then((svg) =>
      download(svg === null ? null : new Blob([svg], { type: 'image/svg+xml' }), title, 'svg'),
    );
  }
}

/** Saves a picture as `<title>.<extension>`. */
function download(blob: Blob | null, title: string, extension: 'png' | 'svg'): void {
  if (!blob) return;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${title.replace(/[^\w-]+/g, '-').toLowerCase()}.${extension}`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
