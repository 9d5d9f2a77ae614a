/**
 * The slide export: the map picture (already at 2× pixel density) with the title above, the
 * actors' labels drawn in, and the legend and a source credit line below, as one PNG.
 */
import type { Dataset } from '../data/types.ts';
import type { MapPalette } from '../render/renderer.ts';
import type { Legend, SceneActor } from '../scene/types.ts';
import { formatDate } from './format.ts';
import type { Strings } from './strings.ts';

const SCALE = 2;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

export interface SlideInput {
  picture: HTMLCanvasElement;
  /** Label centres in CSS pixels of the map, where the element placed them. */
  labels: { x: number; y: number; actor: SceneActor }[];
  dataset: Dataset;
  /** The dataset's title, with the scene's when one is shown. */
  title: string;
  legend: Legend;
  strings: Strings;
  palette: MapPalette;
}

/** "OC Media (Oct 2025); The Times of Israel (Dec 2025); …": every source, as the table credits them. */
export function creditLine(dataset: Dataset, legend: Legend, strings: Strings): string {
  const sources = dataset.sources.map((s) => {
    const who = s.publisher === 'unknown' ? s.title : s.publisher;
    const when = s.published === 'unknown' ? strings.dateUnknown : formatDate(s.published);
    return `${who} (${when})`;
  });
  const asOf = legend.dataAsOf ? ` · ${strings.dataAsOf(formatDate(legend.dataAsOf))}` : '';
  return `Sources: ${sources.join('; ')} · ${strings.baseMapCredit}${asOf}`;
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

export async function exportSlide({ picture, labels, dataset, title, legend, strings, palette }: SlideInput): Promise<Blob | null> {
  const width = picture.width;
  const pad = 16 * SCALE;
  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = `${11 * SCALE}px ${FONT}`;
  const credit = wrap(measure, creditLine(dataset, legend, strings), width - 2 * pad);
  const header = 48 * SCALE;
  const footer = (30 + 15 * credit.length) * SCALE;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = header + picture.height + footer;
  const ctx = canvas.getContext('2d')!;
  const text = palette.marker;
  ctx.fillStyle = palette.halo;
  ctx.fillRect(0, 0, canvas.width, canvas.height);

  ctx.fillStyle = text;
  ctx.textBaseline = 'middle';
  ctx.font = `700 ${22 * SCALE}px ${FONT}`;
  ctx.fillText(title, pad, header / 2, width - 2 * pad);

  ctx.drawImage(picture, 0, header);

  ctx.font = `600 ${12 * SCALE}px ${FONT}`;
  ctx.textAlign = 'center';
  for (const { x, y, actor } of labels) {
    const px = x * SCALE;
    const py = header + y * SCALE;
    if (px < 0 || px > width || py < header || py > header + picture.height) continue;
    const label = actor.distant ? `${actor.name} ${strings.distant(actor.distant.km.toLocaleString('en-US'))}` : actor.name;
    const w = ctx.measureText(label).width + 8 * SCALE;
    ctx.globalAlpha = actor.emphasis === 'dim' ? 0.55 : 1;
    ctx.fillStyle = palette.halo;
    ctx.fillRect(px - w / 2, py - 9 * SCALE, w, 18 * SCALE);
    ctx.fillStyle = text;
    ctx.fillText(label, px, py);
    ctx.globalAlpha = 1;
  }

  ctx.textAlign = 'left';
  let x = pad;
  const legendY = header + picture.height + 15 * SCALE;
  ctx.font = `${12 * SCALE}px ${FONT}`;
  for (const layer of legend.layers.filter((l) => l.visible)) {
    ctx.fillStyle = layer.colour;
    ctx.fillRect(x, legendY - 2 * SCALE, 18 * SCALE, 4 * SCALE);
    ctx.fillStyle = text;
    ctx.fillText(`${layer.label} (${layer.shown})`, x + 24 * SCALE, legendY);
    x += ctx.measureText(`${layer.label} (${layer.shown})`).width + 44 * SCALE;
  }
  ctx.fillText(strings.legendNoFigure, x, legendY);

  ctx.font = `${11 * SCALE}px ${FONT}`;
  credit.forEach((line, i) => ctx.fillText(line, pad, legendY + (16 + 15 * i) * SCALE));
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}
