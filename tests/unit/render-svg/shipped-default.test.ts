/** The shipped dataset, default view: every scene edge is one element carrying its ids and width. */
import { expect, it } from 'vitest';
import { elementsWith, renderScenario } from './helpers.ts';

it('draws each edge of the shipped dataset as one element with its tie ids and CSS px width', async () => {
  const { svg, scene } = renderScenario('data/azerbaijan-israel-usa.json', { width: 800, height: 520, shapes: ['AZE', 'ISR'] });
  const edges = elementsWith(svg, 'data-edge-id');
  expect(edges.map((e) => e['data-edge-id'])).toEqual(scene.edges.map((e) => e.id));
  for (const [i, edge] of scene.edges.entries()) {
    expect(edges[i]!['data-tie-ids']).toBe(edge.tieIds.join(' '));
    expect(Number(edges[i]!['stroke-width'])).toBeCloseTo(edge.width, 1);
  }
  expect(elementsWith(svg, 'data-label-for').map((l) => l['data-label-for']).sort()).toEqual(scene.actors.map((a) => a.id).sort());
  await expect(svg).toMatchFileSnapshot('./__snapshots__/shipped-default.svg');
});
