/** The dark theme: the base map, halos and text take the dark palette, arms the lighter blue. */
import { expect, it } from 'vitest';
import { THEMES } from '../../../src/render/themes.ts';
import { elementsWith, renderScenario } from './helpers.ts';

it('draws with the dark palette', async () => {
  const { svg } = renderScenario('tests/fixtures/valid-minimal.json', { theme: 'dark' });
  const dark = THEMES.dark.palette;
  expect(elementsWith(svg, 'class').find((e) => e['class'] === 'sea')!['fill']).toBe(dark.sea);
  expect(elementsWith(svg, 'class').find((e) => e['class'] === 'halos')!['stroke']).toBe(dark.halo);
  expect(
    elementsWith(svg, 'data-edge-id').find((e) => e['data-edge-id'] === 'ISR>AZE:arms')!['stroke'],
  ).toBe('#56B4E9');
  expect(svg).not.toContain(THEMES.light.palette.sea);
  await expect(svg).toMatchFileSnapshot('./__snapshots__/dark-theme.svg');
});
