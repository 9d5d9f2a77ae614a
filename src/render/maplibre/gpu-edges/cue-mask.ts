/**
 * The direction cue's mask, drawn once from edge-look.ts's shapes: the chevron (left half) and the
 * chevron with the adversarial bar (right half), each CUE_BOX units drawn at MASK_SCALE px a unit.
 * Red holds the fill's coverage, green the white outline's (the stroke under the fill), so one
 * texture serves every colour.
 */
import { CUE_BAR, CUE_BOX, CUE_CHEVRON, CUE_OUTLINE_WIDTH } from '../../edge-look.ts';

const MASK_SCALE = 2;
export const MASK_SIZE = CUE_BOX * MASK_SCALE;

function cuePath(bar: boolean): Path2D {
  const path = new Path2D();
  CUE_CHEVRON.forEach(([x, y], i) => (i === 0 ? path.moveTo(x, y) : path.lineTo(x, y)));
  path.closePath();
  if (bar) path.rect(CUE_BAR.x, CUE_BAR.y, CUE_BAR.width, CUE_BAR.height);
  return path;
}

/** RGBA bytes, MASK_SIZE × 2 wide and MASK_SIZE high, rows from the top. */
export function drawCueMask(): Uint8Array {
  const canvas = document.createElement('canvas');
  canvas.width = MASK_SIZE * 2;
  canvas.height = MASK_SIZE;
  // CPU-backed: read once, and a GPU-backed canvas costs a slow read-back under SwiftShader.
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  const layer = (outline: boolean): Uint8ClampedArray => {
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    for (const bar of [false, true]) {
      ctx.setTransform(MASK_SCALE, 0, 0, MASK_SCALE, bar ? MASK_SIZE : 0, 0);
      const path = cuePath(bar);
      ctx.fillStyle = '#fff';
      ctx.fill(path);
      if (outline) {
        ctx.lineJoin = 'round';
        ctx.lineWidth = CUE_OUTLINE_WIDTH;
        ctx.strokeStyle = '#fff';
        ctx.stroke(path);
      }
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  };
  const fill = layer(false);
  const outline = layer(true);
  const mask = new Uint8Array(fill.length);
  for (let i = 0; i < fill.length; i += 4) {
    mask[i] = fill[i + 3]!;
    mask[i + 1] = outline[i + 3]!;
    mask[i + 3] = 255;
  }
  return mask;
}
