/** The scene: Mercator helpers. */
import { describe, expect, it } from 'vitest';
import { fromMercator, toMercator } from '../../../src/scene/mercator.ts';
import { round } from './fixtures.ts';

describe('Mercator helpers', () => {
  it('round-trips points', () => {
    for (const p of [
      [0, 0],
      [47.7, 40.3],
      [-99, 39.5],
      [34.4, -31.4],
    ] as [number, number][]) {
      expect(round(fromMercator(toMercator(p)))).toEqual(round(p));
    }
  });
});
