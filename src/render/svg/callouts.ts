/**
 * Call-outs drawn as SVG for static output (the standalone SVG, `npm run render`, the print
 * picture): placed by the same layout as the element's overlay, after the actor and figure labels
 * and never over them, in annotation-look's style. On a narrow picture (compact) each becomes its
 * numbered marker, as on the element's narrow map.
 */
import {
  calloutArrowHead,
  calloutClearance,
  calloutLineEnd,
  calloutLines,
  CALLOUT_CIRCLE_RADIUS,
  CALLOUT_FONT_SCALE,
  CALLOUT_INK,
  CALLOUT_LINE_HEIGHT,
  CALLOUT_LINE_WIDTH,
  CALLOUT_MARKER_SIZE,
  CALLOUT_PAD_X_EM,
  CALLOUT_PAD_Y_EM,
  CALLOUT_PAPER,
  NOTE_FONT_STYLE,
  NOTE_INK,
  NOTE_REACH,
  NOTE_PAPER,
} from '../annotation-look.ts';
import { layoutCallouts, type CalloutBox } from '../../scene/callout-layout.ts';
import type { Rect } from '../../scene/label-overlap.ts';
import type { Scene } from '../../scene/types.ts';
import { estimateTextWidth } from './actors.ts';
import { el, type SvgNode } from './tree.ts';
import type { SvgView } from './view.ts';

export function calloutNodes(
  scene: Scene,
  view: SvgView,
  fontSize: number,
  compact: boolean,
  taken: readonly Rect[],
): SvgNode[] {
  const annotations = scene.annotations ?? [];
  if (annotations.length === 0) return [];
  const size = fontSize * CALLOUT_FONT_SCALE;
  const items = annotations.map((a) => {
    const at = view.project(a.anchor);
    if (compact) {
      return {
        a,
        at,
        lines: [String(a.number)],
        box: {
          id: a.id,
          x: at.x,
          y: at.y,
          width: CALLOUT_MARKER_SIZE,
          height: CALLOUT_MARKER_SIZE,
          clear: 0,
          joined: false,
          reach: a.note ? NOTE_REACH : undefined,
        },
      };
    }
    const lines = calloutLines(a.text, size, (s) => estimateTextWidth(s, size, false));
    const width =
      Math.max(...lines.map((l) => estimateTextWidth(l, size, false))) +
      2 * CALLOUT_PAD_X_EM * size +
      2;
    const height = lines.length * size * CALLOUT_LINE_HEIGHT + 2 * CALLOUT_PAD_Y_EM * size + 2;
    const box: CalloutBox = {
      id: a.id,
      x: at.x,
      y: at.y,
      width,
      height,
      clear: calloutClearance(a.kind),
      joined: a.kind === 'arrow',
      reach: a.note ? NOTE_REACH : undefined,
    };
    return { a, at, lines, box };
  });
  const placed = layoutCallouts(
    items.map((i) => i.box),
    taken,
    view.width,
    view.height,
  );
  return items.flatMap(({ a, at, lines, box }) => {
    const p = placed.get(a.id);
    if (!p) return [];
    const parts: SvgNode[] = [];
    if (!compact && a.kind === 'circle')
      parts.push(el('circle', { cx: at.x, cy: at.y, r: CALLOUT_CIRCLE_RADIUS, fill: 'none' }));
    if (p.leader) {
      const end = compact
        ? { x: p.leader.x2, y: p.leader.y2 }
        : calloutLineEnd(a.kind, p.leader.x1, p.leader.y1, p.leader.x2, p.leader.y2);
      parts.push(el('line', { x1: p.leader.x1, y1: p.leader.y1, x2: end.x, y2: end.y }));
      if (!compact && a.kind === 'arrow')
        parts.push(
          el('path', {
            d: calloutArrowHead(p.leader.x1, p.leader.y1, end.x, end.y),
            fill: CALLOUT_INK,
          }),
        );
    }
    if (compact) {
      const r = CALLOUT_MARKER_SIZE / 2;
      parts.push(el('circle', { cx: p.left + r, cy: p.top + r, r: r - 0.5, fill: CALLOUT_INK }));
      parts.push(
        el(
          'text',
          {
            x: p.left + r,
            y: p.top + r + size * 0.35,
            'text-anchor': 'middle',
            fill: CALLOUT_PAPER,
            stroke: 'none',
            'font-weight': '700',
          },
          lines,
        ),
      );
    } else {
      const note = a.note !== undefined;
      parts.push(
        el('rect', {
          x: p.left,
          y: p.top,
          width: box.width,
          height: box.height,
          rx: 2,
          fill: note ? NOTE_PAPER : CALLOUT_PAPER,
          ...(note ? { stroke: 'none' } : {}),
        }),
      );
      lines.forEach((line, i) =>
        parts.push(
          el(
            'text',
            {
              x: p.left + 1 + CALLOUT_PAD_X_EM * size,
              y:
                p.top +
                1 +
                CALLOUT_PAD_Y_EM * size +
                (i + 0.5) * size * CALLOUT_LINE_HEIGHT +
                size * 0.35,
              fill: note ? NOTE_INK : CALLOUT_INK,
              stroke: 'none',
              ...(note ? { 'font-style': NOTE_FONT_STYLE } : {}),
            },
            [line],
          ),
        ),
      );
    }
    return [
      el(
        'g',
        {
          'data-callout-for': a.id,
          'data-callout-kind': a.kind,
          ...(a.note ? { 'data-note': a.note } : {}),
        },
        parts,
      ),
    ];
  });
}

/** The call-outs' layer: thin dark lines, the text at the labels' size less a little. */
export function calloutsNode(
  scene: Scene,
  view: SvgView,
  fontSize: number,
  compact: boolean,
  taken: readonly Rect[],
): SvgNode | null {
  const nodes = calloutNodes(scene, view, fontSize, compact, taken);
  if (nodes.length === 0) return null;
  return el(
    'g',
    {
      class: 'callouts',
      'pointer-events': 'none',
      'font-size': fontSize * CALLOUT_FONT_SCALE,
      'font-weight': '400',
      stroke: CALLOUT_INK,
      'stroke-width': CALLOUT_LINE_WIDTH,
      fill: 'none',
    },
    nodes,
  );
}
