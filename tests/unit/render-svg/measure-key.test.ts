/** The legend says what the widths count, in the picture the render CLI writes. */
import { expect, it } from 'vitest';
import { staticSvg } from '../../../src/render/svg/static-svg.ts';
import { INITIAL_VIEW } from '../../../src/state/view-state.ts';
import { countriesOf, elementsWith, loadDataset } from './helpers.ts';

const gas = loadDataset('tests/fixtures/valid-minimal.json');
const picture = (status: 'stated' | 'planned') => {
  const dataset = structuredClone(gas);
  dataset.layers = [
    { id: 'energy', label: 'Energy', measure: { unit: '%', label: 'share of the oil supply' } },
    ...dataset.layers.filter((l) => l.id !== 'energy'),
  ];
  dataset.ties = dataset.ties.map((t) => (t.layer === 'energy' ? { ...t, status } : t));
  return staticSvg({
    dataset,
    countries: countriesOf(['AZE', 'ISR']),
    view: INITIAL_VIEW,
    width: 900,
    height: 560,
    theme: 'light',
  }).svg;
};

it('names the measure in the width key, and says when planned or potential figures set it', () => {
  expect(picture('stated')).toContain('Energy: share of the oil supply (%)<');
  // A layer whose measured figures are all planned is scaled by them, and its key says so.
  expect(picture('planned')).toContain(
    'Energy: share of the oil supply (%), planned or potential figures<',
  );
  const widths = (svg: string) =>
    elementsWith(svg, 'data-edge-id')
      .filter((e) => e['data-edge-id'] === 'AZE>ISR:energy')
      .map((e) => Number(e['stroke-width']));
  expect(widths(picture('planned'))).toEqual(widths(picture('stated')));
});
