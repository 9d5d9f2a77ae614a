import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/types.ts';
import { presenterKey } from '../../src/components/presenter.ts';
import { timelineStops } from '../../src/state/timeline-stops.ts';
import { readUrlView, writeUrlView } from '../../src/components/url-state.ts';
import { creditLine } from '../../src/components/export-png.ts';
import { stringsFor } from '../../src/components/strings.ts';

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

describe('URL hash state', () => {
  it('round-trips a view under the element id and keeps other keys', () => {
    const view = { layers: 'energy arms', focus: 'AZE', asOf: '2024-06', scene: null, edge: 'ISR>AZE:arms' };
    const hash = writeUrlView('#page=intro&b.focus=IRN', 'a', view);
    expect(hash).toContain('page=intro');
    expect(hash).toContain('b.focus=IRN');
    expect(readUrlView(hash, 'a')).toEqual(view);
    expect(readUrlView(hash, 'b')).toEqual({ layers: null, focus: 'IRN', asOf: null, scene: null, edge: null });
  });

  it('drops keys that are cleared', () => {
    const hash = writeUrlView('#a.focus=AZE&a.asof=2024', 'a', { layers: null, focus: null, asOf: '2024', scene: null, edge: null });
    expect(hash).toBe('#a.asof=2024');
    expect(writeUrlView(hash, 'a', { layers: null, focus: null, asOf: null, scene: null, edge: null })).toBe('');
  });
});

describe('timeline stops', () => {
  it('lists each distinct start date once, in time order, whatever the precision', () => {
    const tie = (id: string, from?: string) => ({ id, from, when: from ? { from } : undefined });
    const dataset = { ties: [tie('a', '2024'), tie('b', '2022-10'), tie('c'), tie('d', '2022'), tie('e', '2024')] } as unknown as Dataset;
    expect(timelineStops(dataset)).toEqual(['2022', '2022-10', '2024']);
  });
});

describe('slide credit line', () => {
  it('credits every source with what is known of it, the base map and the data date', () => {
    const dataset = {
      sources: [
        { id: 'a', title: 'A', publisher: 'OC Media', published: '2025-10' },
        { id: 'b', title: 'Untitled study', publisher: 'unknown', published: 'unknown', notBefore: '2024-12' },
      ],
    } as unknown as Dataset;
    const line = creditLine(dataset, { dataAsOf: '2025-10' } as never, stringsFor('en'));
    expect(line).toBe('Sources: OC Media (Oct 2025); Untitled study (date unknown) · Base map: Natural Earth · Data as of Oct 2025');
  });
});
