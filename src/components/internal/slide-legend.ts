/**
 * The slide's legend: its entries (layers, stroke keys, width keys at the picture's scale), laid
 * out in rows, mirrored for a right-to-left language.
 */
import type { Legend } from '../../scene/types.ts';
import { formatValue } from '../../text/format.ts';
import type { Strings } from '../../text/strings.ts';
import { totalsLine } from '../parts/legend.ts';
import { keyText, markedAreaWords, strokeKeys, widthKeys } from '../../render/legend-keys.ts';
import { SCALE, wrap } from './slide-basics.ts';

/**
 * The context as a legend entry drawn left to right sees it, drawing the entry's mirror image in
 * its box from `left` to `right`: lines reflected, each text set right-aligned where its mirror
 * starts (the text itself is not reflected).
 */
export function mirrored(
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
export function legendItems(
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
export function flow(
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
