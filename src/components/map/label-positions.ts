/**
 * HTML labels and edge handles follow the map: positioned directly (no Lit render per frame),
 * then spread apart so close actors (Armenia and Azerbaijan, Israel and Gaza) stay readable; the
 * edges' figure labels go after them, along their edges, never over another label (smaller
 * figures in the measure give way first: see scene/label-layout.ts).
 */
import { loadedCountries } from '../../geo/world.ts';
import type { Renderer } from '../../render/renderer.ts';
import {
  calloutArrowHead,
  calloutClearance,
  NOTE_REACH,
  calloutLineEnd,
  CALLOUT_CIRCLE_RADIUS,
  CALLOUT_LINE_WIDTH,
} from '../../render/annotation-look.ts';
import { LEADER_WIDTH } from '../../render/svg/actors.ts';
import { unprojectPoint } from '../../render/svg/camera.ts';
import { actorLabelBox, KEEP_PRIORITY, layoutMapLabels } from '../../scene/label-layout.ts';
import { layoutCallouts, type CalloutBox } from '../../scene/callout-layout.ts';
import {
  arrowHeadBoxes,
  edgeGuide,
  edgeLabelBox,
  type EdgeLabelBox,
} from '../../scene/edge-label-layout.ts';
import type { LabelBox, PlacedLabel } from '../../scene/label-candidates.ts';
import type { Rect } from '../../scene/label-overlap.ts';
import { screenGround, type Leader } from '../../scene/leader-lines.ts';
import { landIndex } from '../../scene/land.ts';
import type { Scene } from '../../scene/types.ts';

export interface LabelPlacement {
  left: number;
  top: number;
  width: number;
  height: number;
  /** The line joining a label placed away from its anchor to it (label-layout.ts). */
  leader?: Leader | undefined;
}

/** Where a call-out was placed (CSS px in the map), for the slide export: its box, line and whether it is a narrow map's marker. */
export interface CalloutPlacement extends LabelPlacement {
  id: string;
  marker: boolean;
  /** The anchor's screen point (a circle's centre). */
  x: number;
  y: number;
}

/** The call-outs as last placed by positionLabels, per overlay layer. */
export const calloutPlacements = new WeakMap<HTMLElement, CalloutPlacement[]>();

/** Half the edge handle's size (CSS px): WCAG 2.5.8's 24 × 24 target. */
const HANDLE_HALF = 12;

/**
 * Writes a label's inline style or attribute only when it changes: after a toggle or a focus most
 * labels stay where they were, and a write of the same value still restyles the element (600
 * labels at 10,000 ties, a few ms of every frame that places them).
 */
function setStyle(element: HTMLElement, property: 'transform' | 'visibility', value: string): void {
  if (element.style[property] !== value) element.style[property] = value;
}
function setData(element: HTMLElement, key: string, value: string | null): void {
  if (element.dataset[key] === (value ?? undefined)) return;
  if (value === null) delete element.dataset[key];
  else element.dataset[key] = value;
}
/** Each scene's edges by id, kept with the scene: a pan places the labels every frame, at 10,000 edges. */
const edgeIndex = new WeakMap<Scene, Map<string, Scene['edges'][number]>>();
function edgesOf(scene: Scene): Map<string, Scene['edges'][number]> {
  let index = edgeIndex.get(scene);
  if (!index) edgeIndex.set(scene, (index = new Map(scene.edges.map((e) => [e.id, e]))));
  return index;
}
const translate = (left: number, top: number) =>
  `translate(${Math.round(left)}px, ${Math.round(top)}px)`;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The leader lines of the labels placed away from their anchors, in the layer's `svg.leaders`. */
function drawLeaders(
  layer: HTMLElement,
  scene: Scene,
  placed: ReadonlyMap<string, PlacedLabel>,
): void {
  const svg = layer.querySelector('svg.leaders');
  if (!svg) return;
  const lines: SVGLineElement[] = [];
  for (const actor of scene.actors) {
    const p = placed.get(actor.id);
    if (!p?.leader || p.gaveWay) continue;
    const line = svg.ownerDocument.createElementNS(SVG_NS, 'line');
    const { x1, y1, x2, y2 } = p.leader;
    for (const [name, value] of Object.entries({ x1, y1, x2, y2 }))
      line.setAttribute(name, String(Math.round(value * 10) / 10));
    line.setAttribute('data-leader-for', actor.id);
    line.setAttribute('stroke', 'currentColor');
    line.setAttribute('stroke-width', String(LEADER_WIDTH));
    line.setAttribute('stroke-linecap', 'round');
    if (actor.emphasis === 'dim') line.setAttribute('opacity', '0.65');
    lines.push(line);
  }
  svg.replaceChildren(...lines);
}

/**
 * The call-outs after every actor and figure label, clear of them, the arrowheads and the scene key
 * (callout-layout.ts: layoutCallouts); their arrows, circles and joining lines in `svg.callout-marks`.
 */
function placeCallouts(
  layer: HTMLElement,
  renderer: Renderer,
  scene: Scene,
  measured: readonly { callout: HTMLElement; width: number; height: number; marker: boolean }[],
  taken: readonly Rect[],
  width: number,
  height: number,
): void {
  const svg = layer.querySelector('svg.callout-marks');
  const byId = new Map((scene.annotations ?? []).map((a) => [a.id, a]));
  const boxes: CalloutBox[] = [];
  for (const { callout, width: w, height: h, marker } of measured) {
    const a = byId.get(callout.dataset['calloutId']!);
    if (!a) continue;
    const { x, y } = renderer.project(a.anchor);
    boxes.push({
      id: a.id,
      x,
      y,
      width: w,
      height: h,
      clear: marker ? 0 : calloutClearance(a.kind),
      joined: !marker && a.kind === 'arrow',
      reach: a.note ? NOTE_REACH : undefined,
    });
  }
  const placed = layoutCallouts(boxes, taken, width, height);
  calloutPlacements.set(
    layer,
    boxes.flatMap((b) => {
      const p = placed.get(b.id);
      const m = measured.find((x) => x.callout.dataset['calloutId'] === b.id);
      return p && m
        ? [
            {
              id: b.id,
              left: p.left,
              top: p.top,
              width: b.width,
              height: b.height,
              leader: p.leader,
              marker: m.marker,
              x: b.x,
              y: b.y,
            },
          ]
        : [];
    }),
  );
  const marks: SVGElement[] = [];
  const make = (tag: string, attrs: Record<string, string | number>) => {
    const node = layer.ownerDocument.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attrs))
      node.setAttribute(
        name,
        String(typeof value === 'number' ? Math.round(value * 10) / 10 : value),
      );
    marks.push(node);
  };
  for (const { callout, marker } of measured) {
    const id = callout.dataset['calloutId']!;
    const p = placed.get(id);
    setStyle(callout, 'visibility', p ? '' : 'hidden');
    setData(callout, 'placed', String(Boolean(p)));
    if (!p) continue;
    setStyle(callout, 'transform', translate(p.left, p.top));
    const a = byId.get(id)!;
    const box = boxes.find((b) => b.id === id)!;
    if (!marker && a.kind === 'circle')
      make('circle', {
        cx: box.x,
        cy: box.y,
        r: CALLOUT_CIRCLE_RADIUS,
        fill: 'none',
        stroke: 'currentColor',
        'stroke-width': CALLOUT_LINE_WIDTH,
        'data-callout-mark': id,
      });
    if (p.leader) {
      const end = marker
        ? { x: p.leader.x2, y: p.leader.y2 }
        : calloutLineEnd(a.kind, p.leader.x1, p.leader.y1, p.leader.x2, p.leader.y2);
      make('line', {
        x1: p.leader.x1,
        y1: p.leader.y1,
        x2: end.x,
        y2: end.y,
        stroke: 'currentColor',
        'stroke-width': CALLOUT_LINE_WIDTH,
        'data-callout-mark': id,
      });
      if (!marker && a.kind === 'arrow')
        make('path', {
          d: calloutArrowHead(p.leader.x1, p.leader.y1, end.x, end.y),
          fill: 'currentColor',
          'data-callout-mark': id,
        });
    }
  }
  svg?.replaceChildren(...marks);
}

/** An element's box in the label layer's pixels. */
function rectIn(layer: HTMLElement, element: HTMLElement): Rect {
  const r = element.getBoundingClientRect();
  const l = layer.getBoundingClientRect();
  return { left: r.left - l.left, top: r.top - l.top, width: r.width, height: r.height };
}

/**
 * The box of the scene key drawn over the map (presenter and story mode), in the label layer's
 * pixels, or null: labels and figures keep clear of it as they do of each other.
 */
function keyRect(layer: HTMLElement): Rect | null {
  const key = layer.parentElement?.querySelector<HTMLElement>(':scope > .scene-key');
  return key && key.offsetParent !== null ? rectIn(layer, key) : null;
}

/**
 * The boxes of the panels open over the map (the focus panel, an open evidence card), in the label
 * layer's pixels: a call-out is the editor's sentence, so it keeps clear of them rather than be
 * read half covered.
 */
function panelRects(layer: HTMLElement): Rect[] {
  const root = layer.getRootNode() as ParentNode;
  return [
    ...root.querySelectorAll<HTMLElement>('.focus-panel, [part="evidence"]:not(.preview)'),
  ].flatMap((panel) => {
    if (panel.offsetParent === null) return [];
    const r = rectIn(layer, panel);
    const overlaps =
      r.left + r.width > 0 &&
      r.left < layer.clientWidth &&
      r.top + r.height > 0 &&
      r.top < layer.clientHeight;
    return overlaps ? [r] : [];
  });
}

/**
 * Places the labels and edge handles of `layer`; returns where each actor label went (CSS px in
 * the map). The labels of `named` actors (those a scene's caption or highlighted ties name) keep
 * their place as the focused actor's does: ranked by tie count alone, an actor with many ties
 * elsewhere (India) pushed out the very actor a scene is about (Indonesia, one tie).
 */
export function positionLabels(
  layer: HTMLElement,
  renderer: Renderer,
  scene: Scene,
  named: ReadonlySet<string> = new Set(),
): Map<string, LabelPlacement> {
  const width = layer.clientWidth;
  const height = layer.clientHeight;
  const actors = new Map(scene.actors.map((a) => [a.id, a]));
  const elements = [...layer.querySelectorAll<HTMLElement>('[data-actor-id]')];
  const edgeLabels = [...layer.querySelectorAll<HTMLElement>('[data-label-for]')];
  // Read every size first, then write: a read after a write forces a layout per label.
  const measured = elements.map((label) => ({
    label,
    width: label.offsetWidth,
    height: label.offsetHeight,
  }));
  const measuredEdges = edgeLabels.map((label) => ({
    label,
    width: label.offsetWidth,
    height: label.offsetHeight,
  }));
  // A call-out whose text is not shown is a narrow map's numbered marker.
  const measuredCallouts = [...layer.querySelectorAll<HTMLElement>('[data-callout-id]')].map(
    (callout) => ({
      callout,
      width: callout.offsetWidth,
      height: callout.offsetHeight,
      marker: (callout.querySelector<HTMLElement>('.callout-text')?.offsetWidth ?? 0) === 0,
    }),
  );
  const key = keyRect(layer);
  const boxes: LabelBox[] = [];
  for (const { label, width: w, height: h } of measured) {
    const actor = actors.get(label.dataset['actorId']!);
    if (!actor) continue;
    const { x, y } = renderer.project(actor.anchor);
    const onScreen = x >= -20 && y >= -20 && x <= width + 20 && y <= height + 20;
    if (!onScreen) {
      setStyle(label, 'visibility', 'hidden');
      continue;
    }
    const box = actorLabelBox(actor, { x, y }, w, h);
    if (named.has(actor.id) && box.priority < KEEP_PRIORITY) box.priority += KEEP_PRIORITY;
    boxes.push(box);
  }
  // Whose land lies under a label: the camera is flat and north up (as viewBounds assumes).
  const countries = loadedCountries(scene.legend.borders.worldview);
  const camera = renderer.camera();
  const ground = countries
    ? screenGround(
        scene.margins,
        (x, y) => unprojectPoint(camera, width, height, x, y),
        landIndex(countries),
      )
    : undefined;
  const avoid = arrowHeadBoxes(scene.edges, (p) => renderer.project(p), width, height);
  const edges = edgesOf(scene);
  const edgeBoxes: EdgeLabelBox[] = [];
  for (const { label, width: w, height: h } of measuredEdges) {
    const edge = edges.get(label.dataset['labelFor']!);
    const box = edge ? edgeLabelBox(edge, (p) => renderer.project(p), w, h) : null;
    if (box) edgeBoxes.push(box);
  }
  const guide =
    edgeBoxes.length > 0
      ? (edgeGuide(scene.edges, (p) => renderer.project(p)) ?? undefined)
      : undefined;
  const layout = layoutMapLabels({
    scene,
    actors: boxes,
    figures: edgeBoxes,
    width,
    height,
    ground,
    guide,
    avoid: key ? [...avoid, key] : avoid,
    figureAvoid: key ? [key] : [],
    snap: (r) => ({
      left: Math.round(r.left),
      top: Math.round(r.top),
      width: r.width,
      height: r.height,
    }),
  });
  const placed = layout.actors;
  drawLeaders(layer, scene, placed);
  for (const label of elements) {
    const p = placed.get(label.dataset['actorId']!);
    if (!p) continue;
    setStyle(label, 'transform', translate(p.left, p.top));
    setStyle(label, 'visibility', p.gaveWay ? 'hidden' : '');
    setData(label, 'gaveWay', p.gaveWay ? '' : null);
  }
  const edgePlaced = layout.figures;
  for (const label of edgeLabels) {
    const p = edgePlaced.get(label.dataset['labelFor']!);
    setData(label, 'placed', String(Boolean(p)));
    setStyle(label, 'visibility', p ? '' : 'hidden');
    if (p) setStyle(label, 'transform', translate(p.left, p.top));
  }
  // What the call-outs keep clear of, gathered only when there are call-outs (it reads layout).
  const clearOf: Rect[] =
    measuredCallouts.length === 0
      ? []
      : [
          ...boxes.flatMap((b) => {
            const p = placed.get(b.id);
            return p && !p.gaveWay
              ? [{ left: p.left, top: p.top, width: b.width, height: b.height }]
              : [];
          }),
          ...measuredEdges.flatMap(({ label, width: w, height: h }) => {
            const p = edgePlaced.get(label.dataset['labelFor']!);
            return p ? [{ left: p.left, top: p.top, width: w, height: h }] : [];
          }),
          ...avoid,
          ...(key ? [key] : []),
          ...panelRects(layer),
        ];
  placeCallouts(layer, renderer, scene, measuredCallouts, clearOf, width, height);

  for (const handle of layer.querySelectorAll<HTMLElement>('.edge-handle[data-edge-id]')) {
    const edge = edges.get(handle.dataset['edgeId']!);
    if (!edge) continue;
    // At the edge's middle, clear of the actor labels and arrowheads at its ends.
    const { x, y } = renderer.project(edge.path[edge.path.length >> 1]!);
    setStyle(handle, 'transform', translate(x - HANDLE_HALF, y - HANDLE_HALF));
  }
  // Labels that gave way are not drawn on a slide either.
  return new Map(
    boxes
      .filter((b) => !placed.get(b.id)!.gaveWay)
      .map((b) => [b.id, { ...placed.get(b.id)!, width: b.width, height: b.height }]),
  );
}
