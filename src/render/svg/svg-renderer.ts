/**
 * The SVG renderer: the same Renderer interface as MapLibre's, drawing with the DOM-free builders
 * of this folder (d3-geo paths, the edge look of ../edge-look.ts) into an `<svg>` in the
 * container. It needs no WebGL and imports nothing from maplibre-gl.
 *
 * - Camera: centre and zoom in MapLibre's terms (camera.ts), so a view hands over between the two
 *   renderers unchanged. `fit` jumps (no animation, so reduced motion needs nothing); there is no
 *   pan or zoom by pointer: the picture shows the scene's frame or a scene's camera.
 * - Drawing: the country paths are projected once per camera and size (the land filled without
 *   anti-aliasing where the border line over it is a device pixel wide: basemap.ts); a new scene recolours the
 *   land in place and rebuilds the edge, cue and marker layers only when what they draw changed.
 * - Hits: each edge's group holds a wide invisible stroke; a click on it reports the edge id, a
 *   click elsewhere the country under the pointer (or null for the sea), hover enter and leave
 *   report the edge id and null. Labels are the element's HTML, not drawn here.
 * - The DOM is built with createElementNS and setAttribute from an element tree, never by parsing
 *   markup, so dataset text cannot become markup and Trusted Types has nothing to refuse.
 */
import type { Bounds } from '../../data/types.ts';
import type { LonLat, Scene } from '../../scene/types.ts';
import type { Camera, MapPalette, Renderer, RendererOptions } from '../renderer.ts';
import { markersNode } from './actors.ts';
import { actorBordersNode, bordersNode, countryPaths, crispLandAt, landNode, marksNode, seaNode, shapeColours } from './basemap.ts';
import { fitCamera, projectPoint, unprojectPoint } from './camera.ts';
import { cuesNode, edgesNode, halosNode } from './edges.ts';
import { SVG_NS, el, toDom, type SvgNode } from './tree.ts';
import { svgView, type SvgView } from './view.ts';

/** For a mount that prepares the base map in slices before the renderer (components/mount-renderer.ts). */
export { countryPathSteps } from './basemap.ts';

/** What the scene layers draw: when it is unchanged (and camera and palette too), a draw does nothing. */
function sceneSignature(scene: Scene): string {
  return JSON.stringify([
    scene.edges.map((e) => [e.id, e.colour, e.width, e.quantified, e.stance, e.tentative, e.control, e.path[0], e.path[e.path.length - 1], e.emphasis, e.tieIds]),
    scene.actors.map((a) => [a.id, a.anchor, a.hasShape, a.distant !== null, a.emphasis]),
    scene.margins,
  ]);
}

function measureOf(container: HTMLElement): [number, number] {
  return [Math.max(1, container.clientWidth), Math.max(1, container.clientHeight)];
}

export class SvgRenderer implements Renderer {
  readonly kind = 'svg' as const;
  private readonly root: SVGSVGElement;
  private width: number;
  private height: number;
  private view: Camera;
  private palette: MapPalette;
  private scene: Scene | null = null;
  private drawnSignature: string | null = null;
  private landPaths = new Map<string, SVGPathElement>();
  private countryD: ReadonlyMap<string, string> = new Map();
  /** The marking of disputed and occupied areas for the current camera (drawn over the actor borders). */
  private marks: SvgNode = el('g', {});
  private hovered: string | null = null;

  /** The view a renderer made with these arguments draws first (its base map can be prepared beforehand: countryPathSteps). */
  static firstView(options: RendererOptions, initialFrame: Bounds, padding: number): SvgView {
    const [width, height] = measureOf(options.container);
    return svgView(options.camera ?? fitCamera(initialFrame, width, height, padding), width, height);
  }

  constructor(private readonly options: RendererOptions, initialFrame: Bounds, padding: number) {
    const { container } = options;
    this.palette = options.palette;
    const first = SvgRenderer.firstView(options, initialFrame, padding);
    [this.width, this.height, this.view] = [first.width, first.height, first.camera];
    this.root = container.ownerDocument.createElementNS(SVG_NS, 'svg');
    this.root.setAttribute('class', 'ties-svg-map');
    this.root.setAttribute('role', 'presentation');
    // The element's HTML labels, edge handles and table are the accessible map; the picture repeats them.
    this.root.setAttribute('aria-hidden', 'true');
    this.root.style.display = 'block';
    container.append(this.root);
    this.root.addEventListener('click', this.onClick);
    this.root.addEventListener('pointermove', this.onPointerMove);
    this.root.addEventListener('pointerleave', this.onPointerLeave);
    if (options.initialScene) this.scene = options.initialScene;
    this.redrawAll();
  }

  private measure(): [number, number] {
    return measureOf(this.options.container);
  }

  private svgView(): SvgView {
    return svgView(this.view, this.width, this.height);
  }

  /** The base map for a new camera, size or palette, then the scene layers. */
  private redrawAll(): void {
    const view = this.svgView();
    this.root.setAttribute('width', String(this.width));
    this.root.setAttribute('height', String(this.height));
    this.root.setAttribute('viewBox', `0 0 ${this.width} ${this.height}`);
    this.countryD = countryPaths(this.options.countries, view);
    this.marks = marksNode(this.options.countries, view, this.palette);
    const doc = this.root.ownerDocument;
    const fills = this.scene ? shapeColours(this.scene, this.palette) : new Map<string, string>();
    const land = toDom(landNode(this.countryD, fills, this.palette, crispLandAt(doc.defaultView?.devicePixelRatio ?? 1)), doc);
    this.landPaths = new Map([...land.querySelectorAll<SVGPathElement>('path[data-shape-id]')].map((p) => [p.getAttribute('data-shape-id')!, p]));
    const scenery = toDom(el('g', { class: 'scene' }), doc);
    this.root.replaceChildren(toDom(seaNode(view, this.palette), doc), land, toDom(bordersNode(this.countryD, this.palette), doc), scenery);
    this.drawnSignature = null;
    this.drawScene();
  }

  /** Land colours in place; actor borders, halos, edges, cues and markers rebuilt when they changed. */
  private drawScene(): boolean {
    const scene = this.scene;
    if (!scene) return false;
    const signature = sceneSignature(scene);
    if (signature === this.drawnSignature) return false;
    this.drawnSignature = signature;
    const fills = shapeColours(scene, this.palette);
    for (const [id, path] of this.landPaths) {
      const fill = fills.get(id) ?? this.palette.land;
      if (path.getAttribute('fill') !== fill) path.setAttribute('fill', fill);
    }
    const view = this.svgView();
    const layers = el('g', { class: 'scene' }, [
      actorBordersNode(this.countryD, scene, this.palette),
      this.marks,
      halosNode(scene, view, this.palette),
      edgesNode(scene, view, { interactive: true }),
      cuesNode(scene, view),
      markersNode(scene, view, this.palette),
    ]);
    this.root.lastElementChild!.replaceWith(toDom(layers, this.root.ownerDocument));
    return true;
  }

  async draw(scene: Scene, force = false): Promise<void> {
    this.scene = scene;
    if (force) this.drawnSignature = null;
    this.drawScene();
  }

  fit(bounds: Bounds, padding: number): void {
    this.view = fitCamera(bounds, this.width, this.height, padding);
    this.redrawAll();
    this.options.events.move();
  }

  project(point: LonLat): { x: number; y: number } {
    return projectPoint(this.view, this.width, this.height, point);
  }

  viewBounds(margin: number): [LonLat, LonLat] {
    const sw = unprojectPoint(this.view, this.width, this.height, -margin, this.height + margin);
    const ne = unprojectPoint(this.view, this.width, this.height, this.width + margin, -margin);
    return [sw, ne];
  }

  setPalette(palette: MapPalette): void {
    this.palette = palette;
    this.redrawAll();
  }

  /**
   * The picture at 2× on a canvas, through an image of the serialised SVG. The image loads from a
   * blob: URL, which a page's CSP must allow in `img-src`.
   */
  async snapshot(): Promise<HTMLCanvasElement> {
    const copy = this.root.cloneNode(true) as SVGSVGElement;
    copy.setAttribute('xmlns', SVG_NS);
    const text = new XMLSerializer().serializeToString(copy);
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    try {
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = this.width * 2;
      canvas.height = this.height * 2;
      canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
      return canvas;
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  camera(): Camera {
    return { center: [this.view.center[0], this.view.center[1]], zoom: this.view.zoom };
  }

  /** Keeps centre and zoom (as MapLibre does on resize) and redraws at the new size. */
  resize(): void {
    const [width, height] = this.measure();
    if (width === this.width && height === this.height) return;
    this.width = width;
    this.height = height;
    this.redrawAll();
    this.options.events.move();
  }

  destroy(): void {
    this.root.removeEventListener('click', this.onClick);
    this.root.removeEventListener('pointermove', this.onPointerMove);
    this.root.removeEventListener('pointerleave', this.onPointerLeave);
    this.root.remove();
  }

  private edgeAt(target: EventTarget | null): string | null {
    return target instanceof Element ? target.closest('[data-edge-id]')?.getAttribute('data-edge-id') ?? null : null;
  }

  private readonly onClick = (event: MouseEvent): void => {
    const edge = this.edgeAt(event.target);
    if (edge !== null) {
      this.options.events.edgeClick(edge);
      return;
    }
    const shape = event.target instanceof Element ? event.target.closest('[data-shape-id]') : null;
    this.options.events.shapeClick(shape?.getAttribute('data-shape-id') ?? null);
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    this.setHovered(this.edgeAt(event.target));
  };

  private readonly onPointerLeave = (): void => {
    this.setHovered(null);
  };

  private setHovered(id: string | null): void {
    if (id === this.hovered) return;
    this.hovered = id;
    this.options.events.edgeHover(id);
  }
}
