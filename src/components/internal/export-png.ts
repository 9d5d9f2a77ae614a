/**
 * The slide export: the map picture (already at 2× pixel density) with the title above, the
 * actors' labels drawn in, and the legend and a source credit line below, as one PNG.
 */
import type { Dataset, SceneStep } from '../../data/types.ts';
import type { MapPalette, Renderer } from '../../render/renderer.ts';
import type { Scene } from '../../scene/types.ts';
import type { CalloutPlacement, LabelPlacement } from '../map/label-positions.ts';
import type { Strings } from '../../text/strings.ts';
import { creditLine, viewTitle } from '../../text/titles.ts';
import { LEADER_WIDTH } from '../../render/svg/actors.ts';
import { FONT, SCALE, type SlideInput, wrap } from './slide-basics.ts';
import { drawCallouts } from './slide-callouts.ts';
import { figuresOf, figureWeight } from './slide-figures.ts';
import { flow, legendItems, mirrored } from './slide-legend.ts';

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
