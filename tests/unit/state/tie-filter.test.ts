/**
 * The reader's filters (status, stance, source, direction relative to the focus, minimum figure in
 * the layer's measure): they hide ties from the scene, the table and the layer counts, go through
 * the one reducer and spell back as the attributes and the URL spell them.
 */
import { describe, expect, it } from 'vitest';
import { derive } from '../../../src/scene/derive.ts';
import { INITIAL_VIEW, reduce, spell, UNSPELLED, type Action } from '../../../src/state/reduce.ts';
import { unusableFilterWords, type FilterName } from '../../../src/state/tie-filter.ts';
import { visibleTies, type ViewState } from '../../../src/state/view-state.ts';
import { sceneBasis } from '../../../src/scene/build-scene.ts';
import { dataset, PLACES, tie } from '../scene/fixtures.ts';

const data = dataset([
  tie('aze-isr-oil', 'AZE', 'ISR', 'energy', { figure: { value: 40, unit: '%' } }),
  tie('aze-isr-gas', 'AZE', 'ISR', 'energy', {
    figure: { value: 5, unit: '%' },
    status: 'planned',
  }),
  tie('aze-isr-bcm', 'AZE', 'ISR', 'energy', { figure: { value: 900, unit: 'bcm' } }),
  tie('isr-aze-arms', 'ISR', 'AZE', 'arms', {
    figure: { value: 69, unit: '%' },
    status: 'reported',
  }),
  tie('usa-irn-sanctions', 'USA', 'IRN', 'diplomatic', {
    stance: 'adversarial',
    evidence: [{ source: 'other', quote: 'q' }],
  }),
  tie('irn-arm', 'IRN', 'ARM', 'diplomatic'),
]);
data.sources = [...data.sources, { id: 'other', title: 'O', publisher: 'P', published: '2025-01' }];

const run = (actions: Action[], start: ViewState = INITIAL_VIEW) =>
  actions.reduce((s, a) => reduce(s, a, data), start);
const shown = (state: ViewState) => visibleTies(data, state).map((t) => t.id);
const filtered = (name: FilterName, value: string, start?: ViewState) =>
  run([{ type: 'set-filter', name, value }], start);

describe('tie filters', () => {
  it('status keeps only the listed statuses (an unlisted tie counts as stated)', () => {
    expect(shown(filtered('status', 'planned reported'))).toEqual(['aze-isr-gas', 'isr-aze-arms']);
    expect(shown(filtered('status', 'stated'))).toEqual([
      'aze-isr-oil',
      'aze-isr-bcm',
      'usa-irn-sanctions',
      'irn-arm',
    ]);
  });

  it('stance and source hide the other ties', () => {
    expect(shown(filtered('stance', 'adversarial'))).toEqual(['usa-irn-sanctions']);
    expect(shown(filtered('source', 'other'))).toEqual(['usa-irn-sanctions']);
  });

  it('direction is relative to the focused actor and hides nothing without one', () => {
    const focused = run([{ type: 'set-focus', actor: 'AZE' }]);
    expect(shown(filtered('direction', 'out', focused))).toEqual([
      'aze-isr-oil',
      'aze-isr-gas',
      'aze-isr-bcm',
    ]);
    expect(shown(filtered('direction', 'in', focused))).toEqual(['isr-aze-arms']);
    expect(shown(filtered('direction', 'both', focused))).toEqual([
      'aze-isr-oil',
      'aze-isr-gas',
      'aze-isr-bcm',
      'isr-aze-arms',
    ]);
    expect(shown(filtered('direction', 'out'))).toHaveLength(6);
  });

  it("min compares figures in each layer's own measure; figures in another unit and ties without one are hidden", () => {
    // Energy's measure is % (two of its three figures); 900 bcm is not in it.
    expect(shown(filtered('min', '10'))).toEqual(['aze-isr-oil', 'isr-aze-arms']);
    expect(shown(filtered('min', '50'))).toEqual(['isr-aze-arms']);
  });

  it("the scene, the table's ties and the layer counts follow the filters", () => {
    const basis = sceneBasis(data, PLACES);
    const d = derive(basis, filtered('stance', 'adversarial'));
    expect(d.visible.map((t) => t.id)).toEqual(['usa-irn-sanctions']);
    expect(d.scene.edges.map((e) => e.id)).toEqual(['USA>IRN:diplomatic']);
    expect(Object.fromEntries(d.countsAtDate)).toEqual({ diplomatic: 1 });
    expect(Object.fromEntries(derive(basis, INITIAL_VIEW).countsAtDate)).toEqual({
      energy: 3,
      arms: 1,
      diplomatic: 2,
    });
  });

  it('spells as the attributes and the URL do, and comes back from a URL restore', () => {
    const state = run([
      { type: 'set-filter', name: 'status', value: 'reported,stated' },
      { type: 'set-filter', name: 'min', value: '20' },
    ]);
    expect(spell(state)).toEqual({ ...UNSPELLED, status: 'stated reported', min: '20' });
    const restored = run(
      [
        {
          type: 'restore-url',
          hash: { ...UNSPELLED, stance: 'adversarial', min: '' },
          authored: spell(state),
        },
      ],
      state,
    );
    expect(spell(restored)).toEqual({
      ...UNSPELLED,
      status: 'stated reported',
      stance: 'adversarial',
    });
  });

  it('a value it cannot use filters nothing and is named for the warning', () => {
    expect(shown(filtered('min', 'lots'))).toHaveLength(6);
    expect(unusableFilterWords('min', 'lots')).toEqual(['lots']);
    expect(unusableFilterWords('status', 'stated rumoured')).toEqual(['rumoured']);
    expect(unusableFilterWords('direction', 'sideways')).toEqual(['sideways']);
    expect(unusableFilterWords('min', '0')).toEqual([]);
  });
});
