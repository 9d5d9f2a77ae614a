/**
 * DESIGN.md, "What is visible": at an as-of date a tie shows from its `when.from`, an undated tie
 * from the date its earliest source was published, and neither after it ended. The shipped scenes
 * show only what their dates allow.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/data/index.ts';
import type { Dataset } from '../../../src/data/types.ts';
import { viewOfScene } from '../../../src/state/scene-view.ts';
import { INITIAL_VIEW, visibleTies } from '../../../src/state/view-state.ts';
import { dataset, tie } from '../scene/fixtures.ts';

describe('ties shown at an as-of date', () => {
  const data: Dataset = {
    ...dataset([
      tie('dated', 'AZE', 'ISR', 'energy', { when: { from: '2016' } }),
      tie('undated-oct', 'ISR', 'AZE', 'arms'), // the fixture's source "s" was published 2025-10
      tie('undated-late', 'USA', 'AZE', 'diplomatic', {
        evidence: [{ source: 'late', quote: 'q' }],
      }),
      tie('undated-past', 'IRN', 'ARM', 'diplomatic', { ended: '2023' }),
    ]),
  };
  data.sources = [
    ...data.sources,
    { id: 'late', title: 'L', publisher: 'unknown', published: 'unknown', notBefore: '2026-01-20' },
  ];
  const shownAt = (asOf: string | null) =>
    visibleTies(data, { ...INITIAL_VIEW, asOf }).map((t) => t.id);

  it('shows every tie without a date', () => {
    expect(shownAt(null)).toEqual(['dated', 'undated-oct', 'undated-late', 'undated-past']);
  });

  it('shows an undated tie only once its earliest source was published (a notBefore for an unknown date)', () => {
    expect(shownAt('2020-12-31')).toEqual(['dated']);
    expect(shownAt('2025-09-30')).toEqual(['dated']);
    expect(shownAt('2025-10-01')).toEqual(['dated', 'undated-oct']);
    expect(shownAt('2026-01')).toEqual(['dated', 'undated-oct', 'undated-late']);
  });

  it('never shows a tie that ended before its only source was published', () => {
    expect(shownAt('2023')).toEqual(['dated']);
    expect(shownAt('2025-12')).toEqual(['dated', 'undated-oct']);
  });
});

describe('the shipped scenes', () => {
  const shipped = parseDataset(readFileSync('data/azerbaijan-israel-usa.json', 'utf8')).dataset!;
  const scene = (id: string) => shipped.scenes.find((s) => s.id === id)!;
  const shownIn = (id: string) =>
    visibleTies(shipped, viewOfScene(shipped, scene(id))).map((t) => t.id);

  it('the arms scene of 31 December 2020 shows only arms ties its texts date by then', () => {
    // Before: also the Israel–Gaza war, Iran's weapons for Armenia and French and Indian supplies,
    // all from texts of 2024 or later.
    expect(shownIn('arms')).toEqual(['isr-aze-arms-share-2016-2020', 'arm-aze-war-1992-2023']);
  });

  it("the Gaza scene of December 2025 shows the stabilisation force's ties but not the war its texts call over", () => {
    const shown = shownIn('gaza-isf');
    expect(shown).toEqual(
      expect.arrayContaining(['usa-isf-backing', 'idn-isf-20000-troops', 'isf-gza-mandate']),
    );
    expect(shown).not.toContain('isr-gza-war-2023-2024');
  });

  it('in October 2025 the United States backs the force, as Azerbaijan is a contender for it', () => {
    const shown = visibleTies(shipped, { ...INITIAL_VIEW, asOf: '2025-10-31' }).map((t) => t.id);
    expect(shown).toEqual(expect.arrayContaining(['usa-isf-backing', 'aze-isf-contribution']));
  });

  it('every highlighted tie of every shipped scene shows in it', () => {
    for (const step of shipped.scenes) {
      const shown = new Set(shownIn(step.id));
      expect(
        (step.ties ?? []).filter((id) => !shown.has(id)),
        step.id,
      ).toEqual([]);
    }
  });
});
