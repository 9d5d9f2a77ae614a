/** An as-of date: ties that start later or ended before it are not drawn. */
import { expect, it } from 'vitest';
import { elementsWith, renderScenario } from './helpers.ts';

const edgesAt = (asOf: string) =>
  elementsWith(
    renderScenario('tests/fixtures/valid-minimal.json', { view: { asOf } }).svg,
    'data-edge-id',
  )
    .map((e) => e['data-edge-id'])
    .sort();

it('hides the ties that began after the date and keeps those that hold then', async () => {
  // The oil tie runs from 2024; the stabilisation-force tie has no start, so it shows once its
  // earliest source was published (not before 2024), and it ended in 2025-12.
  const { svg } = renderScenario('tests/fixtures/valid-minimal.json', { view: { asOf: '2020' } });
  expect(
    elementsWith(svg, 'data-edge-id')
      .map((e) => e['data-edge-id'])
      .sort(),
  ).toEqual(['ISR>AZE:arms']);
  expect(edgesAt('2025-06')).toEqual(['AZE>ISR:energy', 'ISR>AZE:arms', 'ISR>ISF:diplomatic']);
  expect(edgesAt('2026-06')).toEqual(['AZE>ISR:energy', 'ISR>AZE:arms']);
  await expect(svg).toMatchFileSnapshot('./__snapshots__/as-of.svg');
});
