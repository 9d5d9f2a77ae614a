/**
 * A layer toggle's first frame paints the new picture before its labels are laid out (issue 17:
 * the layout follows a frame later); `ties-drawn` still means the picture is complete. After each
 * toggle, at `ties-drawn`, every figure label in the map belongs to a visible edge and has been
 * placed or has given way, and none overlaps another label; toggled back, the map places the same
 * labels where they first were.
 */
import { afterEach, describe, expect, it } from 'vitest';
import shipped from '../../data/azerbaijan-israel-usa.json';
import { mount, nextEvent, shadow } from './helpers.ts';

afterEach(() => {
  document.body.replaceChildren();
});

function labelsOf(el: HTMLElement) {
  const root = shadow(el);
  const shown = (l: HTMLElement) => getComputedStyle(l).visibility !== 'hidden';
  const edgeLabels = [...root.querySelectorAll<HTMLElement>('[part="edge-label"]')];
  const actorLabels = [...root.querySelectorAll<HTMLElement>('[part="actor-label"]')].filter(shown);
  const placed = edgeLabels.filter((l) => l.dataset['placed'] === 'true' && shown(l));
  return { edgeLabels, actorLabels, placed };
}

function overlapping(boxes: DOMRect[]): number {
  let count = 0;
  boxes.forEach((a, i) =>
    boxes.forEach((b, j) => {
      if (
        j > i &&
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
        Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5
      )
        count++;
    }),
  );
  return count;
}

describe('labels after a layer toggle', () => {
  it('are complete at ties-drawn: placed or given way, on visible edges, overlapping nothing; toggled back, where they were', async () => {
    const { el } = mount(
      (e) => {
        e.setAttribute('renderer', 'webgl');
        e.data = structuredClone(shipped);
      },
      { width: 1000, height: 560 },
    );
    await nextEvent(el, 'ties-drawn');
    const where = () =>
      labelsOf(el)
        .placed.map((l) => `${l.dataset['labelFor']} ${l.style.transform}`)
        .sort();
    const first = where();
    expect(first.length).toBeGreaterThan(3);

    for (const step of ['off', 'on']) {
      const drawn = nextEvent(el, 'ties-drawn');
      shadow(el)
        .querySelector<HTMLButtonElement>('[part="layer-toggles"] button[data-layer="energy"]')!
        .click();
      await drawn;
      const { edgeLabels, actorLabels, placed } = labelsOf(el);
      const visible = new Set(el.derived!.scene.edges.map((e) => e.id));
      expect(
        edgeLabels.filter((l) => !visible.has(l.dataset['labelFor']!)),
        `${step}: labels of hidden edges`,
      ).toEqual([]);
      expect(
        edgeLabels
          .filter((l) => l.dataset['placed'] === undefined)
          .map((l) => l.dataset['labelFor']),
        `${step}: labels not laid out`,
      ).toEqual([]);
      expect(
        overlapping([...placed, ...actorLabels].map((l) => l.getBoundingClientRect())),
        `${step}: overlaps`,
      ).toBe(0);
    }
    expect(where()).toEqual(first);
  });
});
