/**
 * A standalone SVG document of a view: title (and a scene's caption) above, the map with its
 * labels, then the legend of what is shown and the credit line, as the slide export lays them out
 * (components/internal/export-png.ts). Fonts are a system stack and nothing is referenced from
 * outside, so the file opens anywhere, prints, and rasterises in Node.
 */
import type { Strings } from '../../text/strings.ts';
import type { Bounds } from '../../data/types.ts';
import type { Countries } from '../../geo/world.ts';
import type { Scene } from '../../scene/types.ts';
import { flowRows } from '../legend-flow.ts';
import type { Camera, MapPalette } from '../renderer.ts';
import { fitCamera } from './camera.ts';
import { FONT_STACK, mapLayers } from './map-svg.ts';
import { el, SVG_NS, toMarkup, type SvgNode } from './tree.ts';
import { FRAME_PADDING } from '../renderer.ts';
import { calloutListItems, legendItems, wrap } from './standalone-legend.ts';

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
