/** The SVG renderer and the DOM-free builders behind it (Node's render CLI uses the builders alone). */
export { SvgRenderer } from './svg-renderer.ts';
export { mapSvg, mapLayers, FONT_STACK, type MapSvgInput } from './map-svg.ts';
export { toStandaloneSvg, type StandaloneInput } from './standalone.ts';
export { FRAME_PADDING } from '../renderer.ts';
export { fitCamera, projectPoint, unprojectPoint, viewProjection } from './camera.ts';
