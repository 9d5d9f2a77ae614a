/** A focused actor: its shape in the focus colour, edges away from it dimmed, never hidden. */
import { expect, it } from 'vitest';
import { THEMES } from '../../../src/render/themes.ts';
import { elementsWith, renderScenario } from './helpers.ts';

it('colours the focused country and dims the edges and labels outside the focus', async () => {
  const { svg } = renderScenario('tests/fixtures/valid-minimal.json', { view: { focus: 'AZE' } });
  const shapes = Object.fromEntries(
    elementsWith(svg, 'data-shape-id').map((s) => [s['data-shape-id'], s['fill']]),
  );
  expect(shapes['AZE']).toBe(THEMES.light.palette.focusLand);
  expect(shapes['ISR']).toBe(THEMES.light.palette.actorLand);
  const edges = Object.fromEntries(
    elementsWith(svg, 'data-edge-id').map((e) => [e['data-edge-id'], e]),
  );
  expect(Object.keys(edges).sort()).toEqual([
    'AZE>ISR:energy',
    'ISR>AZE:arms',
    'ISR>ISF:diplomatic',
  ]);
  expect(edges['ISR>ISF:diplomatic']!['opacity']).toBe('0.15');
  expect(edges['ISR>AZE:arms']!['opacity']).toBeUndefined();
  const labels = Object.fromEntries(
    elementsWith(svg, 'data-label-for').map((l) => [l['data-label-for'], l['opacity']]),
  );
  expect(labels).toEqual({ AZE: undefined, ISR: undefined, ISF: '0.65' });
  await expect(svg).toMatchFileSnapshot('./__snapshots__/focus.svg');
});
