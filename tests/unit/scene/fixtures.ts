/** Small datasets and a place index for the scene tests. */
import type { Dataset, Tie } from '../../../src/data/types.ts';
import { type PlaceIndex } from '../../../src/scene/anchors.ts';

export const PLACES: PlaceIndex = {
  AZE: { name: 'Azerbaijan', label: [47.7, 40.3] },
  ARM: { name: 'Armenia', label: [44.9, 40.3] },
  ISR: { name: 'Israel', label: [35.0, 31.0] },
  IRN: { name: 'Iran', label: [54.0, 32.5] },
  USA: { name: 'United States', label: [-99.0, 39.5] },
};

export function tie(
  id: string,
  from: string,
  to: string,
  layer: string,
  extra: Partial<Tie> = {},
): Tie {
  return {
    id,
    from,
    to,
    layer,
    stance: 'cooperative',
    summary: id,
    evidence: [{ source: 's', quote: 'q' }],
    ...extra,
  };
}

export function dataset(ties: Tie[]): Dataset {
  return {
    format: 'ties-map/1',
    title: 'Test',
    sources: [{ id: 's', title: 'S', publisher: 'P', published: '2025-10' }],
    layers: [
      { id: 'energy', label: 'Energy' },
      { id: 'arms', label: 'Arms' },
      { id: 'diplomatic', label: 'Diplomatic' },
    ],
    actors: [
      { id: 'AZE', name: 'Azerbaijan', kind: 'country' },
      { id: 'ARM', name: 'Armenia', kind: 'country' },
      { id: 'ISR', name: 'Israel', kind: 'country' },
      { id: 'IRN', name: 'Iran', kind: 'country' },
      { id: 'USA', name: 'United States', kind: 'country' },
      { id: 'ISF', name: 'Stabilisation force', kind: 'organisation', point: [34.4, 31.4] },
    ],
    ties,
    scenes: [],
  };
}

export const round = (p: number[]) => p.map((v) => Math.round(v * 1000) / 1000);
