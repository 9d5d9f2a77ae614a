/**
 * Presenter keys, as presentation clickers send them: → / Space / PageDown next, ← / PageUp
 * previous, Home / End, number keys jump, Escape leaves. Returns the scene index to go to,
 * 'exit', or null when the key is not a presenter key.
 */
export function presenterKey(key: string, current: number, count: number): number | 'exit' | null {
  if (count === 0) return key === 'Escape' ? 'exit' : null;
  switch (key) {
    case 'ArrowRight': case ' ': case 'PageDown': return Math.min(count - 1, current + 1);
    case 'ArrowLeft': case 'PageUp': return Math.max(0, current - 1);
    case 'Home': return 0;
    case 'End': return count - 1;
    case 'Escape': return 'exit';
    default:
      if (/^[1-9]$/.test(key)) return Math.min(count - 1, Number(key) - 1);
      return null;
  }
}
