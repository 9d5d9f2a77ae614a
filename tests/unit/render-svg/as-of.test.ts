/** An as-of date: ties that start later or ended before it are not drawn. */
import { expect, it } from 'vitest';
import { elementsWith, renderScenario } from './helpers.ts';

it('hides the ties that began after the date and keeps those that hold then', async () => {
  // The oil tie runs from 2024; the stabilisation-force tie has no start and ended in 2025-12.
  const { svg } = renderScenario('tests/fixtures/valid-minimal.json', { view: { asOf: '2020' } });
  expect(elementsWith(svg, 'data-edge-id').map((e) => e['data-edge-id']).sort()).toEqual(['ISR>AZE:arms', 'ISR>ISF:diplomatic']);
  const later = renderScenario('tests/fixtures/valid-minimal.json', { view: { asOf: '2026-06' } }).svg;
  expect(elementsWith(later, 'data-edge-id').map((e) => e['data-edge-id']).sort()).toEqual(['AZE>ISR:energy', 'ISR>AZE:arms']);
  await expect(svg).toMatchFileSnapshot('./__snapshots__/as-of.svg');
});
