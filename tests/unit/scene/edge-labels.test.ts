/** The scene: edge labels. */
import { describe, expect, it } from 'vitest';
import { edgeLabelText } from '../../../src/scene/edge-labels.ts';
import { tie } from './fixtures.ts';

describe('edge labels', () => {
  const measure = { layer: 'energy', unit: '%', label: 'share', inferred: false, max: 60, tentative: false };
  it('writes the largest figure in the measure, its qualifier and how many more figures the edge holds', () => {
    const label = edgeLabelText([
      tie('a', 'AZE', 'ISR', 'energy', { figure: { value: 55, unit: '% increase' } }),
      tie('b', 'AZE', 'ISR', 'energy', { figure: { value: 60, unit: '%', qualifier: 'over' } }),
      tie('c', 'AZE', 'ISR', 'energy', { figure: { value: 10, unit: '%' } }),
    ], measure);
    expect(label).toEqual({ text: 'over 60% +2', priority: 2 });
  });

  it('falls back to the first figure outside the measure, which gives way before any in it', () => {
    const label = edgeLabelText([tie('a', 'AZE', 'EU', 'energy', { figure: { value: 12, unit: 'bcm/yr' } })], measure);
    expect(label).toEqual({ text: '12 bcm/yr', priority: 0 });
  });

  it('says when the figure is planned or potential', () => {
    const label = edgeLabelText([tie('a', 'AZE', 'EU', 'energy', { status: 'planned', figure: { value: 20, unit: 'bcm/yr' } })], measure);
    expect(label!.text).toBe('20 bcm/yr (planned)');
  });
});
