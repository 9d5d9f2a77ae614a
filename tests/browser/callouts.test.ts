/**
 * Call-outs on the shipped dataset's scenes, as a reader sees them: both renderers draw each one
 * in the overlay, none covers an actor label or a figure label at 1280 and 1920 px, and a map
 * under 480 px wide shows numbered markers with the texts in a list under the map; screen readers
 * get the list after the title.
 */
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import shipped from '../../data/azerbaijan-israel-usa.json';
import { mount, nextEvent, shadow } from './helpers.ts';

afterEach(() => {
  document.body.replaceChildren();
});

const shown = (l: Element) =>
  getComputedStyle(l).visibility !== 'hidden' && getComputedStyle(l).display !== 'none';
const overlap = (a: DOMRect, b: DOMRect) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

async function showScene(renderer: 'svg' | 'webgl', scene: string, width: number, height: number) {
  await page.viewport(Math.max(width + 40, 500), height + 900);
  const { el } = mount(
    (e) => {
      e.setAttribute('renderer', renderer);
      e.setAttribute('scene', scene);
      e.loading = 'eager';
      e.data = structuredClone(shipped);
    },
    { width, height },
  );
  const drawn = await nextEvent(el, 'ties-drawn');
  expect(drawn.detail).toEqual({ renderer });
  return el;
}

function callouts(el: HTMLElement) {
  const root = shadow(el);
  const all = [...root.querySelectorAll<HTMLElement>('.map [data-callout-id]:not([data-note])')];
  const notes = [...root.querySelectorAll<HTMLElement>('.map [data-callout-id][data-note]')];
  const labels = [
    ...[...root.querySelectorAll<HTMLElement>('[part="actor-label"]')].filter(shown),
    ...[...root.querySelectorAll<HTMLElement>('[part="edge-label"]')].filter(
      (l) => l.dataset['placed'] === 'true' && shown(l),
    ),
  ];
  const isPlaced = (c: HTMLElement) => c.dataset['placed'] === 'true' && shown(c);
  return { all, placed: all.filter(isPlaced), notes, placedNotes: notes.filter(isPlaced), labels };
}

const scenes = ['energy', 'iran-armenia', 'gaza-isf'];

describe('call-outs on the map', () => {
  for (const renderer of ['svg', 'webgl'] as const) {
    for (const [width, height] of [
      [1280, 700],
      [1920, 900],
    ] as const) {
      it(`${renderer} at ${width} px: every scene's call-outs drawn, none over an actor or figure label`, async () => {
        for (const scene of scenes) {
          const el = await showScene(renderer, scene, width, height);
          const expected = shipped.annotations
            .filter((a) => a.scenes.includes(scene))
            .map((a) => a.id);
          const { all, placed, labels } = callouts(el);
          expect(
            all.map((c) => c.dataset['calloutId']),
            scene,
          ).toEqual(expected);
          expect(
            placed.map((c) => c.dataset['calloutId']),
            `${scene}: placed`,
          ).toEqual(expected);
          expect(labels.length).toBeGreaterThan(3);
          for (const c of placed) {
            const box = c.getBoundingClientRect();
            expect(box.width).toBeGreaterThan(60);
            for (const l of labels)
              expect(
                overlap(box, l.getBoundingClientRect()),
                `${scene}: ${c.dataset['calloutId']} over ${l.textContent}`,
              ).toBe(false);
          }
          // The arrows and circles are drawn; the text is the editor's, in dark ink on light paper.
          const kinds = shipped.annotations.filter(
            (a) => a.scenes.includes(scene) && a.kind !== 'label',
          );
          for (const a of kinds)
            expect(
              shadow(el).querySelector(`[data-callout-mark="${a.id}"]`),
              `${scene}: ${a.id} ${a.kind}`,
            ).not.toBeNull();
          expect(getComputedStyle(placed[0]!).color).toBe('rgb(29, 29, 27)');
          // Never quoted as a source: the evidence card and the table hold no call-out text.
          const table = shadow(el).querySelector('table[part="ties-table"]')?.textContent ?? '';
          for (const c of placed) expect(table).not.toContain(c.textContent!.trim().slice(1));
          el.remove();
        }
      });
    }
  }

  it('under 480 px: numbered markers on the map, the texts in a numbered list under it; screen readers read the list after the title', async () => {
    const el = await showScene('svg', 'gaza-isf', 400, 420);
    const root = shadow(el);
    const { placed, placedNotes, labels } = callouts(el);
    expect(placed.map((c) => c.innerText.trim())).toEqual(['1', '2']);
    // The ringed areas' notes become numbered markers too, in the same dark disc.
    expect(placedNotes.length).toBeGreaterThan(0);
    for (const n of placedNotes)
      expect([getComputedStyle(n).backgroundColor, getComputedStyle(n).fontStyle]).toEqual([
        'rgb(29, 29, 27)',
        'normal',
      ]);
    for (const c of placed) {
      const box = c.getBoundingClientRect();
      expect(box.width).toBeLessThan(24);
      for (const l of labels) expect(overlap(box, l.getBoundingClientRect())).toBe(false);
    }
    const list = root.querySelector<HTMLElement>('[part="callout-list"]')!;
    expect(shown(list)).toBe(true);
    // The editor's call-outs, then the notes naming the ringed areas, each under its marker's number.
    expect(
      [...list.querySelectorAll('li')].map((li) => [li.getAttribute('value'), li.textContent]),
    ).toEqual([
      ['1', 'Azerbaijan has not made its decision on whether to join'],
      ['2', 'The force is meant to gradually replace Israeli forces in Gaza'],
      ['3', 'Golan Heights'],
      ['4', 'Abkhazia'],
      ['5', 'South Ossetia'],
    ]);
    expect(list.getBoundingClientRect().top).toBeGreaterThan(
      root.querySelector('.map')!.getBoundingClientRect().bottom - 1,
    );
    // For screen readers: one list, right after the title block, before the map; the map's own copies are hidden.
    const read = root.querySelector<HTMLElement>('[part="callouts-read"]')!;
    expect(read.previousElementSibling?.tagName).toBe('HEADER');
    expect(read.textContent).toContain('Azerbaijan has not made its decision on whether to join');
    expect(list.getAttribute('aria-hidden')).toBe('true');
    expect(placed.every((c) => c.getAttribute('aria-hidden') === 'true')).toBe(true);
  });

  it('the default view shows none; stepping to a scene shows its call-outs', async () => {
    await page.viewport(1320, 1500);
    const { el } = mount(
      (e) => {
        e.setAttribute('renderer', 'svg');
        e.data = structuredClone(shipped);
      },
      { width: 1280, height: 700 },
    );
    await nextEvent(el, 'ties-drawn');
    expect(callouts(el).all).toEqual([]);
    const drawn = nextEvent(el, 'ties-drawn');
    el.setAttribute('scene', 'energy');
    await drawn;
    expect(callouts(el).placed.map((c) => c.dataset['calloutId'])).toEqual(['gasoline-share']);
  });

  for (const renderer of ['svg', 'webgl'] as const) {
    it(`${renderer}: names the ringed areas (Golan Heights, Abkhazia, South Ossetia) beside their rings, in italic, off every label`, async () => {
      await page.viewport(1320, 1500);
      const { el } = mount(
        (e) => {
          e.setAttribute('renderer', renderer);
          e.data = structuredClone(shipped);
        },
        { width: 1280, height: 700 },
      );
      await nextEvent(el, 'ties-drawn');
      await el.updateComplete;
      const { placedNotes, labels } = callouts(el);
      expect(placedNotes.map((n) => n.dataset['calloutId'])).toEqual([
        'border:golan',
        'border:abkhazia',
        'border:south-ossetia',
      ]);
      expect(placedNotes.map((n) => n.textContent!.trim().slice(1))).toEqual([
        'Golan Heights',
        'Abkhazia',
        'South Ossetia',
      ]);
      for (const n of placedNotes) {
        expect(getComputedStyle(n).fontStyle).toBe('italic');
        for (const l of labels)
          expect(
            overlap(n.getBoundingClientRect(), l.getBoundingClientRect()),
            `${n.dataset['calloutId']} over ${l.textContent}`,
          ).toBe(false);
      }
    });
  }

  it('keeps clear of the focus panel a presented scene opens over the map', async () => {
    // The render scenario presenter-last-step: a 1280 × 720 screen, the map 446 px high.
    await page.viewport(1280, 720);
    const { el } = mount(
      (e) => {
        e.setAttribute('renderer', 'svg');
        e.setAttribute('scene', 'gaza-isf');
        e.setAttribute('presenter', '');
        e.data = structuredClone(shipped);
      },
      { width: 1280, height: 446 },
    );
    await nextEvent(el, 'ties-drawn');
    await el.updateComplete;
    const panel = shadow(el).querySelector<HTMLElement>('.focus-panel');
    expect(panel, 'the scene focuses the force: its panel is open').not.toBeNull();
    const { placed } = callouts(el);
    expect(placed.length).toBeGreaterThan(0);
    for (const c of placed)
      expect(
        overlap(c.getBoundingClientRect(), panel!.getBoundingClientRect()),
        `${c.dataset['calloutId']} under the focus panel`,
      ).toBe(false);
  });

  it('pass axe with call-outs on the map, wide and narrow (no serious or critical violation)', async () => {
    for (const width of [1280, 400]) {
      const el = await showScene('svg', 'gaza-isf', width, 500);
      await el.updateComplete;
      const results = await axe.run(el, { resultTypes: ['violations'] });
      const serious = results.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      expect(
        serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 200)).join(' | ')}`),
        `at ${width} px`,
      ).toEqual([]);
      el.remove();
    }
  });
});
