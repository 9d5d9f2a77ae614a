/**
 * How a call-out looks, for every renderer (the element's overlay, the standalone SVG, the slide):
 * the editor's words, so dark ink on a light box with thin dark lines, never an edge's colours,
 * in either theme. Pure numbers and strings; no DOM.
 */
import type { AnnotationKind } from '../data/types.ts';

export const CALLOUT_INK = '#1d1d1b';
export const CALLOUT_PAPER = '#fffdf3';
/** The box's border, the arrow's and the circle's stroke (CSS px). */
export const CALLOUT_LINE_WIDTH = 1.25;
/** A circle call-out's ring around its anchor (CSS px). */
export const CALLOUT_CIRCLE_RADIUS = 16;
/** An arrow's shortest length: its box keeps this far from the anchor (CSS px). */
export const CALLOUT_ARROW_ROOM = 22;
/** The arrowhead's length (CSS px). */
export const CALLOUT_ARROW_HEAD = 7;
/** The text's size relative to the actor labels', its padding and the widest line, in em. */
export const CALLOUT_FONT_SCALE = 0.95;
export const CALLOUT_PAD_X_EM = 0.45;
export const CALLOUT_PAD_Y_EM = 0.25;
export const CALLOUT_MAX_WIDTH_EM = 13;
export const CALLOUT_LINE_HEIGHT = 1.25;
/**
 * The map's own notes (a marked area's name beside its ring) are not the editor's words: italic,
 * a softer ink on a translucent paper with no box line, like a place name on a printed map.
 */
export const NOTE_INK = '#4b4a45';
export const NOTE_PAPER = 'rgba(255, 253, 243, 0.82)';
export const NOTE_FONT_STYLE = 'italic';
/**
 * How far (CSS px past the label's own spots) a note may move from its ring: further out, its
 * line would cross what it does not concern and read as another's, so it gives way (the legend and
 * the table of places still name the area).
 */
export const NOTE_REACH = 80;
/** A narrow map's numbered marker: its side (CSS px). */
export const CALLOUT_MARKER_SIZE = 18;

/** The room a kind keeps free around its anchor: a circle's ring, an arrow's shaft; a label sits beside it. */
export function calloutClearance(kind: AnnotationKind): number {
  if (kind === 'circle') return CALLOUT_CIRCLE_RADIUS + 2;
  if (kind === 'arrow') return CALLOUT_ARROW_ROOM;
  return 0;
}

/** The text broken into lines no wider than the widest a call-out takes (a word longer than it stands alone). */
export function calloutLines(
  text: string,
  fontSize: number,
  measure: (s: string) => number,
): string[] {
  const max = CALLOUT_MAX_WIDTH_EM * fontSize;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(next) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The arrowhead at (x2, y2) of a line from (x1, y1), as an SVG path. */
export function calloutArrowHead(x1: number, y1: number, x2: number, y2: number): string {
  const length = Math.hypot(x2 - x1, y2 - y1) || 1;
  const ux = (x2 - x1) / length,
    uy = (y2 - y1) / length;
  const h = CALLOUT_ARROW_HEAD,
    w = CALLOUT_ARROW_HEAD * 0.45;
  const bx = x2 - ux * h,
    by = y2 - uy * h;
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M${r(x2)} ${r(y2)}L${r(bx - uy * w)} ${r(by + ux * w)}L${r(bx + uy * w)} ${r(by - ux * w)}Z`;
}

/** Where a call-out's line ends: short of a circle's ring, or at the anchor. */
export function calloutLineEnd(
  kind: AnnotationKind,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
): { x: number; y: number } {
  if (kind !== 'circle') return { x: x2, y: y2 };
  const length = Math.hypot(x2 - x1, y2 - y1) || 1;
  const back = Math.min(CALLOUT_CIRCLE_RADIUS, length);
  return { x: x2 - ((x2 - x1) / length) * back, y: y2 - ((y2 - y1) / length) * back };
}
