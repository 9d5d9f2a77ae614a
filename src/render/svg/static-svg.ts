/**
 * A dataset view as a standalone SVG document, start to end: the scene from the project's scene
 * code, the theme's colours, the slide's title, legend and credit line. The render CLI and the
 * snapshot tests both go through here.
 */
import { creditLine, viewTitle } from '../../text/titles.ts';
import { stringsFor } from '../../text/strings.ts';
import type { Dataset, SceneStep } from '../../data/types.ts';
import type { Countries } from '../../geo/world.ts';
import { places } from '../../geo/places.ts';
import { frameShapeFor } from '../../scene/anchors.ts';
import { buildScene, sceneBasis } from '../../scene/build-scene.ts';
import { sceneGeometry } from '../../scene/scene-geometry.ts';
import type { Scene } from '../../scene/types.ts';
import type { SceneView } from '../../state/view-state.ts';
import { THEMES, type ThemeName } from '../themes.ts';
import { cameraScale, fitCamera } from './camera.ts';
import { FRAME_PADDING } from '../renderer.ts';
import { standaloneMapHeight, standaloneNode } from './standalone.ts';
import { withTextDirection } from './text-direction.ts';
import { toMarkup, type SvgNode } from './tree.ts';

export interface StaticSvgInput {
  dataset: Dataset;
  countries: Countries;
  view: SceneView;
  /** The scene step shown, for its title, caption and camera (its view is already in `view`). */
  step?: SceneStep | undefined;
  width: number;
  height: number;
  theme: ThemeName;
  /** The picture's language (BCP 47): its own words, and `xml:lang` on the document and its right-to-left texts. */
  lang?: string | undefined;
  /** False leaves the scene's caption out of the picture (the handout sets it as text under the picture). */
  caption?: boolean;
}

/** The document as text, its element tree (for measuring what it draws), the scene and its size. */
export function staticSvg(input: StaticSvgInput): {
  svg: string;
  node: SvgNode;
  scene: Scene;
  width: number;
  height: number;
} {
  const { dataset, step } = input;
  const theme = THEMES[input.theme];
  // The picture's shape (its map is most of its height) picks the anchors' layout, as the element's map does.
  const geometry = sceneGeometry(dataset, places, frameShapeFor(input.width, input.height));
  // The picture's own words in its language when the element ships it (loaded with loadLanguage), else English.
  const strings = stringsFor(input.lang ?? 'en');
  const basis = sceneBasis(dataset, places, theme.layerColours, geometry, strings.lang);
  const first = buildScene(basis, input.view, input.width, input.height);
  const parts = {
    scene: first,
    countries: input.countries,
    width: input.width,
    height: input.height,
    palette: theme.palette,
    strings,
    title: viewTitle(dataset, step),
    caption: input.caption === false ? undefined : step?.caption,
    credit: creditLine(dataset, first.legend, strings),
    bounds: step?.camera,
  };
  // The hubs' arrowheads end by their actors at the scale the picture's map is drawn at (its
  // height follows the legend, which the curves do not change).
  const camera = fitCamera(
    step?.camera ?? first.frame,
    input.width,
    standaloneMapHeight(parts),
    FRAME_PADDING,
  );
  const scene = geometry.fanned
    ? buildScene(basis, input.view, input.width, input.height, cameraScale(camera))
    : first;
  const node = withTextDirection(standaloneNode({ ...parts, scene }), input.lang);
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${toMarkup(node)}\n`;
  return {
    svg,
    node,
    scene,
    width: Number(node.attrs['width']),
    height: Number(node.attrs['height']),
  };
}
