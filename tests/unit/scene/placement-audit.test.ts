/**
 * The placement audit (DESIGN.md, "Every mark on the thing it names"), on the shipped, Gaza,
 * mixed-unit and SIPRI-shaped datasets, at a 1280 × 800 and a 1920 × 1080 desktop, the demo
 * article's 736 px column, a 400 × 800 phone and the presenter's last scene, in both renderers'
 * geometry (placement.ts): every actor
 * label, marker and tab on its own land, the sea or the frame, or joined to its anchor by a leader
 * line; every figure label nearest its own edge; no two arrowheads overlapping, none over a label;
 * the hubs (the three actors with most ties) and the focused actor labelled, within HUB_LEADER_MAX;
 * every arrowhead's tip within ARRIVAL_MAX_GAP px of its recipient's marker edge, and half of a
 * map's within ARRIVAL_MEDIAN_GAP (a world map's register excepted).
 * On the layout before these rules (1dcd808) it found 1,225 breaches over the 32 cases; with the
 * hubs' rings sized for the smallest map (f2661b5), 21 of the 40 cases failed the arrowhead check
 * (156 tips further than 90 px, medians up to 208 px in presenter mode).
 * Every case passes with none.
 */
import { describe, expect, it } from 'vitest';
import {
  audit,
  contextLabelsFar,
  FIXTURES,
  htmlDrawn,
  hubLabelsFar,
  loadFixture,
  SHIPPED_HUBS,
  svgDrawn,
  VIEWS,
} from './placement.ts';

describe('placement audit', { timeout: 60_000 }, () => {
  for (const fixture of FIXTURES) {
    const dataset = loadFixture(fixture);
    for (const view of VIEWS) {
      for (const [renderer, drawn] of [
        ['html', htmlDrawn],
        ['svg', svgDrawn],
      ] as const) {
        const key = `${fixture} ${view.name} ${renderer}`;
        it(key, () => {
          expect(audit(drawn(dataset, view))).toEqual([]);
        });
      }
    }
  }
});

/**
 * The hubs' labels by their markers: where the arrival rings keep a hub's label spot free, its label
 * sits beside its marker (or a few px off, joined by a short leader where that spot lies on a
 * neighbour's land), not 50–150 px away on a long leader. On the shipped map in presenter mode,
 * in both renderers. On the layout before the touching rings gave way one at a time (48b045e),
 * the static SVG's Armenia label lay 52 px from its marker.
 */
const HUB_LABEL_MAX = 40;

describe('hub labels by their markers', () => {
  const dataset = loadFixture('shipped');
  const presenter = VIEWS.find((v) => v.name === 'presenter')!;
  for (const [renderer, drawn] of [
    ['html', htmlDrawn],
    ['svg', svgDrawn],
  ] as const) {
    it(`keeps Azerbaijan's, Armenia's, Israel's, Gaza's, Syria's and the force's labels within ${HUB_LABEL_MAX} px of their markers (presenter, ${renderer})`, () => {
      expect(hubLabelsFar(drawn(dataset, presenter), SHIPPED_HUBS, HUB_LABEL_MAX)).toEqual([]);
    });
  }
});

/**
 * In a scene (a story's section, a presenter's slide) the focused actor and its partners are the
 * subject; the dimmed actors are context. A context label sits by its marker or on a short leader,
 * or gives way: on a 400 px story map the labels of Ukraine, Türkiye, Syria and the far actors
 * otherwise crossed the map on 50–130 px leaders, over the scene's own ties. Every scene with a
 * focus, at the story's phone map and in presenter mode, in both renderers.
 */
const CONTEXT_LABEL_MAX = 40;

describe('context labels by their markers', () => {
  const dataset = loadFixture('shipped');
  const views = [
    { name: 'story 400x800', width: 398, height: 300 },
    { name: 'presenter', width: 1872, height: 760, presenter: true },
  ];
  dataset.scenes.forEach((step, scene) => {
    if (!step.focus) return;
    for (const view of views)
      for (const [renderer, drawn] of [
        ['html', htmlDrawn],
        ['svg', svgDrawn],
      ] as const)
        it(`${step.id}, ${view.name}, ${renderer}`, () => {
          const d = drawn(dataset, { ...view, scene });
          expect(contextLabelsFar(d, CONTEXT_LABEL_MAX)).toEqual([]);
          // On the story's small map the hub's rings, sized for the desktop map, still let some
          // arrowheads touch (docs/placement.md, "Not done yet"); every other rule holds.
          const breaches = audit(d);
          expect(
            view.presenter ? breaches : breaches.filter((b) => !b.startsWith('arrowheads overlap')),
          ).toEqual([]);
        });
  });
});
