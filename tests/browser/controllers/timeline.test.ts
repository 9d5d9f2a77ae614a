/** The as-of date: attribute, slider and Play against an expectation written from DESIGN.md. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import fixture from '../../fixtures/second-map.json';
import type { TiesMap } from '../../../src/components/ties-map/ties-map.component.ts';
import { mount, nextEvent, shadow } from '../helpers.ts';
import { expectedRows, sorted, rows, firstDay, type DatasetLike } from './steps-expectation.ts';

beforeEach(async () => {
  await page.viewport(1280, 900);
});
afterEach(() => {
  document.body.replaceChildren();
});

// ---- as-of filtering and the timeline -------------------------------------------------------

const FIXTURE = fixture as unknown as DatasetLike;
const FIXTURE_LAYERS = ['energy', 'arms', 'diplomatic'];

async function mountData(data: unknown) {
  const mounted = mount((e) => (e.data = data));
  await nextEvent(mounted.el, 'ties-ready');
  return mounted;
}

async function setAsOf(el: TiesMap, date: string | null): Promise<void> {
  if (date === null) el.removeAttribute('as-of');
  else el.setAttribute('as-of', date);
  await el.updateComplete;
}

/** The count on a layer's toggle button, "(n)". */
function toggleCount(el: HTMLElement, layer: string): number {
  const text = shadow(el).querySelector(
    `[part="layer-toggles"] button[data-layer="${layer}"] span`,
  )!.textContent!;
  return Number(/\((\d+)\)/.exec(text)![1]);
}

describe('as-of date', () => {
  it('shows, at each date, exactly the ties that started by then', async () => {
    const { el } = await mountData(structuredClone(fixture));
    // Written out by hand from the fixture, so a shared mistake in the filter cannot hide. The
    // undated NATO guarantee shows from 2023, when its only source (not before 2023) was published.
    const byHand: [string | null, string[]][] = [
      ['2021', ['nor-ltu-power']],
      ['2022-06', ['nor-ltu-power', 'deu-ukr-arms', 'pol-ukr-arms', 'rus-ukr-hostility']],
      ['2023', FIXTURE.ties.map((t) => t.id).filter((id) => id !== 'deu-ltu-brigade')],
      ['2025', FIXTURE.ties.map((t) => t.id)],
      [null, FIXTURE.ties.map((t) => t.id)],
    ];
    for (const [date, ids] of byHand) {
      await setAsOf(el, date);
      expect(rows(el), String(date)).toEqual(sorted(ids));
      expect(rows(el), String(date)).toEqual(expectedRows(FIXTURE, null, date));
    }
    // The date and the layers filter together.
    el.setAttribute('layers', 'arms');
    await setAsOf(el, '2022-06');
    expect(rows(el)).toEqual(sorted(['deu-ukr-arms', 'pol-ukr-arms']));
  });

  it('hides a tie after it ended, but keeps one whose when.to has passed', async () => {
    const data = structuredClone(fixture) as unknown as DatasetLike;
    const ended = data.ties.find((t) => t.id === 'nor-ltu-power')!;
    ended.ended = '2023';
    const period = data.ties.find((t) => t.id === 'nor-deu-gas')!;
    period.when = { from: '2023', to: '2023' };
    const { el } = await mountData(data);

    for (const date of ['2022-06', '2023', '2023-12']) {
      await setAsOf(el, date);
      expect(rows(el), date).toContain('nor-ltu-power');
    }
    for (const date of ['2024', '2025', '2025-06']) {
      await setAsOf(el, date);
      expect(rows(el), date).not.toContain('nor-ltu-power');
      expect(rows(el), date).toContain('nor-deu-gas');
      expect(rows(el), date).toEqual(expectedRows(data, null, date));
    }
    // "All dates" shows every tie, ended or not.
    await setAsOf(el, null);
    expect(rows(el)).toEqual(sorted(data.ties.map((t) => t.id)));
  });

  it('follows the timeline slider: table, layer counts and announcement move with each stop', async () => {
    const { el } = await mountData(structuredClone(fixture));
    const stops = [
      ...new Map(
        FIXTURE.ties
          .filter((t) => t.when?.from)
          .map((t) => [firstDay(t.when!.from!), t.when!.from!]),
      ).entries(),
    ]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([, date]) => date);
    expect(stops).toEqual(['2021', '2022', '2022-02', '2022-10', '2023', '2025']);

    const timeline = shadow(el).querySelector<HTMLElement>('[part="timeline"]')!;
    const slider = timeline.querySelector<HTMLInputElement>('input[type="range"]')!;
    expect(Number(slider.max)).toBe(stops.length);
    expect(slider.value).toBe(String(stops.length)); // "All dates"
    expect(timeline.textContent).toContain('All dates');
    for (const layer of FIXTURE_LAYERS)
      expect(toggleCount(el, layer)).toBe(FIXTURE.ties.filter((t) => t.layer === layer).length);

    slider.focus();
    await userEvent.keyboard('{Home}');
    await el.updateComplete;
    expect(el.asOf).toBe(stops[0]);
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await el.updateComplete;
    const date = stops[2]!;
    expect(el.asOf).toBe(date);
    expect(el.getAttribute('as-of') ?? el.asOf).toBe(date);
    expect(timeline.textContent).not.toContain('All dates');
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^As of /);

    const expected = expectedRows(FIXTURE, null, date);
    expect(rows(el)).toEqual(expected);
    expect(expected).toEqual(
      sorted(['nor-ltu-power', 'deu-ukr-arms', 'pol-ukr-arms', 'rus-ukr-hostility']),
    );
    // The counts on the layer buttons are those of the date, not of the whole dataset.
    for (const layer of FIXTURE_LAYERS) {
      expect(toggleCount(el, layer), layer).toBe(expectedRows(FIXTURE, [layer], date).length);
    }
    expect(toggleCount(el, 'energy')).toBe(1);
    expect(shadow(el).querySelector('[part="announcer"]')!.textContent).toContain(
      `${expected.length} of ${FIXTURE.ties.length} ties shown`,
    );

    // The last stop is "All dates" again.
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    expect(el.asOf).toBeNull();
    expect(rows(el)).toEqual(sorted(FIXTURE.ties.map((t) => t.id)));
    expect(toggleCount(el, 'energy')).toBe(FIXTURE.ties.filter((t) => t.layer === 'energy').length);
  });

  it("plays through the dates: each step shows that date's ties, Pause stops it", async () => {
    const { el } = await mountData(structuredClone(fixture));
    const play = shadow(el).querySelector<HTMLButtonElement>('[part="timeline"] button.play')!;
    const seen: (string | null)[] = [];
    const waitForStep = async (count: number) => {
      for (let i = 0; i < 100 && seen.length < count; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        if (el.asOf !== seen[seen.length - 1]) seen.push(el.asOf);
      }
    };
    play.click();
    await el.updateComplete;
    expect(play.getAttribute('aria-pressed')).toBe('true');
    await waitForStep(2);
    // From "All dates", Play starts at the first date and moves one stop at a time.
    expect(seen.slice(0, 2)).toEqual(['2021', '2022']);
    expect(rows(el)).toEqual(expectedRows(FIXTURE, null, el.asOf));
    play.click();
    await el.updateComplete;
    expect(play.getAttribute('aria-pressed')).toBe('false');
    const stoppedAt = el.asOf;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(el.asOf).toBe(stoppedAt);
  });
});
