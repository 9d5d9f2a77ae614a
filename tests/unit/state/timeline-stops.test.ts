/** The timeline's stops. */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/types.ts';
import { stopIndexOf, timelineStops } from '../../../src/state/timeline-stops.ts';

describe('timeline stops', () => {
  const sources = [
    { id: 'oct', published: '2025-10' },
    { id: 'undated', published: 'unknown', notBefore: '2024-12' },
    { id: 'never', published: 'unknown' },
  ];
  const tie = (id: string, from?: string, ...cited: string[]) => ({
    id,
    when: from ? { from } : undefined,
    evidence: cited.map((source) => ({ source })),
  });

  it('lists each distinct start date once, in time order, whatever the precision', () => {
    const dataset = {
      sources,
      ties: [tie('a', '2024'), tie('b', '2022-10'), tie('c'), tie('d', '2022'), tie('e', '2024')],
    } as unknown as Dataset;
    expect(timelineStops(dataset)).toEqual(['2022', '2022-10', '2024']);
  });

  it('stops where an undated tie starts to show: its earliest dated source', () => {
    const dataset = {
      sources,
      ties: [
        tie('a', '2024'),
        tie('b', undefined, 'oct', 'undated'),
        tie('c', undefined, 'oct'),
        tie('d', undefined, 'never'),
      ],
    } as unknown as Dataset;
    expect(timelineStops(dataset)).toEqual(['2024', '2024-12', '2025-10']);
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
