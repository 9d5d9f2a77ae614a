/** One visible layer: only its edges are drawn and the legend lists only it. */
import { expect, it } from 'vitest';
import { elementsWith, renderScenario } from './helpers.ts';

it('draws only the visible layer and says so in the legend', async () => {
  const { svg } = renderScenario('tests/fixtures/valid-minimal.json', {
    view: { layers: new Set(['arms']) },
  });
  expect(elementsWith(svg, 'data-edge-id').map((e) => e['data-edge-id'])).toEqual(['ISR>AZE:arms']);
  expect(svg).toContain('>Arms (1)</text>');
  expect(svg).not.toContain('Energy (');
  await expect(svg).toMatchFileSnapshot('./__snapshots__/one-layer.svg');
});
