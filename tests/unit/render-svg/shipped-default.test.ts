/** The shipped dataset, default view: every scene edge is one element carrying its ids and width. */
import { expect, it } from 'vitest';
import { elementsWith, renderScenario } from './helpers.ts';

it('draws each edge of the shipped dataset as one element with its tie ids and CSS px width', async () => {
  // 568 px tall: the map 303 px, as it was at 520 before the legend keyed the hatch of disputed
  // areas (a row for the key, one for the areas it names).
  const { svg, scene } = renderScenario('data/azerbaijan-israel-usa.json', { width: 800, height: 568, shapes: ['AZE', 'ISR'] });
  const edges = elementsWith(svg, 'data-edge-id');
  expect(edges.map((e) => e['data-edge-id'])).toEqual(scene.edges.map((e) => e.id));
  for (const [i, edge] of scene.edges.entries()) {
    expect(edges[i]!['data-tie-ids']).toBe(edge.tieIds.join(' '));
    expect(Number(edges[i]!['stroke-width'])).toBeCloseTo(edge.width, 1);
  }
  // Every actor is labelled but Syria, whose label finds no free spot at 800 px between Türkiye,
  // Armenia, Israel and Gaza and gives way rather than cover one (as the element's does).
  expect(elementsWith(svg, 'data-label-for').map((l) => l['data-label-for']).sort()).toEqual(scene.actors.map((a) => a.id).filter((id) => id !== 'SYR').sort());
  // Figures are written on their edges: at 800 px, six of the seven find room (the other gives
  // way; four before the edges bent clear of other actors' labels).
  const figures = elementsWith(svg, 'data-edge-label-for').map((l) => l['data-edge-label-for']);
  expect(figures.length).toBe(6);
  for (const id of figures) expect(scene.edges.find((e) => e.id === id)!.label).not.toBeNull();
  await expect(svg).toMatchFileSnapshot('./__snapshots__/shipped-default.svg');
});
