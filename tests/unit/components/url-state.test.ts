/** The view in the location hash, namespaced by element id. */
import { describe, expect, it } from 'vitest';
import { readUrlView, writeUrlView } from '../../../src/components/url-state.ts';

describe('URL hash state', () => {
  it('round-trips a view under the element id and keeps other keys', () => {
    const view = { layers: 'energy arms', focus: 'AZE', asOf: '2024-06', scene: null, edge: 'ISR>AZE:arms', worldview: 'un' };
    const hash = writeUrlView('#page=intro&b.focus=IRN', 'a', view);
    expect(hash).toContain('page=intro');
    expect(hash).toContain('b.focus=IRN');
    expect(readUrlView(hash, 'a')).toEqual(view);
    expect(readUrlView(hash, 'b')).toEqual({ layers: null, focus: 'IRN', asOf: null, scene: null, edge: null, worldview: null });
  });

  it('drops keys that are cleared', () => {
    const hash = writeUrlView('#a.focus=AZE&a.asof=2024', 'a', { layers: null, focus: null, asOf: '2024', scene: null, edge: null, worldview: null });
    expect(hash).toBe('#a.asof=2024');
    expect(writeUrlView(hash, 'a', { layers: null, focus: null, asOf: null, scene: null, edge: null, worldview: null })).toBe('');
  });
});
