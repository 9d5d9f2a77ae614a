/** The timeline's stops. */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/types.ts';
import { stopIndexOf, timelineStops } from '../../../src/state/timeline-stops.ts';

describe('timeline stops', () => {
  it('lists each distinct start date once, in time order, whatever the precision', () => {
    const tie = (id: string, from?: string) => ({ id, from, when: from ? { from } : undefined });
    const dataset = { ties: [tie('a', '2024'), tie('b', '2022-10'), tie('c'), tie('d', '2022'), tie('e', '2024')] } as unknown as Dataset;
    expect(timelineStops(dataset)).toEqual(['2022', '2022-10', '2024']);
  });

  it('puts the slider at the last stop on or before an as-of date between stops, not at the first', () => {
    const stops = ['1992', '2016', '2022-10', '2024', '2025-03'];
    expect(stopIndexOf(stops, '2024-02-29')).toBe(3);
    expect(stopIndexOf(stops, '2023-06-01')).toBe(2);
    expect(stopIndexOf(stops, '2022-10')).toBe(2);
    expect(stopIndexOf(stops, '1990')).toBe(0);
    expect(stopIndexOf(stops, '2030')).toBe(4);
    expect(stopIndexOf(stops, null)).toBe(5);
  });
});
