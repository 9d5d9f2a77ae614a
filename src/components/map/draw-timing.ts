/**
 * When the SVG picture draws after a change. A picture whose draw takes longer than a frame is
 * drawn in the frame after the change's own (its controls, legend, table), as WebGL's follows in
 * frames of its own: drawing it and rastering its canvas in the change's task held that frame back
 * by all of it on a large map. A small picture is drawn at once. A large one always waits, so the
 * choice does not hang on how fast this machine was last time.
 */
import type { Renderer } from '../../render/renderer.ts';
import type { Scene } from '../../scene/types.ts';

/** A frame at 60 Hz: an SVG draw longer than this waits for the frame after a change's own. */
const FRAME_MS = 16;
/**
 * Edges past which an SVG draw waits for that frame whatever the last one took: a picture this
 * large costs more than a frame on a reader's phone even where this machine drew it faster.
 */
const LARGE_PICTURE_EDGES = 500;

export function drawsInItsOwnFrame(renderer: Renderer, scene: Scene): boolean {
  return (
    renderer.kind === 'svg' &&
    ((renderer.drawMs ?? 0) > FRAME_MS || scene.edges.length > LARGE_PICTURE_EDGES)
  );
}
