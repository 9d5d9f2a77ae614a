/**
 * Direction cues drawn on a canvas at run time (no sprite request): a chevron for cooperative
 * edges and a chevron with a bar for adversarial ones (the "inhibits" mark of network diagrams),
 * so stance reads without colour. One image per colour, with a white outline so the cue stands
 * out on its own edge.
 */
const SIZE = 48;

export function arrowIconName(colour: string, adversarial: boolean): string {
  return `ties-${adversarial ? 'bar' : 'arrow'}-${colour}`;
}

// One small canvas for every cue, read back on the CPU: a canvas per cue, GPU-backed by default,
// cost ~100 ms a read-back under SwiftShader and was the largest piece of our cold start.
let drawing: CanvasRenderingContext2D | null = null;

export function drawArrowIcon(colour: string, adversarial: boolean): ImageData {
  if (!drawing) {
    const canvas = document.createElement('canvas');
    canvas.width = SIZE;
    canvas.height = SIZE;
    drawing = canvas.getContext('2d', { willReadFrequently: true })!;
  }
  const ctx = drawing;
  ctx.clearRect(0, 0, SIZE, SIZE);
  // Pointing up (north): MapLibre rotates it by the edge's bearing.
  const path = new Path2D();
  path.moveTo(SIZE / 2, 8);
  path.lineTo(SIZE - 8, SIZE - 8);
  path.lineTo(SIZE / 2, SIZE - 18);
  path.lineTo(8, SIZE - 8);
  path.closePath();
  if (adversarial) path.rect(8, 1, SIZE - 16, 5);
  ctx.lineJoin = 'round';
  ctx.lineWidth = 2.5;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke(path);
  ctx.fillStyle = colour;
  ctx.fill(path);
  return ctx.getImageData(0, 0, SIZE, SIZE);
}
