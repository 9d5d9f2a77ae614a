/** Presenter keys, as presentation clickers send them. */
import { describe, expect, it } from 'vitest';
import { presenterKey } from '../../../src/components/internal/presenter.ts';

describe('presenter keys', () => {
  it('steps with the keys presentation clickers send, within bounds', () => {
    for (const key of ['ArrowRight', ' ', 'PageDown']) expect(presenterKey(key, 2, 6)).toBe(3);
    for (const key of ['ArrowLeft', 'PageUp']) expect(presenterKey(key, 2, 6)).toBe(1);
    expect(presenterKey('ArrowRight', 5, 6)).toBe(5);
    expect(presenterKey('ArrowLeft', 0, 6)).toBe(0);
    expect(presenterKey('Home', 4, 6)).toBe(0);
    expect(presenterKey('End', 1, 6)).toBe(5);
    expect(presenterKey('3', 0, 6)).toBe(2);
    expect(presenterKey('9', 0, 6)).toBe(5);
    expect(presenterKey('Escape', 3, 6)).toBe('exit');
    expect(presenterKey('a', 3, 6)).toBeNull();
    expect(presenterKey('0', 3, 6)).toBeNull();
  });
});
