/**
 * The element's start-up work in tasks a page's reader does not feel (Total Blocking Time): a
 * fetched dataset's table rows are built a few per task after the frame has painted, with the
 * places table after them, all in by `ties-ready`.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import shipped from '../../../data/azerbaijan-israel-usa.json';
import { ROWS_PER_TASK } from '../../../src/components/internal/table-controller.ts';
import { mount, nextEvent, shadow, tableRowIds } from '../helpers.ts';
import { controlFetch } from './controlled-fetch.ts';

let fetches: ReturnType<typeof controlFetch>;
beforeEach(() => {
  fetches = controlFetch();
});
afterEach(() => {
  fetches.restore();
  document.body.replaceChildren();
});

describe('start-up tasks', () => {
  it('builds the table rows a few per task after the frame paints, the places table last, all in by ties-ready', async () => {
    const { el } = mount((e) => (e.src = '/slow/shipped.json'), { width: 800, height: 500 });
    // The rows and whether the places table is there, at each change of the element's DOM.
    const seen: { rows: number; places: boolean }[] = [];
    const observer = new MutationObserver(() => {
      if (!shadow(el).querySelector('table[part="ties-table"]')) return;
      const rows = tableRowIds(el).length;
      const places = shadow(el).querySelector('table[part="places-table"]') !== null;
      const last = seen.at(-1);
      if (!last || last.rows !== rows || last.places !== places) seen.push({ rows, places });
    });
    observer.observe(shadow(el), { childList: true, subtree: true });
    (await fetches.next()).answer(JSON.stringify(shipped));
    await nextEvent(el, 'ties-ready');
    observer.disconnect();
    const total = el.derived!.visible.length;
    expect(total).toBeGreaterThan(ROWS_PER_TASK);
    expect(tableRowIds(el)).toEqual(el.derived!.visible.map((t) => t.id));
    expect(shadow(el).querySelector('table[part="places-table"]')).not.toBeNull();
    // The frame first, without rows or places; then never more than a task's rows at once.
    expect(seen[0]).toEqual({ rows: 0, places: false });
    seen.slice(1).forEach((step, i) => {
      expect(step.rows - seen[i]!.rows).toBeLessThanOrEqual(ROWS_PER_TASK);
      // The places table comes once every row is in.
      if (step.places) expect(step.rows).toBe(total);
    });
    expect(seen.filter((s) => s.rows > 0 && s.rows < total).length).toBeGreaterThan(0);
  });
});
