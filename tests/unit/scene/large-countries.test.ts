/** The scene: large countries. */
import { describe, expect, it } from 'vitest';
import { layoutAnchors, type PlaceIndex } from '../../../src/scene/anchors.ts';
import { PLACES, dataset } from './fixtures.ts';

describe('large countries', () => {
  it('anchors a large country at its inner point nearest the region, not at its far label', () => {
    const places: PlaceIndex = {
      ...PLACES,
      RUS: {
        name: 'Russia',
        label: [107.8, 61.9],
        inner: [
          [42.5, 47.5],
          [107.5, 62.5],
          [82.5, 52.5],
        ],
      },
    };
    const actors = [
      ...dataset([]).actors.filter((a) => a.id !== 'USA'),
      { id: 'RUS', name: 'Russia', kind: 'country' as const },
    ];
    const rus = layoutAnchors(actors, places).anchors.get('RUS')!;
    expect(rus.distant).toBeNull();
    expect(rus.anchor).toEqual([42.5, 47.5]);
  });
});
