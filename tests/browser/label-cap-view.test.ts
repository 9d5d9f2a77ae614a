/**
 * A map with more figure labels than it renders (edge-labels.ts's MAX_EDGE_LABELS) renders those of
 * the edges in its view: zoomed into a region, every figure label in the map is on an edge that
 * reaches the view, and the region's own figures are there, placed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../bench/synthetic.ts';
import { MAX_EDGE_LABELS } from '../../src/components/parts/edge-labels.ts';
import { mount, nextEvent, shadow } from './helpers.ts';

afterEach(() => {
  document.body.replaceChildren();
});

describe('the figure-label cap', () => {
  it('follows the view the map comes to rest at', async () => {
    const { el } = mount(
      (e) => {
        e.setAttribute('renderer', 'webgl');
        e.data = syntheticDataset(1500, 200, 5);
      },
      { width: 900, height: 500 },
    );
    await nextEvent(el, 'ties-drawn');
    // The reader's "Show all" labels every edge, not only the top flows.
    const allDrawn = nextEvent(el, 'ties-drawn');
    shadow(el).querySelector<HTMLButtonElement>('button.all-flows')!.click();
    await allDrawn;
    const labelled = el.derived!.scene.edges.filter((e) => e.label !== null);
    expect(labelled.length).toBeGreaterThan(MAX_EDGE_LABELS);
    const renderer = el.mapRenderer!;
    const reaches = (id: string) => {
      const edge = el.derived!.scene.edges.find((e) => e.id === id)!;
      const points = [edge.path[0]!, edge.control, edge.path[edge.path.length - 1]!].map((p) =>
        renderer.project(p),
      );
      const xs = points.map((p) => p.x),
        ys = points.map((p) => p.y);
      return (
        Math.max(...xs) >= -80 &&
        Math.min(...xs) <= 980 &&
        Math.max(...ys) >= -80 &&
        Math.min(...ys) <= 580
      );
    };

    // Into western Europe: most of the world's edges leave the view.
    const drawn = nextEvent(el, 'ties-drawn');
    renderer.fit(
      [
        [-5, 42],
        [15, 55],
      ],
      0,
    );
    await drawn;
    const labels = [...shadow(el).querySelectorAll<HTMLElement>('[part="edge-label"]')];
    expect(labels.length).toBeGreaterThan(0);
    expect(
      labels.filter((l) => !reaches(l.dataset['labelFor']!)).map((l) => l.dataset['labelFor']),
      'labels of edges out of view',
    ).toEqual([]);
    const inView = labelled.filter((e) => reaches(e.id));
    expect(labels.length).toBe(Math.min(inView.length, MAX_EDGE_LABELS));
    expect(labels.some((l) => l.dataset['placed'] === 'true')).toBe(true);
  });
});
