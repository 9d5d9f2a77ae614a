/**
 * Actor totals (scene/actor-totals.ts): what an actor supplies and receives in each layer's
 * measure, over the ties in view. One measure per layer, never a sum across units; ties without a
 * figure in the measure counted apart; shares (%) never summed.
 */
import { describe, expect, it } from 'vitest';
import { sipriLikeDataset } from '../../../bench/sipri-like.ts';
import { layerMeasures } from '../../../src/data/measures.ts';
import { places } from '../../../src/geo/places.ts';
import { actorTotals, TOTAL_RADIUS_MAX } from '../../../src/scene/actor-totals.ts';
import { staticSvg } from '../../../src/render/svg/static-svg.ts';
import { parseDataset } from '../../../src/data/index.ts';
import { world } from './placement.ts';
import { readFileSync } from 'node:fs';
import { buildScene, sceneBasis } from '../../../src/scene/build-scene.ts';
import { derive } from '../../../src/scene/derive.ts';
import { INITIAL_VIEW } from '../../../src/state/view-state.ts';
import { dataset, tie } from './fixtures.ts';

describe('actor totals', () => {
  it("sums figures in the layer's measure out of and into an actor, and counts its other ties apart", () => {
    const data = dataset([
      tie('a', 'ISR', 'AZE', 'arms', { figure: { value: 100, unit: 'US$ m' } }),
      tie('b', 'ISR', 'ARM', 'arms', { figure: { value: 20, upper: 30, unit: 'US$ m' } }),
      tie('c', 'USA', 'ISR', 'arms', { figure: { value: 3000, unit: 'US$ m' } }),
      // Another unit: a count of drones is not dollars, so it is counted, not added.
      tie('d', 'ISR', 'AZE', 'arms', { figure: { value: 12, unit: 'drones' } }),
      // A planned figure beside figures in force never adds to them.
      tie('e', 'ISR', 'IRN', 'arms', { figure: { value: 500, unit: 'US$ m' }, status: 'planned' }),
      tie('f', 'ISR', 'USA', 'arms'),
      // Shares of different wholes: no total.
      tie('g', 'AZE', 'ISR', 'energy', { figure: { value: 40, unit: '%' } }),
    ]);
    const totals = actorTotals(data.ties, layerMeasures(data));
    expect(totals.get('ISR')).toEqual([
      {
        layer: 'arms',
        unit: 'US$ m',
        out: { low: 120, high: 130, ties: 2 },
        in: { low: 3000, high: 3000, ties: 1 },
        apart: 3,
      },
    ]);
    expect(totals.get('AZE')).toEqual([
      {
        layer: 'arms',
        unit: 'US$ m',
        out: { low: 0, high: 0, ties: 0 },
        in: { low: 100, high: 100, ties: 1 },
        apart: 1,
      },
    ]);
  });

  it('follows the view: a hidden layer or a filtered tie adds nothing', () => {
    const data = dataset([
      tie('a', 'ISR', 'AZE', 'arms', { figure: { value: 100, unit: 'US$ m' } }),
      tie('b', 'ISR', 'ARM', 'arms', { figure: { value: 5, unit: 'US$ m' } }),
    ]);
    const basis = sceneBasis(data, places);
    expect(derive(basis, INITIAL_VIEW).totals.get('ISR')?.[0]?.out).toEqual({
      low: 105,
      high: 105,
      ties: 2,
    });
    expect(
      derive(basis, { ...INITIAL_VIEW, filter: { ...INITIAL_VIEW.filter, min: 50 } }).totals.get(
        'ISR',
      )?.[0]?.out,
    ).toEqual({ low: 100, high: 100, ties: 1 });
    expect(
      derive(basis, { ...INITIAL_VIEW, layers: new Set(['energy']) }).totals.get('ISR'),
    ).toBeUndefined();
  });

  it("on the 636-tie register, each supplier's total out is the sum of its deliveries in TIV m", () => {
    const register = sipriLikeDataset();
    const totals = actorTotals(register.ties, layerMeasures(register));
    const usa = register.ties.filter((t) => t.from === 'USA');
    const arms = totals.get('USA')?.find((t) => t.layer === 'arms');
    expect(arms?.unit).toBe('TIV m');
    expect(arms?.out.ties).toBe(usa.length);
    expect(arms?.out.low).toBeCloseTo(
      usa.reduce((n, t) => n + (t.figure?.value ?? 0), 0),
      6,
    );
  });

  it("on a register, each actor's circle grows with its total (area in proportion) and the legend says what it shows; the shipped map has none", () => {
    const register = sipriLikeDataset();
    const scene = buildScene(sceneBasis(register, places), INITIAL_VIEW, 1280, 720);
    const sized = scene.actors.filter((a) => a.total);
    expect(sized.length).toBeGreaterThan(100);
    const biggest = sized.reduce((a, b) => (a.total!.value >= b.total!.value ? a : b));
    expect(biggest.total!.radius).toBe(TOTAL_RADIUS_MAX);
    const other = sized.find((a) => a.total!.value < biggest.total!.value / 4)!;
    expect(other.total!.radius / TOTAL_RADIUS_MAX).toBeCloseTo(
      Math.sqrt(other.total!.value / biggest.total!.value),
      6,
    );
    expect(scene.legend.totals).toMatchObject({ layer: 'arms', unit: 'TIV m' });
    const picture = staticSvg({
      dataset: register,
      countries: world,
      view: INITIAL_VIEW,
      width: 1280,
      height: 720,
      theme: 'light',
    });
    expect(picture.svg.match(/data-total-for=/g)).toHaveLength(sized.length);
    expect(picture.svg).toContain('Arms total, out and in, in the measure (largest ');

    const shipped = parseDataset(
      readFileSync(new URL('../../../data/azerbaijan-israel-usa.json', import.meta.url), 'utf8'),
    ).dataset!;
    const shippedScene = buildScene(sceneBasis(shipped, places), INITIAL_VIEW, 1280, 720);
    expect(shippedScene.actors.some((a) => a.total)).toBe(false);
    expect(shippedScene.legend.totals).toBeUndefined();
  });
});
