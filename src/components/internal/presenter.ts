import { FRAME_PADDING } from '../../render/renderer.ts';

/**
 * The camera's padding in presenter mode: room for the projector's large labels (about 22 px type
 * at 1920 px) at the framed actors, so a label beside an actor at the frame's edge stays on the
 * screen: half the widest actor label and twice its height beyond the usual padding, at most a
 * sixth of the map's smaller side.
 */
export function presenterPadding(root: ParentNode): number {
  const map = root.querySelector<HTMLElement>('.map');
  let width = 0,
    height = 0;
  for (const label of root.querySelectorAll<HTMLElement>('.actor-label')) {
    width = Math.max(width, label.offsetWidth);
    height = Math.max(height, label.offsetHeight);
  }
  const room = Math.max(width / 2, 2 * height);
  return Math.round(
    FRAME_PADDING + Math.min(room, map ? Math.min(map.clientWidth, map.clientHeight) / 6 : room),
  );
}

/**
 * Presenter keys, as presentation clickers send them: → / Space / PageDown next, ← / PageUp
 * previous, Home / End, number keys jump, Escape leaves. Returns the scene index to go to,
 * 'exit', or null when the key is not a presenter key.
 */
export function presenterKey(key: string, current: number, count: number): number | 'exit' | null {
  if (count === 0) return key === 'Escape' ? 'exit' : null;
  switch (key) {
    case 'ArrowRight':
    case ' ':
    case 'PageDown':
      return Math.min(count - 1, current + 1);
    case 'ArrowLeft':
    case 'PageUp':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'Escape':
      return 'exit';
    default:
      if (/^[1-9]$/.test(key)) return Math.min(count - 1, Number(key) - 1);
      return null;
  }
}
