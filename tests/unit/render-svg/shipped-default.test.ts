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
  // Every actor is labelled: Syria, with no free spot beside it at 800 px between Türkiye,
  // Armenia, Israel and Gaza, takes one further out, joined to its anchor by a leader line.
  expect(elementsWith(svg, 'data-label-for').map((l) => l['data-label-for']).sort()).toEqual(scene.actors.map((a) => a.id).sort());
  expect(elementsWith(svg, 'data-leader-for').map((l) => l['data-leader-for'])).toContain('SYR');
  // Figures are written on their own edges, nearer them than any other: at 800 px the hub's
  // lines run a few px apart, so one of the seven finds such a spot and the others give way (the
  // card and the table still show them). Six found a spot before, most of them nearer another line.
  const figures = elementsWith(svg, 'data-edge-label-for').map((l) => l['data-edge-label-for']);
  expect(figures.length).toBe(1);
  for (const id of figures) expect(scene.edges.find((e) => e.id === id)!.label).not.toBeNull();
  await expect(svg).toMatchFileSnapshot('./__snapshots__/shipped-default.svg');
});
