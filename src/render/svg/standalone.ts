/**
 * A standalone SVG document of a view: title (and a scene's caption) above, the map with its
 * labels, then the legend of what is shown and the credit line, as the slide export lays them out
 * (components/internal/export-png.ts). Fonts are a system stack and nothing is referenced from outside,
 * so the file opens anywhere, prints, and rasterises in Node.
 */
import { formatValue } from '../../text/format.ts';
import type { Strings } from '../../text/strings.ts';
import type { Bounds } from '../../data/types.ts';
import type { Countries } from '../../geo/world.ts';
import type { Legend, Scene } from '../../scene/types.ts';
import { CALLOUT_INK, CALLOUT_MARKER_SIZE, CALLOUT_PAPER } from '../annotation-look.ts';
import { keyText, markedAreaWords, strokeKeys, widthKeys } from '../legend-keys.ts';
import { flowRows } from '../legend-flow.ts';
import type { Camera, MapPalette } from '../renderer.ts';
import { estimateTextWidth } from './actors.ts';
import { fitCamera } from './camera.ts';
import { num } from './escape.ts';
import { FONT_STACK, mapLayers } from './map-svg.ts';
import { el, SVG_NS, toMarkup, type SvgNode } from './tree.ts';

import { FRAME_PADDING } from '../renderer.ts';

export { FRAME_PADDING };
const MIN_MAP_HEIGHT = 120;
const COMPACT_WIDTH = 480;

export interface StandaloneInput {
  scene: Scene;
  countries: Countries;
  /**
   * The document's size in CSS px; the map takes what title, legend and credit leave, but at
   * least half the height (the document grows taller rather than squeeze the map).
   */
  width: number;
  height: number;
  palette: MapPalette;
  strings: Strings;
  title: string;
  caption?: string | undefined;
  /** "Sources: …· Base map: Natural Earth · Data as of …" (creditLine in text/titles.ts). */
  credit: string;
  /** What to frame: a scene's camera; the scene's own frame when absent. */
  bounds?: Bounds | undefined;
  /**
   * The view as the page shows it (the element's export): this camera on a map exactly this tall,
   * the document as tall as title, map, legend and credit need; `height` and `bounds` then unused.
   */
  view?: { camera: Camera; mapHeight: number } | undefined;
}

/**
 * Type sizes: the slide's shares of the width (so a wide card reads like the slide), never below
 * the element's own sizes (so a narrow fallback reads like the page).
 */
function typeSizes(width: number) {
  const size = (share: number, min: number) => Math.max(min, share * width);
  // As the element's container query: at 480 px and less, labels and title shrink.
  const compact = width <= COMPACT_WIDTH;
  return {
    compact,
    title: size(0.024, compact ? 16 : 18.4),
    caption: size(0.0155, 14),
    label: size(0.0115, compact ? 11.52 : 12.8),
    legend: size(0.011, 12),
    credit: size(0.0085, 10.5),
    pad: size(0.012, 8),
  };
}

function wrap(text: string, width: number, fontSize: number, bold = false): string[] {
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
function legendItems(
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
function calloutListItems(
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

/** The share of the width a right-to-left credit line is wrapped to (see layoutOf). */
const RTL_WRAP_SLACK = 0.92;

/** Where the document's parts go: title and caption, the map's height, legend rows and credit. */
function layoutOf(input: StandaloneInput) {
  const { width, palette, strings } = input;
  const type = typeSizes(width);
  const pad = type.pad;
  const inner = width - 2 * pad;
  const text = palette.marker;
  const titleLines = wrap(input.title, inner, type.title, true);
  const captionLines = input.caption ? wrap(input.caption, inner, type.caption) : [];
  const header =
    pad +
    titleLines.length * type.title * 1.25 +
    captionLines.length * type.caption * 1.35 +
    pad / 2;
  const legendRows = [
    ...legendItems(input.scene.legend, strings, type.legend, text, inner),
    calloutListItems(input.scene, type.compact, type.legend, inner, strings.dir === 'rtl'),
  ].flatMap((group) => flowRows(group, inner));
  const legendHeight = legendRows.reduce((sum, row) => sum + row.height, 0);
  // Right to left, the credit line mixes Arabic or Hebrew words with the sources' Latin titles, and
  // the width estimate (Latin metrics) runs short of the set line: wrap it with room to spare.
  const creditLines = wrap(
    input.credit,
    strings.dir === 'rtl' ? inner * RTL_WRAP_SLACK : inner,
    type.credit,
  );
  const footer = pad / 2 + legendHeight + creditLines.length * type.credit * 1.4 + pad;
  // The map keeps at least half the height: past that, a long legend makes the document taller.
  const mapHeight =
    input.view?.mapHeight ??
    Math.max(
      MIN_MAP_HEIGHT,
      Math.round(input.height / 2),
      Math.floor(input.height - header - footer),
    );
  const height = input.view
    ? Math.ceil(header + mapHeight + footer)
    : Math.max(input.height, Math.ceil(header + mapHeight + footer));
  return {
    type,
    pad,
    text,
    titleLines,
    captionLines,
    header,
    legendRows,
    creditLines,
    mapHeight,
    height,
  };
}

/** The height of the document's map (CSS px): the picture's map is `input.width` × this. */
export function standaloneMapHeight(input: StandaloneInput): number {
  return layoutOf(input).mapHeight;
}

/** The document as an element tree (the browser renderer builds DOM from it). */
export function standaloneNode(input: StandaloneInput): SvgNode {
  const { width, palette, strings } = input;
  const {
    type,
    pad,
    text,
    titleLines,
    captionLines,
    header,
    legendRows,
    creditLines,
    mapHeight,
    height,
  } = layoutOf(input);
  const mapTop = Math.round(header);
  const camera =
    input.view?.camera ??
    fitCamera(input.bounds ?? input.scene.frame, width, mapHeight, FRAME_PADDING);

  const parts: SvgNode[] = [
    el('title', {}, [input.title]),
    el('desc', {}, [input.credit]),
    el('rect', { width, height, fill: palette.halo }),
  ];
  // Right to left, title, caption, legend rows and credit are set against the right margin.
  const rtl = strings.dir === 'rtl';
  const start = rtl ? width - pad : pad;
  const anchor = rtl ? 'end' : null;
  let y = pad;
  for (const line of titleLines) {
    parts.push(
      el(
        'text',
        {
          x: start,
          y: y + type.title * 0.95,
          'font-size': type.title,
          'font-weight': '700',
          'text-anchor': anchor,
        },
        [line],
      ),
    );
    y += type.title * 1.25;
  }
  for (const line of captionLines) {
    parts.push(
      el(
        'text',
        { x: start, y: y + type.caption, 'font-size': type.caption, 'text-anchor': anchor },
        [line],
      ),
    );
    y += type.caption * 1.35;
  }
  const labelStyle = {
    fontSize: type.label,
    compact: type.compact,
    font: FONT_STACK,
    text,
    muted: text,
    background: palette.halo,
  };
  parts.push(
    el(
      'svg',
      {
        class: 'map',
        x: 0,
        y: mapTop,
        width,
        height: mapHeight,
        viewBox: `0 0 ${width} ${mapHeight}`,
      },
      mapLayers({
        scene: input.scene,
        countries: input.countries,
        width,
        height: mapHeight,
        camera,
        palette,
        labels: { style: labelStyle, distant: (km) => strings.distant(strings.number(km)) },
      }),
    ),
  );
  let rowTop = mapTop + mapHeight + pad / 2;
  const legend: SvgNode[] = [];
  // Right to left, a row starts at the right margin and its entries follow leftwards.
  for (const row of legendRows) {
    let x = rtl ? width - pad : pad;
    for (const item of row.items) {
      legend.push(...item.draw(rtl ? x - item.width : x, rowTop + row.height / 2));
      x += rtl ? -item.width : item.width;
    }
    rowTop += row.height;
  }
  parts.push(el('g', { class: 'legend', 'font-size': type.legend }, legend));
  creditLines.forEach((line, i) => {
    parts.push(
      el(
        'text',
        {
          class: 'credit',
          x: start,
          y: rowTop + (i + 0.5) * type.credit * 1.4 + type.credit * 0.35,
          'font-size': type.credit,
          'text-anchor': anchor,
        },
        [line],
      ),
    );
  });
  return el(
    'svg',
    {
      xmlns: SVG_NS,
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      'font-family': FONT_STACK,
      fill: text,
    },
    parts,
  );
}

export function toStandaloneSvg(input: StandaloneInput): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toMarkup(standaloneNode(input))}\n`;
}
