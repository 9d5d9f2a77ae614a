/** The timeline's stops. */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/types.ts';
import { timelineStops } from '../../../src/state/timeline-stops.ts';

describe('timeline stops', () => {
  it('lists each distinct start date once, in time order, whatever the precision', () => {
    const tie = (id: string, from?: string) => ({ id, from, when: from ? { from } : undefined });
    const dataset = { ties: [tie('a', '2024'), tie('b', '2022-10'), tie('c'), tie('d', '2022'), tie('e', '2024')] } as unknown as Dataset;
    expect(timelineStops(dataset)).toEqual(['2022', '2022-10', '2024']);
  });
});
