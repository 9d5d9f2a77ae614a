/** The scene: edge labels. */
import { describe, expect, it } from 'vitest';
import shipped from '../../../data/azerbaijan-israel-usa.json';
import { parseDataset } from '../../../src/data/index.ts';
import type { Dataset } from '../../../src/data/types.ts';
import { places } from '../../../src/geo/places.ts';
import type { PlaceIndex } from '../../../src/scene/anchors.ts';
import { buildScene, sceneBasis } from '../../../src/scene/build-scene.ts';
import { edgeLabelText } from '../../../src/scene/edge-labels.ts';
import { edgeGuide, layoutEdgeLabels } from '../../../src/scene/edge-label-layout.ts';
import type { SceneEdge } from '../../../src/scene/types.ts';
import { INITIAL_VIEW } from '../../../src/state/view-state.ts';
import { tie } from './fixtures.ts';

describe('edge labels', () => {
  const measure = {
    layer: 'energy',
    unit: '%',
    label: 'share',
    inferred: false,
    max: 60,
    tentative: false,
  };
  it('writes the largest figure in the measure, its qualifier and how many more figures the edge holds', () => {
    const label = edgeLabelText(
      [
        tie('a', 'AZE', 'ISR', 'energy', { figure: { value: 55, unit: '% increase' } }),
        tie('b', 'AZE', 'ISR', 'energy', { figure: { value: 60, unit: '%', qualifier: 'over' } }),
        tie('c', 'AZE', 'ISR', 'energy', { figure: { value: 10, unit: '%' } }),
      ],
      measure,
    );
    expect(label).toEqual({ text: 'over 60% +2', priority: 2 });
  });

  it('falls back to the first figure outside the measure, which gives way before any in it', () => {
    const label = edgeLabelText(
      [tie('a', 'AZE', 'EU', 'energy', { figure: { value: 12, unit: 'bcm/yr' } })],
      measure,
    );
    expect(label).toEqual({ text: '12 bcm/yr', priority: 0 });
  });

  it('says when the figure is planned or potential', () => {
    const label = edgeLabelText(
      [
        tie('a', 'AZE', 'EU', 'energy', {
          status: 'planned',
          figure: { value: 20, unit: 'bcm/yr' },
        }),
      ],
      measure,
    );
    expect(label!.text).toBe('20 bcm/yr (planned)');
  });

  it('rounds a figure as a reader writes it: whole from 100 up, the card and table keep the source digits', () => {
    const label = edgeLabelText(
      [tie('a', 'USA', 'ISR', 'arms', { figure: { value: 2463.25, unit: 'TIV m' } })],
      undefined,
    );
    expect(label!.text).toBe('2,463 TIV m');
    expect(
      edgeLabelText(
        [tie('b', 'USA', 'ISR', 'arms', { figure: { value: 12.46, unit: 'TIV m' } })],
        undefined,
      )!.text,
    ).toBe('12.5 TIV m');
  });

  it('names whose figure it is where the edge does not: a far supplier of the shipped map', () => {
    const dataset = parseDataset(shipped).dataset as Dataset;
    const scene = buildScene(
      sceneBasis(dataset, places as unknown as PlaceIndex),
      INITIAL_VIEW,
      1280,
    );
    const indonesia = scene.edges.find((e) => e.from === 'IDN' && e.to === 'ISF')!;
    expect(indonesia.label!.text).toBe('Indonesia: prepared to dispatch 20,000 troops (potential)');
    // A supplier on the map needs no name: its edge starts at its own label.
    expect(scene.edges.find((e) => e.id === 'ISR>AZE:arms')!.label!.text).not.toContain(':');
  });
});

describe('figure labels along their own edges', () => {
  it('keeps a label off a spot that lies nearer another edge than its own', () => {
    // Two parallel horizontal edges 10 px apart; a spot 9 px beside the first lies 1 px from the second.
    const at = (y: number) => ({
      path: [
        [0, y],
        [100, y],
      ] as [number, number][],
    });
    const edges = [
      { id: 'a', ...at(50) },
      { id: 'b', ...at(60) },
    ] as unknown as SceneEdge[];
    const guide = edgeGuide(edges, ([x, y]) => ({ x, y }))!;
    expect(guide.nearestIsOwn(50, 50, 'a', 0)).toBe(true);
    expect(guide.nearestIsOwn(50, 59, 'a', 9)).toBe(false);
    expect(guide.nearestIsOwn(50, 41, 'a', 9)).toBe(true);
    const placed = layoutEdgeLabels(
      [
        {
          id: 'a',
          width: 20,
          height: 6,
          spots: [
            { x: 50, y: 59, off: 9 },
            { x: 50, y: 41, off: 9 },
          ],
          priority: 1,
        },
      ],
      [],
      200,
      200,
      guide,
    );
    expect(placed.get('a')).toEqual({ id: 'a', left: 40, top: 38 });
  });
});
