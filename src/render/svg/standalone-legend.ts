/**
 * The standalone document's legend and call-out list: their entries as items of a measured width,
 * wrapped to the document's width.
 */
import { formatValue } from '../../text/format.ts';
import type { Strings } from '../../text/strings.ts';
import type { Legend, Scene } from '../../scene/types.ts';
import { CALLOUT_INK, CALLOUT_MARKER_SIZE, CALLOUT_PAPER } from '../annotation-look.ts';
import { keyText, markedAreaWords, strokeKeys, widthKeys } from '../legend-keys.ts';
import { estimateTextWidth } from './actors.ts';
import { num } from './escape.ts';
import { el, type SvgNode } from './tree.ts';

export function wrap(text: string, width: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(next, fontSize, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

interface LegendItem {
  width: number;
  height: number;
  /** Nodes with the item's box (its width, the gap after it included) from x, its middle at y. */
  draw(x: number, y: number): SvgNode[];
}

/**
 * The slide's legend: visible layers with counts, the dashed, hollow and dotted keys, one width key
 * per layer. Right to left (`strings.dir`), each entry mirrors in its box: text set against its
 * right edge, the swatch to the right of the text, the gap on the left.
 */
export function legendItems(
  legend: Legend,
  strings: Strings,
  size: number,
  text: string,
  maxWidth: number,
): LegendItem[][] {
  const gap = size * 1.5;
  const swatch = size * 2.4;
  const rowHeight = size * 2;
  const rtl = strings.dir === 'rtl';
  const line = (
    x: number,
    y: number,
    colour: string,
    width: number,
    dash?: [number, number] | null,
    cap: 'butt' | 'round' = 'butt',
  ): SvgNode =>
    el('path', {
      d: `M${num(x)} ${num(y)}h${num(swatch)}`,
      stroke: colour,
      'stroke-width': width,
      'stroke-dasharray': dash ? `${num(dash[0])} ${num(dash[1])}` : null,
      'stroke-linecap': cap === 'round' ? 'round' : null,
    });
  /** Text from `start` left to right, or (right to left) ending at `end`. */
  const label = (start: number, end: number, y: number, words: string): SvgNode =>
    rtl
      ? el('text', { x: end, y: y + size * 0.35, 'text-anchor': 'end' }, [words])
      : el('text', { x: start, y: y + size * 0.35 }, [words]);
  const labelled = (
    words: string,
    height: number,
    drawSwatch: (x: number, y: number) => SvgNode[],
  ): LegendItem => {
    const width = swatch + size * 0.5 + estimateTextWidth(words, size, false) + gap;
    return {
      width,
      height,
      draw: (x, y) => [
        ...drawSwatch(rtl ? x + width - swatch : x, y),
        label(x + swatch + size * 0.5, x + width - swatch - size * 0.5, y, words),
      ],
    };
  };
  /** An entry of words alone. */
  const words = (text: string, width: number, height: number): LegendItem => ({
    width,
    height,
    draw: (x, y) => [label(x, x + width, y, text)],
  });
  const visible = legend.layers.filter((l) => l.visible);
  const items = visible.map((layer) =>
    labelled(`${layer.label} (${strings.number(layer.shown)})`, rowHeight, (x, y) => [
      line(x, y, layer.colour, size * 0.4),
    ]),
  );
  for (const { key, look } of strokeKeys(legend, text, size * 0.5)) {
    const words = keyText(key, strings);
    const rails = look.rails;
    items.push(
      labelled(words, rowHeight, (x, y) =>
        rails
          ? [
              line(x, y - (rails.gap + rails.rail) / 2, text, rails.rail, look.dash),
              line(x, y + (rails.gap + rails.rail) / 2, text, rails.rail, look.dash),
            ]
          : [line(x, y, text, look.width, look.dash, look.cap)],
      ),
    );
  }
  for (const area of markedAreaWords(legend, strings))
    items.push(words(area, estimateTextWidth(area, size, false) + size * 0.8, rowHeight));
  // What a crowded layer draws in full and what recedes (scene/top-flows.ts): a sentence, wrapped.
  const layerLabels = new Map(legend.layers.map((l) => [l.id, l.label]));
  for (const t of legend.topFlows ?? []) {
    const lines = wrap(
      strings.topFlows(
        layerLabels.get(t.layer) ?? t.layer,
        t.drawn,
        t.receded,
        t.recededTies,
        legend.allFlows === true,
      ),
      maxWidth,
      size,
    );
    lines.forEach((line, i) =>
      items.push(
        words(
          line,
          i === lines.length - 1 ? estimateTextWidth(line, size, false) + gap : maxWidth,
          i === lines.length - 1 ? rowHeight : size * 1.4,
        ),
      ),
    );
  }
  // What a register's circles show (scene/actor-totals.ts), and how its actors are grouped (scene/group-scene.ts).
  const sentences: string[] = [];
  if (legend.totals)
    sentences.push(
      strings.legendTotals(
        layerLabels.get(legend.totals.layer) ?? legend.totals.layer,
        formatValue(legend.totals.samples[0]?.value ?? 0, legend.totals.unit, undefined, true),
      ),
    );
  if (legend.group) sentences.push(strings.groupLegend(legend.group));
  for (const sentence of sentences) {
    for (const [i, line] of wrap(sentence, maxWidth, size).entries())
      items.push(
        words(line, estimateTextWidth(line, size, false) + gap, i === 0 ? rowHeight : size * 1.4),
      );
  }
  const widths = widthKeys(legend);
  if (widths.length === 0) return [items];
  // The heading is a sentence: on a narrow picture it wraps, each line a row of its own but the last.
  const headingLines = wrap(strings.legendWidths, maxWidth, size);
  const heading = headingLines.map((line, i): LegendItem =>
    words(
      line,
      i === headingLines.length - 1 ? estimateTextWidth(line, size, false) + gap : maxWidth,
      i === headingLines.length - 1 ? rowHeight : size * 1.4,
    ),
  );
  // One key per layer: its measure, then its reference strokes at the picture's own scale.
  const widthKey = widths.flatMap((entry) => [
    words(
      strings.legendMeasure(
        entry.layerLabel,
        entry.label,
        entry.unit,
        entry.inferred,
        entry.tentative,
      ),
      estimateTextWidth(
        strings.legendMeasure(
          entry.layerLabel,
          entry.label,
          entry.unit,
          entry.inferred,
          entry.tentative,
        ),
        size,
        false,
      ) +
        gap * 0.5,
      rowHeight,
    ),
    ...entry.samples.map((sample) =>
      labelled(
        formatValue(sample.value, entry.unit, undefined, false, strings.lang),
        Math.max(rowHeight, sample.width + size * 0.6),
        (x, y) => [line(x, y, entry.colour, sample.width)],
      ),
    ),
  ]);
  return [items, [...heading, ...widthKey]];
}

/**
 * On a narrow picture the call-outs are numbered markers on the map (callouts.ts): their texts go
 * under the legend, each beside its number, as the element lists them under its narrow map.
 */
export function calloutListItems(
  scene: Scene,
  compact: boolean,
  size: number,
  maxWidth: number,
  rtl: boolean,
): LegendItem[] {
  if (!compact) return [];
  const r = CALLOUT_MARKER_SIZE / 2;
  return (scene.annotations ?? []).flatMap((a) => {
    const lines = wrap(a.text, maxWidth - 2 * r - size, size);
    return lines.map((words, i): LegendItem => ({
      width: maxWidth,
      height: Math.max(size * 1.5, i === 0 ? CALLOUT_MARKER_SIZE + 2 : 0),
      // Right to left, the marker stands at the right and the text ends against it.
      draw: (x, y) => {
        const cx = rtl ? x + maxWidth - r : x + r;
        return [
          ...(i === 0
            ? [
                el('circle', { cx, cy: y, r: r - 0.5, fill: CALLOUT_INK }),
                el(
                  'text',
                  {
                    x: cx,
                    y: y + size * 0.35,
                    'text-anchor': 'middle',
                    fill: CALLOUT_PAPER,
                    'font-weight': '700',
                  },
                  [String(a.number)],
                ),
              ]
            : []),
          el(
            'text',
            {
              x: rtl ? x + maxWidth - 2 * r - size * 0.5 : x + 2 * r + size * 0.5,
              y: y + size * 0.35,
              ...(rtl ? { 'text-anchor': 'end' } : {}),
              ...(a.note && !rtl ? { 'font-style': 'italic' } : {}),
            },
            [words],
          ),
        ];
      },
    }));
  });
}
