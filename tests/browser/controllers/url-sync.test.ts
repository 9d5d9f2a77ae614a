/** The view in the URL hash (`sync-url`): two maps, back/forward, a fresh mount. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { mount, nextEvent, shadow } from '../helpers.ts';
import {
  SHIPPED_URL,
  expectedRows,
  sorted,
  rows,
  SHIPPED,
  SCENES,
  ALL_LAYERS,
  caption,
} from './steps-expectation.ts';

beforeEach(async () => {
  // Both maps in view: a second map below the fold starts only once the reader nears it.
  await page.viewport(1280, 1900);
});
afterEach(() => {
  document.body.replaceChildren();
});

// ---- the view in the URL hash, two maps on one page ------------------------------------------

function hashParams(): URLSearchParams {
  return new URLSearchParams(location.hash.replace(/^#/, ''));
}
function keysOf(prefix: string): string[] {
  return [...hashParams().keys()].filter((k) => k.startsWith(prefix)).sort();
}

async function mountSynced(id: string, attributes: Record<string, string> = {}) {
  const mounted = mount(
    (e) => {
      e.id = id;
      e.setAttribute('sync-url', '');
      for (const [name, value] of Object.entries(attributes)) e.setAttribute(name, value);
      e.src = SHIPPED_URL;
    },
    { width: 900, height: 380 },
  );
  await nextEvent(mounted.el, 'ties-ready');
  return mounted.el;
}

function openCardTies(el: HTMLElement): string[] {
  return [
    ...shadow(el).querySelectorAll<HTMLElement>('[part="evidence"] article[data-tie-id]'),
  ].map((a) => a.dataset['tieId']!);
}

describe('view in the URL hash', () => {
  let startUrl = '';
  beforeEach(() => {
    startUrl = location.href;
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  });
  afterEach(() => {
    document.body.replaceChildren();
    history.replaceState(history.state, '', startUrl.replace(/#.*$/, ''));
  });

  it('writes map A’s layers, focus, as-of and open tie under a. keys, leaves map B alone, and back/forward move through views', async () => {
    const a = await mountSynced('a');
    const b = await mountSynced('b', { focus: 'IRN', layers: 'diplomatic' });
    const bRows = expectedRows(SHIPPED, ['diplomatic'], null);
    const bUntouched = () => {
      expect(keysOf('b.')).toEqual([]);
      expect(b.getAttribute('focus')).toBe('IRN');
      expect(rows(b)).toEqual(bRows);
    };
    // Loading wrote nothing, and B keeps the view its attributes give it.
    expect(location.hash).toBe('');
    bUntouched();

    shadow(a).querySelector<HTMLButtonElement>('button[data-layer="arms"]')!.click();
    await a.updateComplete;
    expect(hashParams().get('a.layers')).toBe('energy,diplomatic');

    shadow(a).querySelector<HTMLButtonElement>('[data-actor-id="AZE"]')!.click();
    await a.updateComplete;
    expect(hashParams().get('a.focus')).toBe('AZE');

    a.setAttribute('as-of', '2022');
    await a.updateComplete;
    expect(hashParams().get('a.asof')).toBe('2022');
    const viewBeforeCard = location.hash;

    shadow(a)
      .querySelector<HTMLButtonElement>('[part="edge-button"][data-edge-id="AZE>ISR:energy"]')!
      .click();
    await a.updateComplete;
    expect(hashParams().get('a.tie')).toBe('AZE>ISR:energy');
    expect(keysOf('a.')).toEqual(['a.asof', 'a.focus', 'a.layers', 'a.tie']);
    expect(rows(a)).toEqual(expectedRows(SHIPPED, ['energy', 'diplomatic'], '2022'));
    expect(openCardTies(a).length).toBeGreaterThan(0);
    bUntouched();

    // Back: the card closes, the rest of A's view stays; B is still as it was.
    history.back();
    await expect.poll(() => location.hash).toBe(viewBeforeCard);
    await expect.poll(() => openCardTies(a)).toEqual([]);
    expect(a.getAttribute('focus')).toBe('AZE');
    expect(a.asOf).toBe('2022');
    expect(rows(a)).toEqual(expectedRows(SHIPPED, ['energy', 'diplomatic'], '2022'));
    bUntouched();

    // Back again: the as-of date goes.
    history.back();
    await expect.poll(() => hashParams().get('a.asof')).toBeNull();
    await expect.poll(() => a.asOf).toBeNull();
    expect(a.getAttribute('focus')).toBe('AZE');
    expect(rows(a)).toEqual(expectedRows(SHIPPED, ['energy', 'diplomatic'], null));
    bUntouched();

    // Forward: it comes back.
    history.forward();
    await expect.poll(() => a.asOf).toBe('2022');
    expect(rows(a)).toEqual(expectedRows(SHIPPED, ['energy', 'diplomatic'], '2022'));
    bUntouched();

    // Clearing B's authored focus is a view of its own: written as an empty b.focus, A's keys kept.
    const aKeys = keysOf('a.').map((k) => `${k}=${hashParams().get(k)}`);
    shadow(b).querySelector<HTMLButtonElement>('[data-actor-id="IRN"]')!.click();
    await b.updateComplete;
    expect(b.getAttribute('focus')).toBeNull();
    expect(hashParams().get('b.focus')).toBe('');
    expect(keysOf('a.').map((k) => `${k}=${hashParams().get(k)}`)).toEqual(aKeys);
    history.back();
    await expect.poll(() => b.getAttribute('focus')).toBe('IRN');
    expect(a.asOf).toBe('2022');
  });

  it('restores both maps’ views from a preset hash when mounted fresh with the same ids', async () => {
    const preset =
      '#a.layers=energy&a.focus=ISR&a.asof=2021&a.tie=AZE%3EISR%3Aenergy&b.scene=arms&other=kept';
    history.replaceState(history.state, '', `${location.pathname}${location.search}${preset}`);
    const a = await mountSynced('a');
    const b = await mountSynced('b');
    await a.updateComplete;

    expect(rows(a)).toEqual(expectedRows(SHIPPED, ['energy'], '2021'));
    expect(a.getAttribute('focus')).toBe('ISR');
    expect(a.asOf).toBe('2021');
    const edgeTies = SHIPPED.ties
      .filter(
        (t) =>
          (t as unknown as { from: string }).from === 'AZE' &&
          (t as unknown as { to: string }).to === 'ISR' &&
          t.layer === 'energy',
      )
      .map((t) => t.id);
    expect(sorted(openCardTies(a))).toEqual(
      sorted(edgeTies.filter((id) => expectedRows(SHIPPED, ['energy'], '2021').includes(id))),
    );

    const arms = SCENES.find((s) => s.id === 'arms')!;
    expect(caption(b)!.dataset['sceneId']).toBe('arms');
    expect(rows(b)).toEqual(expectedRows(SHIPPED, arms.layers ?? ALL_LAYERS, arms.asOf ?? null));
    expect(b.getAttribute('focus')).toBe(arms.focus);
    expect(b.asOf).toBe(arms.asOf);

    // Restoring wrote nothing back.
    expect(location.hash).toBe(preset);

    // A change on A keeps B's keys and the page's own; back restores the preset view.
    shadow(a).querySelector<HTMLButtonElement>('button[data-layer="arms"]')!.click();
    await a.updateComplete;
    expect(hashParams().get('a.layers')).toBe('energy,arms');
    expect(hashParams().get('b.scene')).toBe('arms');
    expect(hashParams().get('other')).toBe('kept');
    expect(rows(a)).toEqual(expectedRows(SHIPPED, ['energy', 'arms'], '2021'));
    history.back();
    await expect.poll(() => rows(a)).toEqual(expectedRows(SHIPPED, ['energy'], '2021'));
    expect(caption(b)!.dataset['sceneId']).toBe('arms');
  });
});
