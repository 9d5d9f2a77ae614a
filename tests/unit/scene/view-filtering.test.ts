/** The scene: view filtering and emphasis. */
import { describe, expect, it } from 'vitest';
import { buildScene, sceneBasis } from '../../../src/scene/build-scene.ts';
import { INITIAL_VIEW, type SceneView } from '../../../src/state/view-state.ts';
import { PLACES, tie, dataset } from './fixtures.ts';

describe('view filtering and emphasis', () => {
  const ties = [
    tie('old', 'AZE', 'ISR', 'energy', {
      when: { from: '2016', to: '2020' },
      figure: { value: 40, unit: '%' },
    }),
    tie('new', 'ISR', 'AZE', 'arms', { when: { from: '2025-03' } }),
    tie('over', 'IRN', 'ARM', 'diplomatic', {
      when: { from: '2019' },
      ended: '2023',
      stance: 'adversarial',
    }),
  ];
  const basis = sceneBasis(dataset(ties), PLACES);
  const view = (patch: Partial<SceneView>) => buildScene(basis, { ...INITIAL_VIEW, ...patch });

  it('shows a tie from the start of its period and hides it after it ended', () => {
    expect(view({ asOf: '2015' }).edges.map((e) => e.tieIds[0])).toEqual([]);
    expect(view({ asOf: '2020-06' }).edges.map((e) => e.tieIds[0])).toEqual(['old', 'over']);
    expect(view({ asOf: '2023-12-31' }).edges.map((e) => e.tieIds[0])).toEqual(['old', 'over']);
    expect(view({ asOf: '2025-03' }).edges.map((e) => e.tieIds[0])).toEqual(['old', 'new']);
  });

  it('marks adversarial edges and dims what the focus does not touch', () => {
    const scene = view({ focus: 'ARM' });
    expect(scene.edges.find((e) => e.id === 'IRN>ARM:diplomatic')).toMatchObject({
      stance: 'adversarial',
      emphasis: 'focus',
    });
    expect(scene.edges.find((e) => e.id === 'AZE>ISR:energy')!.emphasis).toBe('dim');
    expect(scene.actors.find((a) => a.id === 'ARM')!.emphasis).toBe('focus');
    expect(scene.actors.find((a) => a.id === 'IRN')!.emphasis).toBe('normal');
    expect(scene.actors.find((a) => a.id === 'ISR')!.emphasis).toBe('dim');
  });

  it('counts shown and total ties per layer in the legend', () => {
    const legend = view({ layers: new Set(['energy']) }).legend;
    expect(legend.layers.map((l) => [l.id, l.visible, l.shown, l.total])).toEqual([
      ['energy', true, 1, 1],
      ['arms', false, 0, 1],
      ['diplomatic', false, 0, 1],
    ]);
    // Every tie is dated: the map is as of the latest date they describe (2025-03), not its source's (2025-10).
    expect(legend.dataAsOf).toBe('2025-03');
    expect(legend.hasAdversarial).toBe(true);
    expect(legend.hasUnquantified).toBe(true);
  });
});
