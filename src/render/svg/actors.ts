/**
 * Actors drawn in SVG: markers for actors without a shape and for distant ones (as the WebGL
 * style's `markers` layer), and, for static output, their labels as text, placed by the same
 * greedy layout as the element's HTML labels. In the browser the element draws HTML labels over
 * the picture, so the renderer leaves labels out.
 */
import { actorLabelBox, layoutMapLabels } from '../../scene/label-layout.ts';
import {
  arrowHeadBoxes,
  edgeGuide,
  edgeLabelBox,
  type EdgeLabelBox,
} from '../../scene/edge-label-layout.ts';
import type { LabelBox, PlacedLabel } from '../../scene/label-candidates.ts';
import type { Rect } from '../../scene/label-overlap.ts';
import type { ScreenGround } from '../../scene/leader-lines.ts';
import type { Scene, SceneActor } from '../../scene/types.ts';
import { emphasisOpacity, TOTAL_FILL_OPACITY, TOTAL_RING } from '../edge-look.ts';
import { calloutsNode } from './callouts.ts';
import type { MapPalette } from '../renderer.ts';
import { coord } from './escape.ts';
import { el, type SvgNode } from './tree.ts';
import type { SvgView } from './view.ts';

/** Circle radius (fill) and ring, as style.ts: point actors 6 px, distant ones 4 px, ring 2 px outside. */
export const MARKER_RADIUS = 6;
export const DISTANT_MARKER_RADIUS = 4;
export const MARKER_RING = 2;
/** A leader line's width in CSS px (the element's `.leader` too). */
export const LEADER_WIDTH = 1.25;
/** The element dims labels of actors outside the focus to this (`.actor-label[data-emphasis='dim']`). */
const LABEL_DIM_OPACITY = 0.65;

export function markersNode(scene: Scene, view: SvgView, palette: MapPalette): SvgNode {
  const circles = scene.actors
    .filter((a) => !a.hasShape || a.distant)
    .map((actor) => {
      const { x, y } = view.project(actor.anchor);
      const distant = actor.distant !== null;
      const opacity = emphasisOpacity(actor.emphasis);
      // SVG centres a stroke on the radius; MapLibre's ring lies outside it.
      return el('circle', {
        'data-marker-for': actor.id,
        cx: x,
        cy: y,
        r: (distant ? DISTANT_MARKER_RADIUS : MARKER_RADIUS) + MARKER_RING / 2,
        fill: distant ? palette.halo : palette.marker,
        stroke: distant ? palette.marker : palette.halo,
        opacity: opacity === 1 ? null : opacity,
      });
    });
  return el('g', { class: 'markers', 'pointer-events': 'none', 'stroke-width': MARKER_RING }, [
    ...totalCircles(scene, view, palette),
    ...circles,
  ]);
}

/** A register's actors sized by their totals (scene/actor-totals.ts), under the markers: translucent, so the edges they meet show through. */
function totalCircles(scene: Scene, view: SvgView, palette: MapPalette): SvgNode[] {
  return scene.actors.flatMap((actor) => {
    if (!actor.total || actor.total.radius <= 0) return [];
    const { x, y } = view.project(actor.anchor);
    const opacity = emphasisOpacity(actor.emphasis);
    return [
      el('circle', {
        'data-total-for': actor.id,
        cx: x,
        cy: y,
        r: actor.total.radius,
        fill: palette.marker,
        'fill-opacity': TOTAL_FILL_OPACITY,
        stroke: palette.marker,
        'stroke-width': TOTAL_RING,
        opacity: opacity === 1 ? null : opacity,
      }),
    ];
  });
}

export interface LabelStyle {
  fontSize: number;
  /** The element's narrow layout (container ≤ 480 px): tighter padding, no distance text. */
  compact: boolean;
  font: string;
  text: string;
  muted: string;
  background: string;
}

const NARROW = /[ijlI.,:;'!|ftr()\s-]/;
const WIDE = /[mwMW@%]/;

/**
 * Text width without a DOM to measure it: per-character widths of Arial-metric fonts (Liberation
 * Sans, Helvetica, Arial), in em. Errs wide, so a label's box covers its text.
 */
export function estimateTextWidth(text: string, fontSize: number, bold: boolean): number {
  let em = 0;
  for (const char of text) {
    if (NARROW.test(char)) em += 0.3;
    else if (WIDE.test(char)) em += 0.86;
    else if (/[A-Z]/.test(char)) em += 0.7;
    else if (/[0-9]/.test(char)) em += 0.56;
    else em += 0.57;
  }
  return em * fontSize * (bold ? 1.07 : 1);
}

interface LabelItem {
  actor: SceneActor;
  km: string | null;
  width: number;
  at: { x: number; y: number };
}

/** Labels as the element's `.actor-label`: 600 weight, line height 1.1, 0.1 × 0.35 rem padding, a 1 px border. */
/** `ground`: what lies under a point of the map, so labels keep off other actors' land (or take a leader line). */
export function labelsNode(
  scene: Scene,
  view: SvgView,
  style: LabelStyle,
  distantText: (km: number) => string,
  ground?: ScreenGround,
): SvgNode {
  const size = style.fontSize;
  // 0.35 × 0.1 rem at 0.8 rem type; 0.25 × 0.05 rem at 0.72 rem (compact).
  const padX = size * (style.compact ? 0.347 : 0.4375);
  const padY = size * (style.compact ? 0.0694 : 0.125);
  const height = size * 1.1 + 2 * padY + 2;
  const arrow = size * 0.75;
  const items: LabelItem[] = scene.actors.map((actor) => {
    const km = actor.distant && !style.compact ? distantText(actor.distant.km) : null;
    const width =
      estimateTextWidth(actor.name, size, true) +
      (km ? estimateTextWidth(` ${km}`, size, false) + arrow + size * 0.25 : 0) +
      2 * padX +
      2;
    return { actor, km, width, at: view.project(actor.anchor) };
  });
  // As the element: a label whose anchor is off-screen is hidden.
  const onScreen = items.filter(
    ({ at }) => at.x >= -20 && at.y >= -20 && at.x <= view.width + 20 && at.y <= view.height + 20,
  );
  const boxes: LabelBox[] = onScreen.map(({ actor, width, at }) =>
    actorLabelBox(actor, at, width, height),
  );
  const figures = figureLayout(scene, view, style);
  const avoid = arrowHeadBoxes(scene.edges, (p) => view.project(p), view.width, view.height);
  const layout = layoutMapLabels({
    scene,
    actors: boxes,
    figures: figures.boxes,
    width: view.width,
    height: view.height,
    ground,
    avoid,
    guide:
      figures.boxes.length > 0
        ? (edgeGuide(scene.edges, (p) => view.project(p)) ?? undefined)
        : undefined,
  });
  const placed = layout.actors;
  const shown = onScreen.filter(({ actor }) => !placed.get(actor.id)!.gaveWay);
  const labels = shown.map(({ actor, km, width }) => {
    const { left, top } = placed.get(actor.id)!;
    const focus = actor.emphasis === 'focus';
    const middle = top + height / 2;
    let x = left + 1 + padX;
    const children: SvgNode[] = [
      el('rect', {
        x: left,
        y: top,
        width,
        height,
        rx: 3,
        fill: style.background,
        'fill-opacity': focus ? null : 0.85,
        stroke: focus ? style.text : '#000000',
        'stroke-opacity': focus ? null : 0.12,
      }),
    ];
    if (actor.distant) {
      // The element's direction arrow: which way the actor really lies.
      const scale = Math.round((arrow / 12) * 1000) / 1000;
      children.push(
        el('path', {
          fill: style.text,
          transform: `translate(${coord(x + arrow / 2)} ${coord(middle)}) rotate(${actor.distant.bearing}) scale(${scale})`,
          d: 'M0 -5L4 3L0 1L-4 3Z',
        }),
      );
      x += arrow + size * 0.25;
    }
    const text: (SvgNode | string)[] = [actor.name];
    // A space that leads a tspan is dropped by some renderers, and a dx gap closes up in a
    // right-to-left run (dx shifts rightwards whatever the direction): a no-break space keeps it.
    if (km) text.push(el('tspan', { 'font-weight': '400', fill: style.muted }, [`\u00a0${km}`]));
    const italic = actor.kind === 'organisation' || actor.kind === 'other' ? 'italic' : null;
    children.push(el('text', { x, y: middle + size * 0.35, 'font-style': italic }, text));
    return el(
      'g',
      { 'data-label-for': actor.id, opacity: actor.emphasis === 'dim' ? LABEL_DIM_OPACITY : null },
      children,
    );
  });
  const taken: Rect[] = shown.map(({ actor, width }) => ({
    ...placed.get(actor.id)!,
    width,
    height,
  }));
  const figureNodes = edgeLabelNodes(scene, style, figures, layout.figures);
  // Call-outs go last: they keep off every actor label, figure label and arrowhead.
  const callouts = calloutsNode(scene, view, size, style.compact, [
    ...taken,
    ...figureNodes.rects,
    ...avoid,
  ]);
  const leaders = shown.flatMap(({ actor }) => {
    const leader = placed.get(actor.id)!.leader;
    return leader
      ? [
          el('line', {
            'data-leader-for': actor.id,
            x1: leader.x1,
            y1: leader.y1,
            x2: leader.x2,
            y2: leader.y2,
            opacity: actor.emphasis === 'dim' ? LABEL_DIM_OPACITY : null,
          }),
        ]
      : [];
  });
  return el(
    'g',
    {
      class: 'labels',
      'pointer-events': 'none',
      'font-weight': '600',
      'font-family': style.font,
      'font-size': size,
      fill: style.text,
    },
    [
      el(
        'g',
        {
          class: 'leaders',
          stroke: style.text,
          'stroke-width': LEADER_WIDTH,
          'stroke-linecap': 'round',
        },
        leaders,
      ),
      // Under the labels: a call-out's box never covers one, and its ring or line passes beneath them.
      ...(callouts ? [callouts] : []),
      ...labels,
      ...figureNodes.nodes,
    ],
  );
}

/** The figures written on the edges, as the element's `.edge-label` (0.75 rem at 0.8 rem type, 1.2 line height, 0.25 rem padding): their boxes. */
function figureLayout(
  scene: Scene,
  view: SvgView,
  style: LabelStyle,
): { boxes: EdgeLabelBox[]; size: number; padX: number } {
  const size = style.fontSize * 0.9375;
  const padX = size / 3;
  const height = size * 1.2;
  const boxes = scene.edges.flatMap((edge) => {
    const box = edge.label
      ? edgeLabelBox(
          edge,
          (p) => view.project(p),
          estimateTextWidth(edge.label.text, size, !edge.tentative) + 2 * padX,
          height,
        )
      : null;
    return box ? [box] : [];
  });
  return { boxes, size, padX };
}

/** The figures where the layout placed them. */
function edgeLabelNodes(
  scene: Scene,
  style: LabelStyle,
  { boxes, size, padX }: ReturnType<typeof figureLayout>,
  placed: ReadonlyMap<string, PlacedLabel | null>,
): { nodes: SvgNode[]; rects: Rect[] } {
  const edges = new Map(scene.edges.map((e) => [e.id, e]));
  const rects: Rect[] = [];
  const nodes = boxes.flatMap((box) => {
    const at = placed.get(box.id);
    if (!at) return [];
    const edge = edges.get(box.id)!;
    rects.push({ left: at.left, top: at.top, width: box.width, height: box.height });
    return [
      el('g', { 'data-edge-label-for': edge.id, opacity: edge.emphasis === 'dim' ? 0.55 : null }, [
        el('rect', {
          x: at.left,
          y: at.top,
          width: box.width,
          height: box.height,
          rx: 3,
          fill: style.background,
          'fill-opacity': 0.85,
        }),
        el(
          'text',
          {
            x: at.left + padX,
            y: at.top + box.height / 2 + size * 0.35,
            'font-size': size,
            'font-style': edge.tentative ? 'italic' : null,
            'font-weight': edge.tentative ? '400' : null,
          },
          [edge.label!.text],
        ),
      ]),
    ];
  });
  return { nodes, rects };
}
