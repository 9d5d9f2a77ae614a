/**
 * The placement audit (DESIGN.md, "Every mark on the thing it names"), on the shipped, Gaza,
 * mixed-unit and SIPRI-shaped datasets, at a 1280 × 800 and a 1920 × 1080 desktop, a 400 × 800
 * phone and the presenter's last scene, in both renderers' geometry (placement.ts): every actor
 * label, marker and tab on its own land, the sea or the frame, or joined to its anchor by a leader
 * line; every figure label nearest its own edge; no two arrowheads overlapping, none over a label.
 * On the layout before these rules (1dcd808) it found 1,225 breaches over the 32 cases.
 */
import { describe, expect, it } from 'vitest';
import { audit, FIXTURES, htmlDrawn, loadFixture, svgDrawn, VIEWS } from './placement.ts';

/**
 * Where arrowheads still touch: on a phone the shipped map's Armenia–Azerbaijan rings, and the
 * SIPRI register's Europe (twenty recipients within 40 px of a 368 px world), hold more
 * arrowheads than rings within their limit can keep apart; and at 1280 px one pair of the Israel
 * and Azerbaijan rings. Each is bounded, so a new breach fails; every other case has none.
 */
const STILL_OPEN: Readonly<Record<string, { count: number; rules: string[] }>> = {
  'shipped 1280x800 html': { count: 1, rules: ['arrowheads overlap'] },
  'shipped 400x800 html': { count: 2, rules: ['arrowheads overlap'] },
  // The fact-checked data's buffer ties run from Azerbaijan: one more pair of its ring's arrowheads touches on a phone.
  'shipped 400x800 svg': { count: 3, rules: ['arrowheads overlap'] },
  'sipri 400x800 html': { count: 1, rules: ['arrowheads overlap'] },
  'sipri 400x800 svg': { count: 2, rules: ['arrowheads overlap', "label on another's land"] },
};

describe('placement audit', { timeout: 60_000 }, () => {
  for (const fixture of FIXTURES) {
    const dataset = loadFixture(fixture);
    for (const view of VIEWS) {
      for (const [renderer, drawn] of [['html', htmlDrawn], ['svg', svgDrawn]] as const) {
        const key = `${fixture} ${view.name} ${renderer}`;
        it(key, () => {
          const found = audit(drawn(dataset, view));
          const open = STILL_OPEN[key];
          if (!open) {
            expect(found).toEqual([]);
            return;
          }
          expect(found.length, found.join('\n')).toBeLessThanOrEqual(open.count);
          for (const breach of found) expect(open.rules, breach).toContain(breach.split(':')[0]);
        });
      }
    }
  }
});
