/**
 * The slide export: the map picture (already at 2× pixel density) with the title above, the
 * actors' labels drawn in, and the legend and a source credit line below, as one PNG.
 */
import type { Dataset, SceneStep } from '../../data/types.ts';
import type { MapPalette, Renderer } from '../../render/renderer.ts';
import type { Legend, Scene, SceneActor, SceneAnnotation, SceneEdge } from '../../scene/types.ts';
import type { CalloutPlacement, LabelPlacement } from '../map/label-positions.ts';
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
import { formatValue } from '../../text/format.ts';
import type { Strings } from '../../text/strings.ts';
import { creditLine, viewTitle } from '../../text/titles.ts';

export { creditLine, viewTitle } from '../../text/titles.ts';
import { totalsLine } from '../parts/legend.ts';
import { keyText, markedAreaWords, strokeKeys, widthKeys } from '../../render/legend-keys.ts';
import { edgeGuide, edgeLabelBox, layoutEdgeLabels } from '../../scene/edge-label-layout.ts';
import type { Leader } from '../../scene/leader-lines.ts';
import { LEADER_WIDTH } from '../../render/svg/actors.ts';
import { hasRightToLeft } from '../../render/svg/text-direction.ts';

const SCALE = 2;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

export interface SlideInput {
  picture: HTMLCanvasElement;
  /** Label centres in CSS pixels of the map, where the element placed them, and their leader lines. */
  labels: { x: number; y: number; actor: SceneActor; leader?: Leader | undefined }[];
  /** The figures written on the edges: centres in CSS pixels of the map. */
  figures?: { x: number; y: number; edge: SceneEdge }[];
  /** The call-outs where the element placed them (CSS px of the map). */
  callouts?: { at: CalloutPlacement; annotation: SceneAnnotation }[];
  dataset: Dataset;
  /** The dataset's title, with the scene's when one is shown. */
  title: string;
  /** The scene's caption, drawn under the title. */
  caption?: string | undefined;
  legend: Legend;
  strings: Strings;
  palette: MapPalette;
}

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Type sizes as fractions of the slide's width, so the slide reads the same from the back of a
 * room whatever the element's size: on a 1920 px wide slide, the title is 46 px, labels 22 px.
 */
const TYPE = {
  title: 0.024,
  caption: 0.0155,
  label: 0.0115,
  legend: 0.011,
  credit: 0.0085,
} as const;

export async function exportSlide({
  picture,
  labels,
  figures = [],
  callouts = [],
  dataset,
  title,
  caption,
  legend,
  strings,
  palette,
}: SlideInput): Promise<Blob | null> {
  const width = picture.width;
  const px = (share: number) => Math.round(share * width);
  const pad = px(0.012);
  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = `${px(TYPE.caption)}px ${FONT}`;
  const captionLines = caption ? wrap(measure, caption, width - 2 * pad) : [];
  measure.font = `${px(TYPE.credit)}px ${FONT}`;
  const credit = wrap(measure, creditLine(dataset, legend, strings), width - 2 * pad);
  const titleBand = Math.round(px(TYPE.title) * 1.9);
  const header =
    titleBand +
    Math.round(captionLines.length * px(TYPE.caption) * 1.35) +
    (captionLines.length ? pad : 0);
  measure.font = `${px(TYPE.legend)}px ${FONT}`;
  // The keys, then the width key on rows of its own.
  const legendRows = legendItems(
    legend,
    strings,
    measure,
    px(TYPE.legend),
    width - 2 * pad,
  ).flatMap((group) => flow(group, width - 2 * pad, px(TYPE.legend)));
  const legendBand = legendRows.reduce((sum, row) => sum + row.height, 0) + pad;
  const footer = legendBand + Math.round(credit.length * px(TYPE.credit) * 1.4) + pad;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = header + picture.height + footer;
  const ctx = canvas.getContext('2d')!;
  const text = palette.marker;
  ctx.fillStyle = palette.halo;
  ctx.fillRect(0, 0, canvas.width, canvas.height);

  ctx.fillStyle = text;
  ctx.textBaseline = 'middle';
  // Right to left, title, caption, legend rows and credit are set against the right margin (as the SVG's).
  const rtl = strings.dir === 'rtl';
  const start = rtl ? width - pad : pad;
  ctx.textAlign = rtl ? 'right' : 'left';
  ctx.font = `700 ${px(TYPE.title)}px ${FONT}`;
  ctx.fillText(title, start, titleBand / 2, width - 2 * pad);
  ctx.font = `${px(TYPE.caption)}px ${FONT}`;
  captionLines.forEach((line, i) =>
    ctx.fillText(line, start, titleBand + (i + 0.5) * px(TYPE.caption) * 1.35),
  );
  ctx.textAlign = 'left';

  ctx.drawImage(picture, 0, header);

  // The leader lines first, under the labels, as the element draws them (CSS px of the map, the picture at SCALE×).
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, header, width, picture.height);
  ctx.clip();
  ctx.strokeStyle = text;
  ctx.lineWidth = LEADER_WIDTH * SCALE;
  ctx.lineCap = 'round';
  for (const { leader, actor } of labels) {
    if (!leader) continue;
    ctx.globalAlpha = actor.emphasis === 'dim' ? 0.65 : 1;
    ctx.beginPath();
    ctx.moveTo(leader.x1 * SCALE, header + leader.y1 * SCALE);
    ctx.lineTo(leader.x2 * SCALE, header + leader.y2 * SCALE);
    ctx.stroke();
  }
  ctx.restore();

  // Labels where the element placed them (CSS px of the map, the picture being at SCALE×).
  ctx.font = `600 ${px(TYPE.label)}px ${FONT}`;
  ctx.textAlign = 'center';
  const labelHeight = px(TYPE.label) * 1.5;
  for (const { x, y, actor } of labels) {
    const lx = x * SCALE;
    const ly = header + y * SCALE;
    if (lx < 0 || lx > width || ly < header || ly > header + picture.height) continue;
    const label = actor.distant
      ? `${actor.name} ${strings.distant(strings.number(actor.distant.km))}`
      : actor.name;
    const w = ctx.measureText(label).width + px(TYPE.label) * 0.6;
    ctx.globalAlpha = actor.emphasis === 'dim' ? 0.7 : 1;
    ctx.fillStyle = palette.halo;
    ctx.fillRect(lx - w / 2, ly - labelHeight / 2, w, labelHeight);
    ctx.fillStyle = text;
    ctx.fillText(label, lx, ly);
    ctx.globalAlpha = 1;
  }

  // The figures on the edges, a little smaller than the labels (as on screen: 0.75 rem to 0.8 rem).
  const figureSize = Math.round(px(TYPE.label) * 0.94);
  for (const { x, y, edge } of figures) {
    ctx.font = `${figureWeight(edge)} ${figureSize}px ${FONT}`;
    const w = ctx.measureText(edge.label!.text).width + figureSize * 0.6;
    const lx = x * SCALE;
    const ly = header + y * SCALE;
    ctx.globalAlpha = edge.emphasis === 'dim' ? 0.55 : 1;
    ctx.fillStyle = palette.halo;
    ctx.fillRect(lx - w / 2, ly - figureSize * 0.6, w, figureSize * 1.2);
    ctx.fillStyle = text;
    ctx.fillText(edge.label!.text, lx, ly);
    ctx.globalAlpha = 1;
  }

  drawCallouts(ctx, callouts, header);

  ctx.textAlign = 'left';
  ctx.font = `${px(TYPE.legend)}px ${FONT}`;
  let rowTop = header + picture.height + pad / 2;
  for (const row of legendRows) {
    let x = rtl ? width - pad : pad;
    for (const item of row.items) {
      // Right to left, a row starts at the right margin and each entry is its own mirror image.
      if (rtl)
        item.draw(mirrored(ctx, x - item.width, x), x - item.width, rowTop + row.height / 2, text);
      else item.draw(ctx, x, rowTop + row.height / 2, text);
      x += rtl ? -item.width : item.width;
    }
    rowTop += row.height;
  }

  ctx.font = `${px(TYPE.credit)}px ${FONT}`;
  ctx.textAlign = rtl ? 'right' : 'left';
  credit.forEach((line, i) =>
    ctx.fillText(
      line,
      start,
      header + picture.height + legendBand + (i + 0.5) * px(TYPE.credit) * 1.4,
    ),
  );
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

/** The call-outs in annotation-look's style, at the element's placements scaled to the picture. */
function drawCallouts(
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

/**
 * A tentative figure is lighter and italic; one in Arabic or Hebrew script only lighter, as in the
 * SVG (render/svg/text-direction.ts): those scripts have no italic.
 */
function figureWeight(edge: SceneEdge): string {
  return !edge.tentative ? '600' : hasRightToLeft(edge.label?.text ?? '') ? '400' : 'italic 400';
}

/**
 * The context as a legend entry drawn left to right sees it, drawing the entry's mirror image in
 * its box from `left` to `right`: lines reflected, each text set right-aligned where its mirror
 * starts (the text itself is not reflected).
 */
function mirrored(
  ctx: CanvasRenderingContext2D,
  left: number,
  right: number,
): CanvasRenderingContext2D {
  const flip = (x: number) => left + right - x;
  return new Proxy(ctx, {
    get(target, key) {
      if (key === 'moveTo' || key === 'lineTo')
        return (x: number, y: number) => target[key](flip(x), y);
      if (key === 'fillText') {
        return (words: string, x: number, y: number) => {
          const align = target.textAlign;
          target.textAlign = 'right';
          target.fillText(words, flip(x), y);
          target.textAlign = align;
        };
      }
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function'
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value;
    },
    set: (target, key, value) => Reflect.set(target, key, value, target),
  });
}

/** One legend entry on the slide: its width (gap included), height, and how to draw it at a row's middle. */
interface LegendItem {
  width: number;
  height: number;
  draw(ctx: CanvasRenderingContext2D, x: number, middle: number, text: string): void;
}

/**
 * The slide's legend says what the on-screen legend says for what is shown: visible layers with
 * their counts, the dashed, hollow and dotted keys (looks from render/legend-keys.ts), and one
 * width key per layer at the picture's own scale, so a reader can size the lines on the slide.
 */
function legendItems(
  legend: Legend,
  strings: Strings,
  measure: CanvasRenderingContext2D,
  size: number,
  maxWidth: number,
): LegendItem[][] {
  const gap = size * 1.5;
  const swatch = size * 2.4;
  const textWidth = (label: string) => measure.measureText(label).width;
  const labelled = (
    label: string,
    height: number,
    drawSwatch: (ctx: CanvasRenderingContext2D, x: number, middle: number, text: string) => void,
  ): LegendItem => ({
    width: swatch + size * 0.5 + textWidth(label) + gap,
    height,
    draw(ctx, x, middle, text) {
      drawSwatch(ctx, x, middle, text);
      ctx.fillStyle = text;
      ctx.fillText(label, x + swatch + size * 0.5, middle);
    },
  });
  const line = (
    ctx: CanvasRenderingContext2D,
    x: number,
    y: number,
    colour: string,
    lineWidth: number,
    dash: number[] = [],
    cap: CanvasLineCap = 'butt',
  ) => {
    ctx.save();
    ctx.strokeStyle = colour;
    ctx.lineWidth = lineWidth;
    ctx.lineCap = cap;
    ctx.setLineDash(dash);
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + swatch, y);
    ctx.stroke();
    ctx.restore();
  };
  const rowHeight = size * 2;
  const visible = legend.layers.filter((l) => l.visible);
  const items: LegendItem[] = visible.map((layer) =>
    labelled(`${layer.label} (${strings.number(layer.shown)})`, rowHeight, (ctx, x, middle) =>
      line(ctx, x, middle, layer.colour, size * 0.4),
    ),
  );
  // The looks are CSS px of the map; the picture is at SCALE×.
  for (const { key, look } of strokeKeys(legend, '#000', (size * 0.5) / SCALE)) {
    const words = keyText(key, strings);
    const dash = look.dash ? look.dash.map((d) => d * SCALE) : [];
    items.push(
      labelled(words, rowHeight, (ctx, x, middle, text) => {
        if (look.rails) {
          const offset = ((look.rails.gap + look.rails.rail) / 2) * SCALE;
          line(ctx, x, middle - offset, text, look.rails.rail * SCALE, dash);
          line(ctx, x, middle + offset, text, look.rails.rail * SCALE, dash);
        } else line(ctx, x, middle, text, look.width * SCALE, dash, look.cap);
      }),
    );
  }
  for (const words of markedAreaWords(legend, strings)) {
    items.push({
      width: textWidth(words) + size * 0.8,
      height: rowHeight,
      draw: (ctx, x, middle, text) => {
        ctx.fillStyle = text;
        ctx.fillText(words, x, middle);
      },
    });
  }
  // A register's sentences (as the on-screen legend's): what draws in full, and what the circles show; each wrapped, a row of its own but the last line.
  const layerLabels = new Map(legend.layers.map((l) => [l.id, l.label]));
  const sentences = (legend.topFlows ?? []).map((t) =>
    strings.topFlows(
      layerLabels.get(t.layer) ?? t.layer,
      t.drawn,
      t.receded,
      t.recededTies,
      legend.allFlows === true,
    ),
  );
  if (legend.totals) sentences.push(totalsLine(legend.totals, layerLabels, strings));
  if (legend.group) sentences.push(strings.groupLegend(legend.group));
  for (const sentence of sentences) {
    const lines = wrap(measure, sentence, maxWidth);
    lines.forEach((words, i) =>
      items.push({
        width: i === lines.length - 1 ? textWidth(words) + gap : maxWidth,
        height: i === lines.length - 1 ? rowHeight : size * 1.4,
        draw: (ctx, x, middle, text) => {
          ctx.fillStyle = text;
          ctx.fillText(words, x, middle);
        },
      }),
    );
  }
  const widths = widthKeys(legend);
  if (widths.length === 0) return [items];
  const widthKey: LegendItem[] = [
    {
      width: textWidth(strings.legendWidths) + gap,
      height: rowHeight,
      draw: (ctx, x, middle, text) => {
        ctx.fillStyle = text;
        ctx.fillText(strings.legendWidths, x, middle);
      },
    },
  ];
  for (const entry of widths) {
    const measure = strings.legendMeasure(
      entry.layerLabel,
      entry.label,
      entry.unit,
      entry.inferred,
      entry.tentative,
    );
    widthKey.push({
      width: textWidth(measure) + gap * 0.5,
      height: rowHeight,
      draw: (ctx, x, middle, text) => {
        ctx.fillStyle = text;
        ctx.fillText(measure, x, middle);
      },
    });
    for (const sample of entry.samples) {
      // The scene's widths are CSS pixels of the map; the picture is at SCALE×.
      const stroke = sample.width * SCALE;
      widthKey.push(
        labelled(
          formatValue(sample.value, entry.unit, undefined, false, strings.lang),
          Math.max(rowHeight, stroke + size * 0.6),
          (ctx, x, middle) => line(ctx, x, middle, entry.colour, stroke),
        ),
      );
    }
  }
  return [items, widthKey];
}

/** Lays legend items out left to right, wrapping into rows no wider than the slide. */
function flow(
  items: LegendItem[],
  maxWidth: number,
  size: number,
): { items: LegendItem[]; height: number }[] {
  const rows: { items: LegendItem[]; height: number }[] = [];
  let row: LegendItem[] = [];
  let used = 0;
  const close = () => {
    if (row.length)
      rows.push({ items: row, height: Math.max(size * 2, ...row.map((i) => i.height)) });
    row = [];
    used = 0;
  };
  for (const item of items) {
    if (used + item.width > maxWidth && row.length) close();
    row.push(item);
    used += item.width;
  }
  close();
  return rows;
}

/** The slide of the renderer's current picture, with the labels where the element placed them. */
export async function slideOf(
  renderer: Renderer,
  placements: ReadonlyMap<string, LabelPlacement>,
  scene: Scene,
  dataset: Dataset,
  step: SceneStep | undefined,
  strings: Strings,
  palette: MapPalette,
  callouts: readonly CalloutPlacement[] = [],
): Promise<Blob | null> {
  const picture = await renderer.snapshot();
  const labels = scene.actors.flatMap((actor) => {
    const box = placements.get(actor.id);
    return box
      ? [{ x: box.left + box.width / 2, y: box.top + box.height / 2, actor, leader: box.leader }]
      : [];
  });
  const annotations = new Map((scene.annotations ?? []).map((a) => [a.id, a]));
  const placedCallouts = callouts.flatMap((at) => {
    const annotation = annotations.get(at.id);
    return annotation ? [{ at, annotation }] : [];
  });
  return exportSlide({
    picture,
    labels,
    figures: figuresOf(renderer, placements, scene, picture),
    callouts: placedCallouts,
    dataset,
    title: viewTitle(dataset, step),
    caption: step?.caption,
    legend: scene.legend,
    strings,
    palette,
  });
}

/**
 * Where the figures go on the slide: the element's own layout (label-layout.ts) run again on the
 * same picture and actor labels, with text measured as the element's 0.75 rem edge labels.
 */
function figuresOf(
  renderer: Renderer,
  placements: ReadonlyMap<string, LabelPlacement>,
  scene: Scene,
  picture: HTMLCanvasElement,
): { x: number; y: number; edge: SceneEdge }[] {
  const measure = document.createElement('canvas').getContext('2d')!;
  const height = 12 * 1.2;
  const boxes = scene.edges.flatMap((edge) => {
    if (!edge.label) return [];
    measure.font = `${figureWeight(edge)} 12px ${FONT}`;
    const box = edgeLabelBox(
      edge,
      (p) => renderer.project(p),
      measure.measureText(edge.label.text).width + 8,
      height,
    );
    return box ? [box] : [];
  });
  const placed = layoutEdgeLabels(
    boxes,
    [...placements.values()],
    picture.width / SCALE,
    picture.height / SCALE,
    boxes.length > 0
      ? (edgeGuide(scene.edges, (p) => renderer.project(p)) ?? undefined)
      : undefined,
  );
  const edges = new Map(scene.edges.map((e) => [e.id, e]));
  return boxes.flatMap((box) => {
    const at = placed.get(box.id);
    return at
      ? [{ x: at.left + box.width / 2, y: at.top + box.height / 2, edge: edges.get(box.id)! }]
      : [];
  });
}
