/**
 * Above 250 edges in reach, the element offers no per-edge keyboard handle (thousands of tab stops
 * help no one) and says where to go instead; focusing an actor brings back its own edges' handles.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../bench/synthetic.ts';
import { mount, nextEvent, shadow } from './helpers.ts';

afterEach(() => document.body.replaceChildren());

describe('a map with many edges', () => {
  it('replaces per-edge handles by a note, pages the table, and gives a focused actor its handles back', async () => {
    const data = syntheticDataset(1000, 200, 7);
    const { el } = mount((e) => (e.data = data), { width: 900, height: 450 });
    await nextEvent(el, 'ties-ready');
    const root = shadow(el);
    expect(root.querySelectorAll('[part="edge-button"][data-edge-id]')).toHaveLength(0);
    const hint = root.querySelector<HTMLElement>('[part="edge-hint"]')!;
    expect(hint.textContent).toMatch(
      /^[\d,]+ edges: too many to step through one by one\. Focus a country/,
    );
    const edgeCount = Number(/^([\d,]+)/.exec(hint.textContent!)![1]!.replace(/,/g, ''));
    expect(edgeCount).toBeGreaterThan(250);
    // The table holds a row per visible tie of the page it shows, 250 at a time (issue 12: only
    // the page is in the DOM), with the count of the rest and "Show 250 more" below it.
    const rowIds = [
      ...root.querySelectorAll<HTMLElement>('table[part="ties-table"] tr[data-tie-id]'),
    ].map((r) => r.dataset['tieId']);
    expect(rowIds).toEqual(data.ties.slice(0, 250).map((t) => t.id));
    const listed = () =>
      root.querySelectorAll('table[part="ties-table"] tr[data-tie-id] .evidence-button').length;
    expect(listed()).toBe(250);
    const more = () => root.querySelector<HTMLButtonElement>('.table-more button');
    expect(root.querySelector('.table-more')!.textContent).toContain('250 of 1,000');
    more()!.focus();
    for (let shown = 250; shown < data.ties.length; shown += 250) {
      expect(more()!.textContent).toBe('Show 250 more');
      more()!.click();
      await el.updateComplete;
      expect(listed()).toBe(Math.min(shown + 250, data.ties.length));
      if (shown + 250 < data.ties.length) {
        expect(shadow(el).activeElement, 'focus stays on the button').toBe(more());
        expect(root.querySelector('[part="announcer"]')!.textContent).toContain(
          `${shown + 250} of 1,000`,
        );
      }
    }
    expect(more(), 'no button once every tie is listed').toBeNull();

    // The actor with the fewest ties (but some): focusing it gives a handle per edge of its own.
    const counts = new Map<string, number>();
    for (const t of data.ties)
      for (const id of [t.from, t.to]) counts.set(id, (counts.get(id) ?? 0) + 1);
    const [actor] = [...counts.entries()].sort((a, b) => a[1] - b[1])[0]!;
    el.setAttribute('focus', actor);
    await el.updateComplete;
    const handles = [...root.querySelectorAll<HTMLElement>('[part="edge-button"][data-edge-id]')];
    expect(handles.length).toBeGreaterThan(0);
    for (const handle of handles)
      expect(handle.dataset['edgeId']!.split(':')[0]!.split('>')).toContain(actor);
    expect(root.querySelector('[part="edge-hint"]')).toBeNull();
  });
});
