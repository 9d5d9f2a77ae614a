import { describe, expect, it } from 'vitest';
import { layoutLabels } from '../../src/scene/label-layout.ts';
import type { LabelBox } from '../../src/scene/label-candidates.ts';

const box = (id: string, x: number, y: number, extra: Partial<LabelBox> = {}): LabelBox => ({
  id,
  x,
  y,
  width: 80,
  height: 20,
  beside: false,
  priority: 1,
  ...extra,
});

function overlaps(a: { left: number; top: number }, b: { left: number; top: number }): boolean {
  return Math.abs(a.left - b.left) < 80 && Math.abs(a.top - b.top) < 20;
}

describe('label layout', () => {
  it('centres a lone country label on its anchor', () => {
    expect(layoutLabels([box('AZE', 200, 100)], 800, 500)).toEqual([
      { id: 'AZE', left: 160, top: 90 },
    ]);
  });

  it('puts a point actor’s label beside its marker', () => {
    expect(layoutLabels([box('ISF', 200, 100, { beside: true })], 800, 500)).toEqual([
      { id: 'ISF', left: 208, top: 90 },
    ]);
  });

  it('moves the lower-priority label of two close anchors so they do not overlap', () => {
    const [arm, aze] = layoutLabels(
      [box('ARM', 200, 100), box('AZE', 230, 104, { priority: 5 })],
      800,
      500,
    );
    expect(aze).toEqual({ id: 'AZE', left: 190, top: 94 });
    expect(overlaps(arm!, aze!)).toBe(false);
  });

  it('keeps labels inside the view', () => {
    const [placed] = layoutLabels([box('USA', 5, 250)], 800, 500);
    expect(placed!.left).toBeGreaterThanOrEqual(2);
  });

  it('separates a crowded cluster', () => {
    const labels = layoutLabels(
      [
        box('ISR', 300, 300, { priority: 3 }),
        box('PS-GZA', 295, 310, { priority: 2 }),
        box('ISF', 290, 305, { beside: true }),
      ],
      800,
      500,
    );
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++)
        expect(overlaps(labels[i]!, labels[j]!)).toBe(false);
    }
  });

  describe('on the land it names', () => {
    // A map whose left half (x < 200) is Armenia's land and right half Azerbaijan's, with sea below y = 150.
    const ground = (x: number, y: number) => (y > 150 ? null : x < 200 ? 'ARM' : 'AZE');

    it('keeps a country label off its neighbour: Armenia at the border goes left, onto its own land', () => {
      const [placed] = layoutLabels(
        [box('ARM', 190, 100, { beside: true, shape: true })],
        800,
        500,
        ground,
      );
      expect(placed!.left + 80).toBeLessThanOrEqual(200);
      expect(placed!.leader).toBeUndefined();
    });

    it('joins a label that must go far or onto another country to its anchor with a leader line', () => {
      // Nowhere beside it is Armenia's own: the label goes out to sea just below, with a leader to the anchor.
      const narrow = (x: number, y: number) =>
        y > 125 ? null : Math.abs(x - 190) < 4 ? 'ARM' : 'AZE';
      const [placed] = layoutLabels(
        [box('ARM', 190, 100, { beside: true, shape: true })],
        800,
        500,
        narrow,
      );
      expect(placed!.top).toBeGreaterThan(125);
      expect(placed!.leader).toMatchObject({ x2: 190, y2: 100 });
    });

    it('prefers a short leader onto a neighbour to a long one out to sea', () => {
      // The sea lies 50 px below: the spot beside Armenia on Azerbaijan's land, with a short leader, is nearer.
      const far = (x: number, y: number) =>
        y > 150 ? null : Math.abs(x - 190) < 4 ? 'ARM' : 'AZE';
      const [placed] = layoutLabels(
        [box('ARM', 190, 100, { beside: true, shape: true })],
        800,
        500,
        far,
      );
      const leader = placed?.leader;
      expect(leader).toBeDefined();
      expect(leader ? Math.hypot(leader.x1 - 190, leader.y1 - 100) : Infinity).toBeLessThan(20);
    });

    it('never leaves a label on another country over its own anchor, where no leader can join them', () => {
      // Viet Nam at a phone map's right edge: every spot in view is the neighbours' land and holds the anchor.
      const inland = (x: number) => (x > 330 ? 'VNM' : 'LAO');
      const [placed] = layoutLabels(
        [box('VNM', 335, 100, { beside: true, shape: true, width: 60 })],
        368,
        500,
        inland,
      );
      const covers =
        placed !== undefined &&
        placed.left <= 335 &&
        placed.left + 60 >= 335 &&
        placed.top <= 100 &&
        placed.top + 20 >= 100;
      expect(placed?.gaveWay === true || placed?.leader !== undefined || !covers).toBe(true);
    });
  });
});
