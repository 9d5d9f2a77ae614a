/** The slide's credit line. */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/types.ts';
import { creditLine } from '../../../src/text/titles.ts';
import { stringsFor } from '../../../src/text/strings.ts';

describe('slide credit line', () => {
  it('credits every source with what is known of it, the base map and the data date', () => {
    const dataset = {
      sources: [
        { id: 'a', title: 'A', publisher: 'OC Media', published: '2025-10' },
        {
          id: 'b',
          title: 'Untitled study',
          publisher: 'unknown',
          published: 'unknown',
          notBefore: '2024-12',
        },
      ],
    } as unknown as Dataset;
    const line = creditLine(
      dataset,
      { dataAsOf: '2025-10', borders: { worldview: 'de-facto', areas: [] } } as never,
      stringsFor('en'),
    );
    expect(line).toBe(
      'Sources: OC Media (Oct 2025); Untitled study (date unknown) · Base map: Natural Earth · Borders: de facto · Data as of Oct 2025',
    );
  });

  it('names the view of borders', () => {
    const dataset = { sources: [] } as unknown as Dataset;
    const line = (worldview: string) =>
      creditLine(
        dataset,
        { dataAsOf: null, borders: { worldview, areas: ['crimea', 'golan'] } } as never,
        stringsFor('en'),
      );
    expect(line('de-facto')).toBe('Sources:  · Base map: Natural Earth · Borders: de facto');
    expect(line('un')).toBe(
      'Sources:  · Base map: Natural Earth · Borders: UN view (Crimea: Ukraine)',
    );
  });
});
