/** The scene: merging and slots. */
import { describe, expect, it } from 'vitest';
import { buildScene, sceneBasis } from '../../../src/scene/build-scene.ts';
import { bendSlots, groupTies } from '../../../src/scene/edge-groups.ts';
import { INITIAL_VIEW } from '../../../src/state/view-state.ts';
import { PLACES, tie, dataset } from './fixtures.ts';

describe('merging and slots', () => {
  const ties = [
    tie('a', 'AZE', 'ISR', 'energy', { figure: { value: 40, unit: '%' } }),
    tie('b', 'AZE', 'ISR', 'energy', { figure: { value: 60, unit: '%' } }),
    tie('c', 'ISR', 'AZE', 'arms', { figure: { value: 69, unit: '%' } }),
    tie('d', 'ISR', 'AZE', 'diplomatic'),
  ];

  it('merges ties of one (from, to, layer) into one edge', () => {
    const groups = groupTies(ties);
    expect(groups.map((g) => [g.id, g.ties.map((t) => t.id)])).toEqual([
      ['AZE>ISR:energy', ['a', 'b']],
      ['ISR>AZE:arms', ['c']],
      ['ISR>AZE:diplomatic', ['d']],
    ]);
  });

  it('keeps ties of different actor pairs apart when ids hold ">" or ":" (found by the scene properties)', () => {
    // "A" → "B>C" and "A>B" → "C" both had the edge id "A>B>C:arms": one edge, drawn between A and B>C.
    const odd = [
      tie('x', 'A', 'B>C', 'arms'),
      tie('y', 'A>B', 'C', 'arms'),
      tie('z', 'A', 'B:x', 'y'),
      tie('w', 'A', 'B', 'x:y'),
    ];
    expect(groupTies(odd).map((g) => [g.from, g.to, g.layer, g.ties.map((t) => t.id)])).toEqual([
      ['A', 'B>C', 'arms', ['x']],
      ['A>B', 'C', 'arms', ['y']],
      ['A', 'B:x', 'y', ['z']],
      ['A', 'B', 'x:y', ['w']],
    ]);
  });

  it('gives the edges of one pair distinct slots in layer order', () => {
    const slots = bendSlots(groupTies(ties), ['energy', 'arms', 'diplomatic']);
    expect(Object.fromEntries(slots)).toEqual({
      'AZE>ISR:energy': 0,
      'ISR>AZE:arms': 1,
      'ISR>AZE:diplomatic': 2,
    });
  });

  it('keeps an edge in place when another layer is hidden', () => {
    const basis = sceneBasis(dataset(ties), PLACES);
    const all = buildScene(basis, INITIAL_VIEW);
    const armsOnly = buildScene(basis, { ...INITIAL_VIEW, layers: new Set(['arms']) });
    expect(armsOnly.edges.map((e) => e.id)).toEqual(['ISR>AZE:arms']);
    expect(armsOnly.edges[0]!.control).toEqual(
      all.edges.find((e) => e.id === 'ISR>AZE:arms')!.control,
    );
  });
});
