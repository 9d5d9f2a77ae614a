/**
 * Direction cues drawn on a canvas at run time (no sprite request): a chevron for cooperative
 * edges and a chevron with a bar for adversarial ones (the "inhibits" mark of network diagrams),
 * so stance reads without colour. SDF images, so MapLibre tints them with the layer colour.
 */
export const ARROW_ICON = 'ties-arrow';
export const BAR_ARROW_ICON = 'ties-arrow-bar';
const SIZE = 48;

function draw(withBar: boolean): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = SIZE;
  canvas.height = SIZE;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#000';
  // Pointing up (north): MapLibre rotates it by the edge's bearing.
  ctx.beginPath();
  ctx.moveTo(SIZE / 2, 6);
  ctx.lineTo(SIZE - 8, SIZE - 10);
  ctx.lineTo(SIZE / 2, SIZE - 20);
  ctx.lineTo(8, SIZE - 10);
  ctx.closePath();
  ctx.fill();
  if (withBar) ctx.fillRect(6, 0, SIZE - 12, 5);
  return ctx.getImageData(0, 0, SIZE, SIZE);
}

export function iconImages(): { name: string; image: ImageData }[] {
  return [
    { name: ARROW_ICON, image: draw(false) },
    { name: BAR_ARROW_ICON, image: draw(true) },
  ];
}
