/** The shipped dataset, default view: every scene edge is one element carrying its ids and width. */
import { expect, it } from 'vitest';
import { elementsWith, renderScenario } from './helpers.ts';

it('draws each edge of the shipped dataset as one element with its tie ids and CSS px width', async () => {
  // 568 px tall: the map 303 px, as it was at 520 before the legend keyed the hatch of disputed
  // areas (a row for the key, one for the areas it names).
  const { svg, scene } = renderScenario('data/azerbaijan-israel-usa.json', {
    width: 800,
    height: 568,
    shapes: ['AZE', 'ISR'],
  });
  const edges = elementsWith(svg, 'data-edge-id');
  expect(edges.map((e) => e['data-edge-id'])).toEqual(scene.edges.map((e) => e.id));
  for (const [i, edge] of scene.edges.entries()) {
    expect(edges[i]!['data-tie-ids']).toBe(edge.tieIds.join(' '));
    expect(Number(edges[i]!['stroke-width'])).toBeCloseTo(edge.width, 1);
  }
  // Every actor is labelled, the stabilisation force too (its pin lies 3–6 px from Israel and Gaza
  // at 800 px): a label with no free spot beside its anchor takes one further out, joined to it by
  // a leader line, before it gives way. Syria is one of them.
  expect(
    elementsWith(svg, 'data-label-for')
      .map((l) => l['data-label-for'])
      .sort(),
  ).toEqual(scene.actors.map((a) => a.id).sort());
  expect(elementsWith(svg, 'data-leader-for').map((l) => l['data-leader-for'])).toContain('SYR');
  // Figures are written on their own edges, nearer them than any other: at 800 px five find such a
  // spot (the hubs' labels keep theirs beside their anchors; four while neighbouring hubs' rings
  // both gave their labels' spots up to arrowheads) and the others give way (the card and the table
  // still show them). The desktop, article and phone maps of the placement audit write as many or
  // more.
  const figures = elementsWith(svg, 'data-edge-label-for').map((l) => l['data-edge-label-for']);
  expect(figures.length).toBe(5);
  for (const id of figures) expect(scene.edges.find((e) => e.id === id)!.label).not.toBeNull();
  await expect(svg).toMatchFileSnapshot('./__snapshots__/shipped-default.svg');
});
