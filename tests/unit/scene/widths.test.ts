/** The scene: widths: one measure per layer. */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/types.ts';
import { buildScene, sceneBasis } from '../../../src/scene/build-scene.ts';
import {
  MAX_WIDTH,
  MIN_WIDTH,
  NEUTRAL_WIDTH,
  PHONE_MAX_WIDTH,
  UNQUANTIFIED_WIDTH,
  layerMeasures,
  maxStrokeWidth,
  roundBelow,
  widthScale,
} from '../../../src/scene/widths.ts';
import { INITIAL_VIEW } from '../../../src/state/view-state.ts';
import { PLACES, tie, dataset } from './fixtures.ts';

describe('widths: one measure per layer', () => {
  const ties = [
    tie('oil', 'AZE', 'ISR', 'energy', { figure: { value: 40, unit: '%' } }),
    tie('oil2', 'AZE', 'ISR', 'energy', { figure: { value: 10, unit: '%' } }),
    tie('gas', 'AZE', 'ARM', 'energy', { figure: { value: 2, unit: 'bcm' } }),
    tie('arms', 'ISR', 'AZE', 'arms', { figure: { value: 60, upper: 69, unit: '%' } }),
    tie('tiny', 'IRN', 'AZE', 'arms', { figure: { value: 0.1, unit: '%' } }),
  ];
  const measured = (layers: Dataset['layers']) => ({ ...dataset(ties), layers });
  const declared = measured([
    { id: 'energy', label: 'Energy', measure: { unit: '%', label: 'share of supply' } },
    { id: 'arms', label: 'Arms', measure: { unit: '%', label: 'share of imports' } },
    { id: 'diplomatic', label: 'Diplomatic' },
  ]);
  const scale = widthScale(layerMeasures(declared));

  it("scales figures in the layer's measure linearly from zero, a range at its upper end", () => {
    expect(scale('energy', '%', 40)).toBe(MAX_WIDTH);
    expect(scale('energy', '%', 10)).toBe(MAX_WIDTH / 4);
    expect(scale('arms', '%', 69)).toBe(MAX_WIDTH);
    expect(scale('arms', '%', 40)).toBeCloseTo((MAX_WIDTH * 40) / 69);
  });

  it('draws every figure outside the measure at the neutral width, however large', () => {
    // Before: each unit had its own maximum, so "2 bcm" was drawn as wide as "40%".
    expect(scale('energy', 'bcm', 2)).toBe(NEUTRAL_WIDTH);
    const scene = buildScene(sceneBasis(declared, PLACES), INITIAL_VIEW);
    expect(scene.edges.find((e) => e.id === 'AZE>ARM:energy')).toMatchObject({
      width: NEUTRAL_WIDTH,
      quantified: true,
      label: { text: '2 bcm' },
    });
  });

  it('infers the measure from the unit most figures carry, ties broken by the largest total', () => {
    const inferred = layerMeasures(
      measured([
        { id: 'energy', label: 'Energy' },
        { id: 'arms', label: 'Arms' },
        { id: 'diplomatic', label: 'Diplomatic' },
      ]),
    );
    expect(inferred.get('energy')).toMatchObject({ unit: '%', inferred: true, max: 40 });
    const tied = layerMeasures({
      layers: [{ id: 'x', label: 'X' }],
      ties: [
        tie('a', 'AZE', 'ISR', 'x', { figure: { value: 5, unit: 'bcm' } }),
        tie('b', 'AZE', 'ISR', 'x', { figure: { value: 900, unit: 'US$ m' } }),
      ],
    });
    expect(tied.get('x')!.unit).toBe('US$ m');
    expect(layerMeasures({ layers: [{ id: 'x', label: 'X' }], ties: [] }).has('x')).toBe(false);
  });

  it('keeps tiny figures visible', () => {
    expect(scale('arms', '%', 0.1)).toBe(MIN_WIDTH);
  });

  it('narrows the widest stroke on a narrow map', () => {
    expect(maxStrokeWidth(1280)).toBe(MAX_WIDTH);
    expect(maxStrokeWidth(400)).toBe(PHONE_MAX_WIDTH);
    const phone = buildScene(sceneBasis(declared, PLACES), INITIAL_VIEW, 400);
    expect(phone.edges.find((e) => e.id === 'ISR>AZE:arms')!.width).toBe(PHONE_MAX_WIDTH);
    expect(phone.legend.widths.find((w) => w.layer === 'arms')!.samples[0]!.width).toBe(
      PHONE_MAX_WIDTH,
    );
  });

  it('draws a merged edge at its largest figure in the measure, and an unquantified edge thin and dashed', () => {
    const scene = buildScene(sceneBasis(declared, PLACES), INITIAL_VIEW);
    const oil = scene.edges.find((e) => e.id === 'AZE>ISR:energy')!;
    expect(oil.width).toBe(MAX_WIDTH);
    expect(oil.label).toMatchObject({ text: '40% +1' });
    const talks = buildScene(
      sceneBasis(dataset([tie('talks', 'AZE', 'ARM', 'diplomatic')]), PLACES),
      INITIAL_VIEW,
    ).edges[0]!;
    expect(talks.quantified).toBe(false);
    expect(talks.width).toBe(UNQUANTIFIED_WIDTH);
    expect(talks.label).toBeNull();
  });

  it("keys one width per layer in the legend: the measure's label and two reference strokes", () => {
    const legend = buildScene(sceneBasis(declared, PLACES), INITIAL_VIEW).legend;
    expect(
      legend.widths.map((w) => [
        w.layer,
        w.unit,
        w.label,
        w.inferred,
        w.samples.map((s) => s.value),
      ]),
    ).toEqual([
      ['energy', '%', 'share of supply', false, [40, 20]],
      ['arms', '%', 'share of imports', false, [69, 20]],
    ]);
  });

  it('stays finite and within MIN_WIDTH…MAX_WIDTH for figures near Number.MAX_VALUE', () => {
    // MAX_WIDTH * 1e308 overflowed to Infinity: the edge vanished and the legend asked for an SVG height of Infinity.
    const one = (value: number) =>
      layerMeasures({
        layers: [{ id: 'energy', label: 'E' }],
        ties: [tie('big', 'AZE', 'ISR', 'energy', { figure: { value, unit: 'US$' } })],
      });
    const huge = widthScale(one(1e308));
    expect(huge('energy', 'US$', 1e308)).toBe(MAX_WIDTH);
    expect(huge('energy', 'US$', 5e307)).toBe(MAX_WIDTH / 2);
    const infinite = widthScale(one(Infinity));
    for (const value of [Infinity, 1, Number.NaN]) {
      expect(infinite('energy', 'US$', value)).toBeGreaterThanOrEqual(MIN_WIDTH);
      expect(infinite('energy', 'US$', value)).toBeLessThanOrEqual(MAX_WIDTH);
    }
  });

  describe('one measure counts one kind of quantity', () => {
    const troops = {
      id: 'diplomatic',
      label: 'Diplomatic',
      measure: { unit: 'troops', label: 'troops deployed' },
    };
    const mixed = {
      ...dataset([
        tie('deployed', 'AZE', 'USA', 'diplomatic', {
          figure: { value: 1500, unit: 'troops', qualifier: 'over' },
        }),
        tie('offer', 'ISR', 'ARM', 'diplomatic', {
          status: 'potential',
          figure: { value: 20000, unit: 'troops', qualifier: 'prepared to dispatch' },
        }),
      ]),
      layers: [troops],
    };

    it('lets no potential or planned figure set the scale of figures in force: it draws neutral, its figure written', () => {
      // Before: the offer of 20,000 set the scale, so 1,500 deployed drew at the 1.5 px floor,
      // thinner than a figure outside the measure, and the offer at the full width.
      const scene = buildScene(sceneBasis(mixed, PLACES), INITIAL_VIEW);
      expect(scene.edges.find((e) => e.id === 'AZE>USA:diplomatic')!.width).toBe(MAX_WIDTH);
      expect(scene.edges.find((e) => e.id === 'ISR>ARM:diplomatic')).toMatchObject({
        width: NEUTRAL_WIDTH,
        label: { text: 'prepared to dispatch 20,000 troops (potential)' },
      });
      const [key] = scene.legend.widths;
      expect(key).toMatchObject({ label: 'troops deployed', tentative: false });
      expect(key!.samples.map((sample) => [sample.value, sample.width])).toEqual([
        [1500, MAX_WIDTH],
        [500, expect.closeTo(MAX_WIDTH / 3)],
      ]);
    });

    it('scales a layer whose measured figures are all planned or potential by those alone, and says so', () => {
      const targets = {
        ...dataset([
          tie('a', 'AZE', 'ISR', 'energy', {
            status: 'planned',
            figure: { value: 20, unit: 'bcm' },
          }),
          tie('b', 'AZE', 'ARM', 'energy', {
            status: 'potential',
            figure: { value: 5, unit: 'bcm' },
          }),
        ]),
        layers: [
          { id: 'energy', label: 'Energy', measure: { unit: 'bcm', label: 'gas export targets' } },
        ],
      };
      const scene = buildScene(sceneBasis(targets, PLACES), INITIAL_VIEW);
      expect(scene.edges.map((e) => e.width)).toEqual([MAX_WIDTH, MAX_WIDTH / 4]);
      expect(scene.legend.widths[0]).toMatchObject({
        tentative: true,
        samples: [
          { value: 20, width: MAX_WIDTH },
          { value: 10, width: MAX_WIDTH / 2 },
        ],
      });
    });
  });

  it('offers a round reference value below the maximum for the legend', () => {
    expect(roundBelow(69)).toBe(20);
    expect(roundBelow(1.6)).toBe(0.5);
    expect(roundBelow(40)).toBe(20);
  });
});
