/** What the slide export draws from, its pixel density and font, and words wrapped to a width. */
import type { Dataset } from '../../data/types.ts';
import type { MapPalette } from '../../render/renderer.ts';
import type { Legend, SceneActor, SceneAnnotation, SceneEdge } from '../../scene/types.ts';
import type { CalloutPlacement } from '../map/label-positions.ts';
import type { Strings } from '../../text/strings.ts';
import type { Leader } from '../../scene/leader-lines.ts';

export const SCALE = 2;

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

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

export function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
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
