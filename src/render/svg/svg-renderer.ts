/**
 * The SVG renderer: the same Renderer interface as MapLibre's, drawing with the DOM-free builders
 * of this folder (d3-geo paths, the edge look of ../edge-look.ts) into the container. It needs no
 * WebGL and imports nothing from maplibre-gl.
 *
 * - Camera: centre and zoom in MapLibre's terms (camera.ts), so a view hands over between the two
 *   renderers unchanged. `fit` jumps (no animation, so reduced motion needs nothing); there is no
 *   pan or zoom by pointer: the picture shows the scene's frame or a scene's camera.
 * - Five layers, each its own compositing layer, so a change to one never makes the browser
 *   raster another: the base map's fills (`svg.ties-svg-map`: sea, land), the focused actor's
 *   land (`svg.ties-svg-focus`: a copy of its shape in the focus colour), the base map's lines
 *   (`svg.ties-svg-lines`: borders, actors' borders, the marking of disputed areas), the scene's
 *   halos, edges, cues and markers painted on a canvas (paint.ts), and the same scene layers as
 *   SVG elements, not painted, over it (`svg.ties-svg-targets`: each edge one `[data-edge-id]`
 *   element, the pointer targets). The base map is projected once per camera and size (the land
 *   filled without anti-aliasing where the border line over it is a device pixel wide:
 *   basemap.ts). A focus changes only the focus layer: recolouring a country in the base map
 *   made the browser raster again every tile it touches, with every country and the world's
 *   border line in them, which a software rasteriser pays for by the pixel. A new scene recolours
 *   the land of actors that came or went in place, brings the scene elements to the new scene by
 *   id (patch.ts: only the attributes that changed, only the edges that came or went) and
 *   repaints the canvas.
 * - Hits: each edge's group holds a wide stroke target; a click on it reports the edge id, a
 *   click elsewhere the country under the pointer (or null for the sea), hover enter and leave
 *   report the edge id and null. Labels are the element's HTML, not drawn here.
 * - The DOM is built with createElementNS and setAttribute from an element tree, never by parsing
 *   markup, so dataset text cannot become markup and Trusted Types has nothing to refuse.
 */
import type { Bounds } from '../../data/types.ts';
import type { LonLat, Scene } from '../../scene/types.ts';
import type { Camera, MapPalette, Renderer, RendererOptions } from '../renderer.ts';
import {
  actorBordersNode,
  bordersNode,
  countryPaths,
  crispLandAt,
  landNode,
  marksNode,
  seaNode,
} from './basemap.ts';
import { fitCamera, projectPoint, unprojectPoint } from './camera.ts';
import { marginsNode } from './margins.ts';
import { paintTree } from './paint.ts';
import { patchDom } from './patch.ts';
import {
  baseFills,
  focusedShapes,
  measureOf,
  sceneLayers,
  LAYER_STYLE,
  sceneSignature,
  svgElement,
} from './svg-layers.ts';
import { SVG_NS, el, toDom, type SvgNode } from './tree.ts';
import { svgView, type SvgView } from './view.ts';

/** For a mount that prepares the base map in slices before the renderer (components/map/mount-renderer.ts). */
export { countryPathSteps } from './basemap.ts';

export class SvgRenderer implements Renderer {
  readonly kind = 'svg' as const;
  /** The layers' box, which hears the pointer. */
  private readonly box: HTMLDivElement;
  /** The base map's fills: sea and land. */
  private readonly root: SVGSVGElement;
  /** The focused actors' land, over the base map's fills. */
  private readonly focusLayer: SVGSVGElement;
  /**
   * The base map's lines (borders, actors' borders, disputed areas) and, over them, the panels
   * where far actors' tabs sit: children in that order.
   */
  private readonly lines: SVGSVGElement;
  /** The margin strips the lines layer holds, as drawn. */
  private marginsDrawn = '';
  /** The ids the focus layer holds, and whether its fills are drawn crisp. */
  private focusDrawn = '';
  /** The scene layers' pixels. */
  private readonly paper: HTMLCanvasElement;
  /** The scene layers' elements: pointer targets, not painted. */
  private readonly targets: SVGSVGElement;
  private width: number;
  private height: number;
  private pixelRatio = 1;
  private view: Camera;
  private palette: MapPalette;
  private scene: Scene | null = null;
  private drawnSignature: string | null = null;
  private landPaths = new Map<string, SVGPathElement>();
  private countryD: ReadonlyMap<string, string> = new Map();
  /** The marking of disputed and occupied areas for the current camera (drawn over the actor borders). */
  private marks: SvgNode = el('g', {});
  /** What the base map's actor borders and the scene elements were made from, with the edge ids of the halos (which carry none). */
  private drawn: { borders: SvgNode; layers: SvgNode; edgeIds: string[] } | null = null;
  private hovered: string | null = null;
  /** The main thread's time for the last draw that changed the scene layers (Renderer.drawMs). */
  drawMs = 0;

  /** The view a renderer made with these arguments draws first (its base map can be prepared beforehand: countryPathSteps). */
  static firstView(options: RendererOptions, initialFrame: Bounds, padding: number): SvgView {
    const [width, height] = measureOf(options.container);
    return svgView(
      options.camera ?? fitCamera(initialFrame, width, height, padding),
      width,
      height,
    );
  }

  constructor(
    private readonly options: RendererOptions,
    initialFrame: Bounds,
    padding: number,
  ) {
    const { container } = options;
    const doc = container.ownerDocument;
    this.palette = options.palette;
    const first = SvgRenderer.firstView(options, initialFrame, padding);
    [this.width, this.height, this.view] = [first.width, first.height, first.camera];
    this.box = doc.createElement('div');
    this.box.style.position = 'relative';
    this.root = svgElement(doc, 'ties-svg-map');
    this.focusLayer = svgElement(doc, 'ties-svg-focus', false);
    this.lines = svgElement(doc, 'ties-svg-lines', false);
    this.paper = doc.createElement('canvas');
    this.paper.style.cssText = `${LAYER_STYLE} pointer-events: none;`;
    this.targets = svgElement(doc, 'ties-svg-targets');
    // Not painted (the canvas shows them: the browser skips what is wholly transparent), yet hit:
    // the edges' targets take the pointer by their stroke, and everything else falls through to the base map.
    this.targets.style.cssText =
      'position: absolute; left: 0; top: 0; display: block; opacity: 0; pointer-events: none;';
    this.box.append(this.root, this.focusLayer, this.lines, this.paper, this.targets);
    container.append(this.box);
    this.box.addEventListener('click', this.onClick);
    this.box.addEventListener('pointermove', this.onPointerMove);
    this.box.addEventListener('pointerleave', this.onPointerLeave);
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
    const doc = this.root.ownerDocument;
    this.pixelRatio = doc.defaultView?.devicePixelRatio ?? 1;
    this.box.style.width = `${this.width}px`;
    this.box.style.height = `${this.height}px`;
    for (const svg of [this.root, this.focusLayer, this.lines, this.targets]) {
      svg.setAttribute('width', String(this.width));
      svg.setAttribute('height', String(this.height));
      svg.setAttribute('viewBox', `0 0 ${this.width} ${this.height}`);
    }
    this.paper.width = Math.round(this.width * this.pixelRatio);
    this.paper.height = Math.round(this.height * this.pixelRatio);
    this.paper.style.width = `${this.width}px`;
    this.paper.style.height = `${this.height}px`;
    this.countryD = countryPaths(this.options.countries, view);
    this.marks = marksNode(this.options.countries, view, this.palette);
    const fills = this.scene ? baseFills(this.scene, this.palette) : new Map<string, string>();
    const land = toDom(
      landNode(this.countryD, fills, this.palette, crispLandAt(this.pixelRatio)),
      doc,
    );
    this.landPaths = new Map(
      [...land.querySelectorAll<SVGPathElement>('path[data-shape-id]')].map((p) => [
        p.getAttribute('data-shape-id')!,
        p,
      ]),
    );
    this.root.replaceChildren(toDom(seaNode(view, this.palette), doc), land);
    this.focusLayer.replaceChildren();
    this.focusDrawn = '';
    this.lines.replaceChildren(toDom(bordersNode(this.countryD, this.palette), doc));
    this.marginsDrawn = '';
    this.targets.replaceChildren();
    this.drawn = null;
    this.drawnSignature = null;
    this.drawScene();
  }

  /**
   * Land colours in place; the actors' borders and the scene elements brought to the new scene
   * (what changed only) and the scene's canvas painted again, when they changed.
   */
  private drawScene(): boolean {
    const scene = this.scene;
    if (!scene) return false;
    const signature = sceneSignature(scene);
    if (signature === this.drawnSignature) return false;
    const started = performance.now();
    this.drawnSignature = signature;
    const fills = baseFills(scene, this.palette);
    for (const [id, path] of this.landPaths) {
      const fill = fills.get(id) ?? this.palette.land;
      if (path.getAttribute('fill') !== fill) path.setAttribute('fill', fill);
    }
    this.drawFocus(scene);
    const borders = actorBordersNode(this.countryD, scene, this.palette);
    const layers = sceneLayers(scene, this.svgView(), this.palette);
    const edgeIds = scene.edges.map((e) => e.id);
    const doc = this.root.ownerDocument;
    if (this.drawn) {
      // The lines layer: the base map's borders, the actor borders, the marks, the margins.
      patchDom(this.lines.children[1]!, this.drawn.borders, borders);
      const [halos, ...rest] = this.targets.firstElementChild!.children;
      patchDom(halos!, this.drawn.layers.children[0] as SvgNode, layers.children[0] as SvgNode, {
        before: this.drawn.edgeIds,
        after: edgeIds,
      });
      rest.forEach((layer, i) =>
        patchDom(
          layer,
          this.drawn!.layers.children[i + 1] as SvgNode,
          layers.children[i + 1] as SvgNode,
        ),
      );
    } else {
      this.lines.append(
        toDom(borders, doc),
        toDom(this.marks, doc),
        doc.createElementNS(SVG_NS, 'g'),
      );
      this.targets.replaceChildren(toDom(layers, doc));
    }
    const margins = JSON.stringify(scene.margins);
    if (margins !== this.marginsDrawn) {
      this.marginsDrawn = margins;
      this.lines.children[3]!.replaceWith(
        toDom(marginsNode(scene, this.svgView(), this.palette, this.width, this.height), doc),
      );
    }
    this.drawn = { borders, layers, edgeIds };
    this.paintScene();
    this.drawMs = performance.now() - started;
    return true;
  }

  /** The focused actors' shapes in the focus colour, made again only when the focus moves. */
  private drawFocus(scene: Scene): void {
    const ids = focusedShapes(scene, this.countryD);
    const crisp = crispLandAt(this.pixelRatio);
    const key = JSON.stringify([ids, crisp]);
    if (key === this.focusDrawn) return;
    this.focusDrawn = key;
    const node = el(
      'g',
      crisp ? { class: 'focus-land', 'shape-rendering': 'crispEdges' } : { class: 'focus-land' },
      ids.map((id) =>
        el('path', {
          'data-focus-shape': id,
          fill: this.palette.focusLand,
          d: this.countryD.get(id)!,
        }),
      ),
    );
    this.focusLayer.replaceChildren(toDom(node, this.root.ownerDocument));
  }

  /** The scene layers on the canvas, at the device's pixel density. */
  private paintScene(): void {
    // Kept in memory (willReadFrequently): the browser paints it on the CPU instead of sending
    // every path through a GPU rasteriser, which may be a software one that pays for each pixel.
    const ctx = this.paper.getContext('2d', { willReadFrequently: true });
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.paper.width, this.paper.height);
    if (!this.drawn) return;
    ctx.setTransform(this.pixelRatio, 0, 0, this.pixelRatio, 0, 0);
    paintTree(ctx, this.drawn.layers);
  }

  // async: a throw while drawing reaches the caller as a rejection, as from the WebGL renderer.
  // eslint-disable-next-line @typescript-eslint/require-await
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
   * The picture at 2× on a canvas: the base map through an image of its serialised SVG (loaded
   * from a blob: URL, which a page's CSP must allow in `img-src`), the scene layers painted over it.
   */
  async snapshot(): Promise<HTMLCanvasElement> {
    const copy = this.root.cloneNode(true) as SVGSVGElement;
    for (const layer of [this.focusLayer, this.lines])
      for (const child of layer.children) copy.append(child.cloneNode(true));
    copy.setAttribute('xmlns', SVG_NS);
    copy.removeAttribute('style');
    const text = new XMLSerializer().serializeToString(copy);
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    try {
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = this.width * 2;
      canvas.height = this.height * 2;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
      ctx.scale(2, 2);
      if (this.drawn) paintTree(ctx, this.drawn.layers);
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
    this.box.removeEventListener('click', this.onClick);
    this.box.removeEventListener('pointermove', this.onPointerMove);
    this.box.removeEventListener('pointerleave', this.onPointerLeave);
    this.box.remove();
  }

  private edgeAt(target: EventTarget | null): string | null {
    return target instanceof Element
      ? (target.closest('[data-edge-id]')?.getAttribute('data-edge-id') ?? null)
      : null;
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
