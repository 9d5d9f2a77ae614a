/**
 * A map drawn once (issue 16: Lighthouse on a phone): a fetched dataset's scene is laid out for the
 * map's shape as the loading placeholder lays the map's box out, so a phone's tall map is not laid
 * out wide first and then, on the map's first resize report, laid out tall and drawn a second time
 * (a second scene geometry in one long task, the base map projected and rastered twice).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import shipped from '../../../data/azerbaijan-israel-usa.json';
import { mount, nextEvent, shadow, tableRowIds } from '../helpers.ts';
import { controlFetch } from './controlled-fetch.ts';

let fetches: ReturnType<typeof controlFetch>;
beforeEach(async () => {
  await page.viewport(412, 823);
  fetches = controlFetch();
});
afterEach(() => {
  fetches.restore();
  document.body.replaceChildren();
});

/** Counts the base maps (`g.land` elements) put into the element's picture from now on. */
function countBaseMaps(root: ShadowRoot): { count: () => number; stop: () => void } {
  const seen = new Set<Element>();
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches('g.land')) seen.add(node);
        for (const land of node.querySelectorAll('g.land')) seen.add(land);
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return { count: () => seen.size, stop: () => observer.disconnect() };
}

/** Two frames: the map's ResizeObserver has reported, and any update it asked for has run. */
const twoFrames = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/**
 * The shipped dataset fetched (or, `data`, set as the property before the element is in the page)
 * into a map of this size: the element, its events and how many base maps it built.
 */
async function loadedAt(size: { width: number; height: number }, input: 'src' | 'data' = 'src') {
  const { el, events } = mount(
    (e) => (input === 'src' ? (e.src = '/slow/shipped.json') : (e.data = shipped)),
    size,
  );
  const baseMaps = countBaseMaps(shadow(el));
  if (input === 'src') (await fetches.next()).answer(JSON.stringify(shipped));
  await nextEvent(el, 'ties-drawn');
  await twoFrames();
  await el.updateComplete;
  baseMaps.stop();
  return { el, events, baseMaps: baseMaps.count() };
}

describe('the first picture', () => {
  it('a phone-shaped (tall) map from src is laid out and drawn once', async () => {
    const { el, events, baseMaps } = await loadedAt({ width: 380, height: 600 });
    expect(baseMaps).toBe(1);
    expect(events.filter((e) => e.type === 'ties-drawn')).toHaveLength(1);
    const svg = shadow(el).querySelector('.gl svg')!;
    // The picture fills the tall box it was laid out for.
    expect(Number(svg.getAttribute('height'))).toBeGreaterThan(Number(svg.getAttribute('width')));
  });

  it('a tall map given its dataset as the data property (shown before the map has a box) is drawn once, tall', async () => {
    const { el, baseMaps } = await loadedAt({ width: 380, height: 600 }, 'data');
    expect(baseMaps).toBe(1);
    const svg = shadow(el).querySelector('.gl svg')!;
    expect(Number(svg.getAttribute('height'))).toBeGreaterThan(Number(svg.getAttribute('width')));
  });

  it('a wide map from src is drawn once too', async () => {
    expect((await loadedAt({ width: 400, height: 300 })).baseMaps).toBe(1);
  });
});

describe('the first render', () => {
  it('paints the frame before it builds the table rows, which are all there at ties-ready', async () => {
    const { el } = mount((e) => (e.src = '/slow/shipped.json'), { width: 380, height: 600 });
    // What the frame's first render put in the DOM (seen in the task that rendered it), and the
    // rows at the next frame, before its paint.
    const first = new Promise<{
      title: string | undefined;
      rows: number;
      busy: string | null;
      atFrame: Promise<number>;
    }>((resolve) => {
      const observer = new MutationObserver(() => {
        const table = shadow(el).querySelector('table[part="ties-table"]');
        if (!table) return;
        observer.disconnect();
        const atFrame = new Promise<number>((done) =>
          requestAnimationFrame(() => done(tableRowIds(el).length)),
        );
        resolve({
          title: shadow(el).querySelector('header h2')?.textContent,
          rows: tableRowIds(el).length,
          busy: table.getAttribute('aria-busy'),
          atFrame,
        });
      });
      observer.observe(shadow(el), { childList: true, subtree: true });
    });
    (await fetches.next()).answer(JSON.stringify(shipped));
    const { title, rows, busy, atFrame } = await first;
    expect(title).toBe(shipped.title);
    expect(rows).toBe(0);
    expect(busy).toBe('true');
    expect(await atFrame).toBe(0);
    await nextEvent(el, 'ties-ready');
    expect(tableRowIds(el)).toEqual(el.derived!.visible.map((t) => t.id));
    expect(shadow(el).querySelector('table[part="ties-table"]')?.hasAttribute('aria-busy')).toBe(
      false,
    );
  });
});
