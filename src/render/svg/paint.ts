/**
 * Paints an element tree of this folder's builders on a 2D canvas: the subset the scene layers
 * use (groups; paths, circles and rects with fill, stroke, stroke-width, stroke-dasharray, caps,
 * joins, opacity, paint-order and a translate/rotate/scale transform), with SVG's inheritance of
 * presentation attributes. The browser renderer paints its halos, edges, cues and markers so: a
 * GPU rasteriser without a GPU (SwiftShader: machines without a usable GPU, and CI) pays for
 * every pixel of every anti-aliased SVG path each time anything in its layer changes, while a
 * canvas kept in memory is painted on the CPU at a small cost per path.
 */
import type { AttrValue, SvgNode } from './tree.ts';

interface Inherited {
  fill: string;
  stroke: string;
  strokeWidth: number;
  dash: number[];
  cap: CanvasLineCap;
  join: CanvasLineJoin;
  strokeFirst: boolean;
  alpha: number;
}

const INITIAL: Inherited = {
  fill: '#000000',
  stroke: 'none',
  strokeWidth: 1,
  dash: [],
  cap: 'butt',
  join: 'miter',
  strokeFirst: false,
  alpha: 1,
};

const text = (value: AttrValue): string | null =>
  value === null || value === undefined ? null : String(value);

function numberOf(value: AttrValue, fallback: number): number {
  const n = typeof value === 'number' ? value : Number.parseFloat(String(value ?? ''));
  return Number.isFinite(n) ? n : fallback;
}

function inherit(from: Inherited, attrs: SvgNode['attrs']): Inherited {
  const dash = text(attrs['stroke-dasharray']);
  const order = text(attrs['paint-order']);
  return {
    fill: text(attrs['fill']) ?? from.fill,
    stroke: text(attrs['stroke']) ?? from.stroke,
    strokeWidth: numberOf(attrs['stroke-width'], from.strokeWidth),
    dash:
      dash === null
        ? from.dash
        : dash === 'none'
          ? []
          : dash.split(/[\s,]+/).map((d) => numberOf(d, 0)),
    cap: (text(attrs['stroke-linecap']) as CanvasLineCap | null) ?? from.cap,
    join: (text(attrs['stroke-linejoin']) as CanvasLineJoin | null) ?? from.join,
    strokeFirst: order === null ? from.strokeFirst : order.startsWith('stroke'),
    // Group opacity as the product on each shape: exact for what the builders group (one painted
    // shape per edge group; a cue's outline lies under its fill).
    alpha: from.alpha * numberOf(attrs['opacity'], 1),
  };
}

/** `translate(x y) rotate(deg) scale(s)`, in that order, as the cue builder writes it. */
function applyTransform(ctx: CanvasRenderingContext2D, transform: string): void {
  for (const [, op, args] of transform.matchAll(/(translate|rotate|scale)\(([^)]*)\)/g)) {
    const [a = 0, b] = args!.split(/[\s,]+/).map(Number);
    if (op === 'translate') ctx.translate(a, b ?? 0);
    else if (op === 'rotate') ctx.rotate((a * Math.PI) / 180);
    else ctx.scale(a, b ?? a);
  }
}

/**
 * Paths parsed from their `d`, kept across paints: a repaint after a toggle or a focus draws the
 * same edges' paths again (the builders reuse an unchanged edge's `d`), and parsing each again
 * was a large part of the paint. Emptied when it grows past a few views' worth.
 */
const parsed = new Map<string, Path2D>();
const PARSED_LIMIT = 20_000;

function shapeOf(node: SvgNode): Path2D | null {
  const { attrs } = node;
  if (node.tag === 'path') {
    const d = text(attrs['d']) ?? '';
    let path = parsed.get(d);
    if (!path) {
      if (parsed.size >= PARSED_LIMIT) parsed.clear();
      path = new Path2D(d);
      parsed.set(d, path);
    }
    return path;
  }
  const path = new Path2D();
  if (node.tag === 'circle')
    path.arc(
      numberOf(attrs['cx'], 0),
      numberOf(attrs['cy'], 0),
      numberOf(attrs['r'], 0),
      0,
      2 * Math.PI,
    );
  else if (node.tag === 'rect')
    path.rect(
      numberOf(attrs['x'], 0),
      numberOf(attrs['y'], 0),
      numberOf(attrs['width'], 0),
      numberOf(attrs['height'], 0),
    );
  else return null;
  return path;
}

const painted = (paint: string): boolean => paint !== 'none' && paint !== 'transparent';

function paintShape(ctx: CanvasRenderingContext2D, node: SvgNode, style: Inherited): void {
  const path = shapeOf(node);
  if (!path || style.alpha <= 0) return;
  const transform = text(node.attrs['transform']);
  ctx.save();
  if (transform) applyTransform(ctx, transform);
  ctx.globalAlpha = style.alpha;
  const fill = () => {
    if (!painted(style.fill)) return;
    ctx.fillStyle = style.fill;
    ctx.fill(path);
  };
  const stroke = () => {
    if (!painted(style.stroke) || style.strokeWidth <= 0) return;
    ctx.strokeStyle = style.stroke;
    ctx.lineWidth = style.strokeWidth;
    ctx.lineCap = style.cap;
    ctx.lineJoin = style.join;
    ctx.setLineDash(style.dash);
    ctx.stroke(path);
  };
  if (style.strokeFirst) {
    stroke();
    fill();
  } else {
    fill();
    stroke();
  }
  ctx.restore();
}

/** Paints `node` and its descendants in document order; text is not painted (the scene layers have none). */
export function paintTree(
  ctx: CanvasRenderingContext2D,
  node: SvgNode,
  from: Inherited = INITIAL,
): void {
  const style = inherit(from, node.attrs);
  if (text(node.attrs['visibility']) === 'hidden' || text(node.attrs['display']) === 'none') return;
  if (node.tag === 'g' || node.tag === 'svg') {
    for (const child of node.children) if (typeof child !== 'string') paintTree(ctx, child, style);
    return;
  }
  paintShape(ctx, node, style);
}
