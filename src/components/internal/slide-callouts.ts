/**
 * The editor's call-outs drawn on the slide where the element placed them: circles, arrows,
 * joining lines and their boxed notes.
 */
import {
  calloutArrowHead,
  calloutLineEnd,
  calloutLines,
  CALLOUT_CIRCLE_RADIUS,
  CALLOUT_INK,
  CALLOUT_LINE_HEIGHT,
  CALLOUT_LINE_WIDTH,
  CALLOUT_PAD_X_EM,
  CALLOUT_PAD_Y_EM,
  CALLOUT_PAPER,
  NOTE_FONT_STYLE,
  NOTE_INK,
  NOTE_PAPER,
} from '../../render/annotation-look.ts';
import { FONT, SCALE, type SlideInput } from './slide-basics.ts';

/** The call-outs in annotation-look's style, at the element's placements scaled to the picture. */
export function drawCallouts(
  ctx: CanvasRenderingContext2D,
  callouts: NonNullable<SlideInput['callouts']>,
  header: number,
): void {
  const size = 12 * SCALE;
  const at = (x: number, y: number): [number, number] => [x * SCALE, header + y * SCALE];
  ctx.save();
  ctx.strokeStyle = CALLOUT_INK;
  ctx.lineWidth = CALLOUT_LINE_WIDTH * SCALE;
  for (const { at: p, annotation: a } of callouts) {
    if (!p.marker && a.kind === 'circle') {
      ctx.beginPath();
      ctx.arc(...at(p.x, p.y), CALLOUT_CIRCLE_RADIUS * SCALE, 0, 2 * Math.PI);
      ctx.stroke();
    }
    if (p.leader) {
      const end = p.marker
        ? { x: p.leader.x2, y: p.leader.y2 }
        : calloutLineEnd(a.kind, p.leader.x1, p.leader.y1, p.leader.x2, p.leader.y2);
      ctx.beginPath();
      ctx.moveTo(...at(p.leader.x1, p.leader.y1));
      ctx.lineTo(...at(end.x, end.y));
      ctx.stroke();
      if (!p.marker && a.kind === 'arrow') {
        const [x1, y1] = at(p.leader.x1, p.leader.y1),
          [x2, y2] = at(end.x, end.y);
        ctx.fillStyle = CALLOUT_INK;
        ctx.fill(new Path2D(calloutArrowHead(x1, y1, x2, y2)));
      }
    }
    const [left, top] = at(p.left, p.top);
    if (p.marker) {
      const r = (p.width * SCALE) / 2;
      ctx.fillStyle = CALLOUT_INK;
      ctx.beginPath();
      ctx.arc(left + r, top + r, r, 0, 2 * Math.PI);
      ctx.fill();
      ctx.fillStyle = CALLOUT_PAPER;
      ctx.font = `700 ${size * 0.9}px ${FONT}`;
      ctx.textAlign = 'center';
      ctx.fillText(String(a.number), left + r, top + r);
      continue;
    }
    const note = a.note !== undefined;
    ctx.fillStyle = note ? NOTE_PAPER : CALLOUT_PAPER;
    ctx.fillRect(left, top, p.width * SCALE, p.height * SCALE);
    if (!note) ctx.strokeRect(left, top, p.width * SCALE, p.height * SCALE);
    ctx.fillStyle = note ? NOTE_INK : CALLOUT_INK;
    ctx.font = `${note ? NOTE_FONT_STYLE : 'normal'} 400 ${size}px ${FONT}`;
    ctx.textAlign = 'left';
    const lines = calloutLines(a.text, size, (t) => ctx.measureText(t).width);
    lines.forEach((line, i) =>
      ctx.fillText(
        line,
        left + CALLOUT_PAD_X_EM * size,
        top + CALLOUT_PAD_Y_EM * size + (i + 0.5) * size * CALLOUT_LINE_HEIGHT,
      ),
    );
  }
  ctx.restore();
}
