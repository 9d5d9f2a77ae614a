/**
 * The element's vector pictures of the current view (its camera, size, theme and language):
 * `toSVG()`'s standalone document (title, the map with its labels as text, legend, credit line;
 * system fonts, nothing referenced from outside) and the map alone for the print stylesheet (a
 * WebGL canvas often prints blank). Loaded as a chunk of its own, so the entry stays small.
 */
import type { Dataset, SceneStep } from '../../data/types.ts';
import type { Countries } from '../../geo/world.ts';
import type { Camera, MapPalette } from '../../render/renderer.ts';
import { fitCamera } from '../../render/svg/camera.ts';
import { FONT_STACK, mapLayers } from '../../render/svg/map-svg.ts';
import { toStandaloneSvg } from '../../render/svg/standalone.ts';
import { el, toDom, type SvgNode } from '../../render/svg/tree.ts';
import type { Scene } from '../../scene/types.ts';
import { creditLine, viewTitle } from '../../text/titles.ts';
import type { Strings } from '../../text/strings.ts';

export interface ViewPicture {
  dataset: Dataset;
  scene: Scene;
  step: SceneStep | undefined;
  strings: Strings;
  palette: MapPalette;
  /** The renderer's camera; null (no picture yet) frames the scene as the map would. */
  camera: Camera | null;
  /** The map area's size in CSS px. */
  width: number;
  height: number;
  padding: number;
}

function cameraOf(v: ViewPicture): Camera {
  return v.camera ?? fitCamera(v.scene.frame, v.width, v.height, v.padding);
}

export function standaloneSvgOf(v: ViewPicture, countries: Countries): string {
  return toStandaloneSvg({
    scene: v.scene,
    countries,
    width: v.width,
    height: v.height,
    palette: v.palette,
    strings: v.strings,
    title: viewTitle(v.dataset, v.step),
    caption: v.step?.caption,
    credit: creditLine(v.dataset, v.scene.legend, v.strings),
    view: { camera: cameraOf(v), mapHeight: v.height },
  });
}

/** The map with its labels as text, scaling to the printed width (the element's title, legend and table print as HTML). */
export function printPictureNode(v: ViewPicture, countries: Countries): SvgNode {
  const compact = v.width <= 480;
  const text = v.palette.marker;
  const style = {
    fontSize: compact ? 11.52 : 12.8,
    compact,
    font: FONT_STACK,
    text,
    muted: text,
    background: v.palette.halo,
  };
  // Hidden from screen readers, as the live picture is: the printed table is the text alternative.
  return el(
    'svg',
    { viewBox: `0 0 ${v.width} ${v.height}`, 'font-family': FONT_STACK, 'aria-hidden': 'true' },
    mapLayers({
      scene: v.scene,
      countries,
      width: v.width,
      height: v.height,
      camera: cameraOf(v),
      palette: v.palette,
      labels: { style, distant: (km) => v.strings.distant(v.strings.number(km)) },
    }),
  );
}

/** The print picture as elements (built from the tree, never from parsed markup). */
export function printPicture(v: ViewPicture, countries: Countries, doc: Document): SVGElement {
  return toDom(printPictureNode(v, countries), doc);
}
