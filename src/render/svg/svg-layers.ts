/**
 * The live SVG picture's layers and what decides a redraw: the elements each layer is, the land's
 * fills with and without the focus, and the signature that says a scene draws nothing new.
 */
import type { Scene } from '../../scene/types.ts';
import type { MapPalette } from '../renderer.ts';
import { markersNode } from './actors.ts';
import { shapeColours } from './basemap.ts';
import { cuesNode, edgesNode, halosNode } from './edges.ts';
import { SVG_NS, el, type SvgNode } from './tree.ts';
import type { SvgView } from './view.ts';

/** What the scene layers draw: when it is unchanged (and camera and palette too), a draw does nothing. */
export function sceneSignature(scene: Scene): string {
  return JSON.stringify([
    scene.edges.map((e) => [
      e.id,
      e.colour,
      e.width,
      e.quantified,
      e.stance,
      e.tentative,
      e.control,
      e.path[0],
      e.path[e.path.length - 1],
      e.emphasis,
      e.tieIds,
    ]),
    scene.actors.map((a) => [a.id, a.anchor, a.hasShape, a.distant !== null, a.emphasis]),
    scene.margins,
  ]);
}

export function measureOf(container: HTMLElement): [number, number] {
  return [Math.max(1, container.clientWidth), Math.max(1, container.clientHeight)];
}

/** Placed over one another at the box's top left; each its own compositing layer. */
export const LAYER_STYLE =
  'position: absolute; left: 0; top: 0; display: block; will-change: transform;';

export function svgElement(doc: Document, className: string, pointer = true): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', className);
  svg.setAttribute('role', 'presentation');
  // The element's HTML labels, edge handles and table are the accessible map; the picture repeats them.
  svg.setAttribute('aria-hidden', 'true');
  // A layer that names nothing lets the pointer through to the countries under it.
  svg.style.cssText = pointer ? LAYER_STYLE : `${LAYER_STYLE} pointer-events: none;`;
  return svg;
}

/** The land's fills without the focus (the focus layer draws it): a focused actor has its unfocused colour. */
export function baseFills(scene: Scene, palette: MapPalette): Map<string, string> {
  const fills = shapeColours(scene, palette);
  for (const actor of scene.actors) {
    if (actor.hasShape && actor.emphasis === 'focus') {
      if (actor.distant) fills.delete(actor.id);
      else fills.set(actor.id, palette.actorLand);
    }
  }
  return fills;
}

/** The shapes drawn in the focus colour, in the scene's order. */
export function focusedShapes(scene: Scene, paths: ReadonlyMap<string, string>): string[] {
  return scene.actors
    .filter((a) => a.hasShape && a.emphasis === 'focus' && paths.has(a.id))
    .map((a) => a.id);
}

/** A scene's halos, edges (with their pointer targets), cues and markers. */
export function sceneLayers(scene: Scene, view: SvgView, palette: MapPalette): SvgNode {
  return el('g', { class: 'scene' }, [
    halosNode(scene, view, palette),
    edgesNode(scene, view, { interactive: true }),
    cuesNode(scene, view),
    markersNode(scene, view, palette),
  ]);
}
