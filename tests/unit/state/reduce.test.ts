/** The view reducer: every transition, and how steps, attributes and the URL interact. */
import { describe, expect, it } from 'vitest';
import raw from '../../fixtures/valid-minimal.json';
import { parseDataset } from '../../../src/data/index.ts';
import type { Dataset } from '../../../src/data/types.ts';
import {
  INITIAL_VIEW,
  reduce,
  sceneViewOf,
  spell,
  UNSPELLED,
  type Action,
  type SpelledView,
} from '../../../src/state/reduce.ts';
import type { ViewState } from '../../../src/state/view-state.ts';

const model: Dataset = {
  ...parseDataset(raw).dataset!,
  scenes: [
    ...parseDataset(raw).dataset!.scenes,
    { id: 'all-energy', title: 'Energy', layers: ['energy'], ties: ['aze-isr-oil'] },
  ],
};
const run = (actions: Action[], start: ViewState = INITIAL_VIEW) =>
  actions.reduce((s, a) => reduce(s, a, model), start);
const NONE: SpelledView = UNSPELLED;
const restore = (hash: Partial<SpelledView>, authored: Partial<SpelledView> = {}): Action => ({
  type: 'restore-url',
  hash: { ...NONE, ...hash },
  authored: { ...NONE, ...authored },
});
const ARMS_EDGE = 'ISR>AZE:arms';

describe('single transitions', () => {
  it("toggling a layer hides it, in the dataset's order; toggling it back shows every layer", () => {
    const hidden = run([{ type: 'toggle-layer', layer: 'arms' }]);
    expect(spell(hidden).layers).toBe('energy diplomatic');
    expect(run([{ type: 'toggle-layer', layer: 'arms' }], hidden).layers).toBeNull();
  });

  it('the layers attribute keeps ids the dataset lacks (they are reported, not dropped)', () => {
    expect([...run([{ type: 'attribute', name: 'layers', value: 'ENERGY arms' }]).layers!]).toEqual(
      ['ENERGY', 'arms'],
    );
  });

  it('a step sets layers, focus, as-of, highlighted ties and asks for its camera', () => {
    const s = run([{ type: 'go-to-step', index: 0 }]);
    expect(spell(s)).toEqual({
      ...NONE,
      layers: 'arms',
      focus: 'AZE',
      asOf: '2024-12-31',
      scene: 'arms',
    });
    expect([...s.highlight]).toEqual(['isr-aze-arms']);
    expect(s.camera).toEqual({
      bounds: [
        [26, 25],
        [52, 44],
      ],
      seq: 1,
    });
  });

  it('a step without a camera asks for the default frame', () => {
    const s = run([{ type: 'attribute', name: 'scene', value: 'all-energy' }]);
    expect(s.camera).toEqual({ bounds: null, seq: 1 });
  });

  it('an unknown step id is kept, and sets nothing', () => {
    const s = run([{ type: 'attribute', name: 'scene', value: 'nope' }]);
    expect(s.step).toBe('nope');
    expect(s.layers).toBeNull();
    expect(s.camera.seq).toBe(0);
  });

  it("opening an edge highlights its ties and ends the preview; closing leaves the step's highlight", () => {
    const step = run([{ type: 'go-to-step', index: 1 }]);
    const previewed = run([{ type: 'preview-edge', edge: ARMS_EDGE }], step);
    expect([...previewed.highlight].sort()).toEqual(['aze-isr-oil', 'isr-aze-arms']);
    const opened = run([{ type: 'open-edge', edge: ARMS_EDGE }], previewed);
    expect(opened.previewEdge).toBeNull();
    expect(opened.openEdge).toBe(ARMS_EDGE);
    expect([...run([{ type: 'open-edge', edge: null }], opened).highlight]).toEqual([
      'aze-isr-oil',
    ]);
  });

  it('a new dataset closes the card and applies the step again', () => {
    const s = run([
      { type: 'go-to-step', index: 0 },
      { type: 'attribute', name: 'layers', value: null },
      { type: 'open-edge', edge: ARMS_EDGE },
      { type: 'dataset' },
    ]);
    expect(s.openEdge).toBeNull();
    expect(spell(s).layers).toBe('arms');
    expect(s.camera.seq).toBe(2);
  });

  it('the scene view drops an unknown focus and an as-of that is not a real date', () => {
    const s = run([
      { type: 'attribute', name: 'focus', value: 'XYZ' },
      { type: 'attribute', name: 'as-of', value: '2025-02-30' },
    ]);
    expect(s.focus).toBe('XYZ');
    expect(sceneViewOf(s, model)).toMatchObject({ focus: null, asOf: null });
    expect(sceneViewOf(run([{ type: 'set-as-of', date: '2024' }]), model).asOf).toBe('2024');
  });
});

describe('interactions', () => {
  it('an attribute changed during a step changes only itself: the step and its highlight stay', () => {
    const s = run([
      { type: 'go-to-step', index: 0 },
      { type: 'attribute', name: 'focus', value: 'ISR' },
    ]);
    expect(spell(s)).toMatchObject({ scene: 'arms', focus: 'ISR', layers: 'arms' });
    expect([...s.highlight]).toEqual(['isr-aze-arms']);
  });

  it("a step, then a URL naming another step: the URL's step wins", () => {
    const s = run([{ type: 'go-to-step', index: 0 }, restore({ scene: 'all-energy' })]);
    expect(spell(s)).toMatchObject({ scene: 'all-energy', layers: 'energy', focus: null });
    expect([...s.highlight]).toEqual(['aze-isr-oil']);
  });

  it("a step, then a URL without one: the view the attributes gave, with the hash's own values", () => {
    const s = run([
      { type: 'go-to-step', index: 0 },
      restore({ layers: 'energy' }, { focus: 'ISR' }),
    ]);
    expect(spell(s)).toEqual({ ...NONE, layers: 'energy', focus: 'ISR' });
    expect(s.highlight.size).toBe(0);
  });

  it("the URL's values override its step's, and an empty value clears (empty layers: no layer)", () => {
    const s = run([restore({ scene: 'arms', focus: '', layers: '' })]);
    expect(spell(s)).toMatchObject({ scene: 'arms', focus: null, layers: '' });
    expect(s.layers!.size).toBe(0);
  });

  it('the open edge comes back from the URL, also with a step', () => {
    expect(run([restore({ scene: 'arms', edge: ARMS_EDGE })]).openEdge).toBe(ARMS_EDGE);
  });

  it('back/forward: restoring each hash of the history gives back each view', () => {
    const hashes: Partial<SpelledView>[] = [
      {},
      { scene: 'arms' },
      { scene: 'arms', layers: 'arms energy' },
      { focus: 'ISR' },
    ];
    const views = hashes.map((h) => spell(run([restore(h)])));
    let s = INITIAL_VIEW;
    for (const i of [1, 2, 3, 2, 1, 0, 3]) {
      s = reduce(s, restore(hashes[i]!), model);
      expect(spell(s), `history entry ${i}`).toEqual(views[i]);
    }
  });
});

describe('a register\'s "Show all" in the URL', () => {
  it('is spelled flows=all, comes back from a hash, and a hash without it restores the largest first', () => {
    const all = run([{ type: 'show-all-flows', value: true }]);
    expect(spell(all).flows).toBe('all');
    expect(spell(run([{ type: 'show-all-flows', value: false }], all)).flows).toBeNull();
    expect(run([restore({ flows: 'all' })]).allFlows).toBe(true);
    expect(run([restore({ focus: 'ISR' })], all).allFlows).toBe(false);
  });
});
