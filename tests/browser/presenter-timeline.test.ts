import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import shipped from '../../data/azerbaijan-israel-usa.json';
import fixture from '../fixtures/second-map.json';
import type { TiesMap } from '../../src/components/ties-map.ts';
import { countColour, distinctColours, mount, nextEvent, shadow, tableRowIds } from './helpers.ts';

const SHIPPED_URL = '/data/azerbaijan-israel-usa.json';

beforeEach(async () => {
  await page.viewport(1280, 900);
});
afterEach(() => {
  document.body.replaceChildren();
});

// ---- the expectation, written from DESIGN.md independently of src/state/view-state.ts ------------

interface TieLike { id: string; layer: string; when?: { from?: string; to?: string }; ended?: string }
interface SceneLike { id: string; title: string; layers?: string[]; focus?: string; ties?: string[]; asOf?: string }
interface DatasetLike { ties: TieLike[]; layers?: { id: string }[]; scenes?: SceneLike[] }

/** A date names a period: "2022" runs from 2022-01-01 to 2022-12-31, "2022-02" to 2022-02-28. */
function firstDay(date: string): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}
function lastDay(date: string): string {
  const [year, month, day] = date.split('-') as [string, string?, string?];
  if (month === undefined) return `${year}-12-31`;
  if (day !== undefined) return date;
  const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return `${year}-${month}-${String(days).padStart(2, '0')}`;
}

/** Visible: layer shown, `when.from` on or before the as-of date, not `ended` before it. Sorted ids. */
function expectedRows(dataset: DatasetLike, layers: readonly string[] | null, asOf: string | null): string[] {
  return dataset.ties
    .filter((t) => layers === null || layers.includes(t.layer))
    .filter((t) => asOf === null || t.when?.from === undefined || firstDay(t.when.from) <= lastDay(asOf))
    .filter((t) => asOf === null || t.ended === undefined || lastDay(t.ended) >= firstDay(asOf))
    .map((t) => t.id)
    .sort();
}

const sorted = (ids: string[]) => [...ids].sort();
const rows = (el: HTMLElement) => sorted(tableRowIds(el));

const SHIPPED = shipped as unknown as DatasetLike & { title: string };
const SCENES = SHIPPED.scenes!;
const ALL_LAYERS = SHIPPED.layers!.map((l) => l.id);

function caption(el: HTMLElement): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>('[part="caption"]');
}

async function expectScene(el: TiesMap, index: number): Promise<void> {
  const step = SCENES[index]!;
  await expect.poll(() => caption(el)?.dataset['sceneId'], { timeout: 10_000 }).toBe(step.id);
  await el.updateComplete;
  expect(caption(el)!.querySelector('h3')!.textContent).toBe(step.title);
  expect(shadow(el).querySelector('[part="scenes"] .counter')!.textContent).toContain(`${index + 1}`);
  const expected = expectedRows(SHIPPED, step.layers ?? ALL_LAYERS, step.asOf ?? null);
  expect(rows(el), step.id).toEqual(expected);
  for (const id of step.ties ?? []) expect(expected, `${step.id} highlights ${id}`).toContain(id);
  expect(el.getAttribute('focus'), step.id).toBe(step.focus ?? null);
  expect(el.asOf, step.id).toBe(step.asOf ?? null);
}

describe('presenter mode, by keyboard', () => {
  it('steps through every shipped scene with → / Space / PageDown, each showing its caption, ties and focus', async () => {
    expect(SCENES.length).toBeGreaterThan(3);
    const { el } = mount((e) => (e.src = SHIPPED_URL), { width: 1000, height: 560 });
    await nextEvent(el, 'ties-drawn');
    expect(caption(el)).toBeNull(); // no scene chosen yet
    const present = shadow(el).querySelector<HTMLButtonElement>('[part="scenes"] button.present')!;
    await userEvent.click(present);
    await expect.poll(() => el.dataset['fullscreen']).toMatch(/^(native|pseudo)$/);
    expect(el.presenter).toBe(true);
    expect(el.hasAttribute('presenter')).toBe(true);
    expect(present.getAttribute('aria-pressed')).toBe('true');
    await expectScene(el, 0);

    const keys = ['{ArrowRight}', '[Space]', '{PageDown}'];
    for (let i = 1; i < SCENES.length; i++) {
      await userEvent.keyboard(keys[(i - 1) % keys.length]!);
      await expectScene(el, i);
      // Still presenting: Space did not press the focused Present button.
      expect(el.presenter).toBe(true);
    }
    // Past the last scene, next stays there.
    await userEvent.keyboard('{ArrowRight}');
    await expectScene(el, SCENES.length - 1);
  });

  it('goes back with ← / PageUp, jumps with Home / End and number keys, and leaves with Escape', async () => {
    const { el } = mount((e) => (e.src = SHIPPED_URL), { width: 1000, height: 560 });
    await nextEvent(el, 'ties-drawn');
    el.setAttribute('presenter', '');
    await expect.poll(() => el.dataset['fullscreen']).toMatch(/^(native|pseudo)$/);
    await expectScene(el, 0);
    const last = SCENES.length - 1;

    await userEvent.keyboard('{End}');
    await expectScene(el, last);
    await userEvent.keyboard('{ArrowLeft}');
    await expectScene(el, last - 1);
    await userEvent.keyboard('{PageUp}');
    await expectScene(el, last - 2);
    await userEvent.keyboard('{Home}');
    await expectScene(el, 0);
    await userEvent.keyboard('{ArrowLeft}'); // before the first: stays
    await expectScene(el, 0);
    await userEvent.keyboard('3');
    await expectScene(el, 2);
    expect(SCENES[2]!.focus).toBeDefined(); // Escape below must leave even when a scene focuses an actor

    // With keyboard focus inside the element, as after clicking Present.
    shadow(el).querySelector<HTMLButtonElement>('[part="scenes"] button.present')!.focus();
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => el.presenter).toBe(false);
    await el.updateComplete;
    expect(el.hasAttribute('presenter')).toBe(false);
    await expect.poll(() => el.dataset['fullscreen']).toBeUndefined();
    expect(document.fullscreenElement).toBeNull();
    // Leaving keeps the scene; the keys no longer move it.
    await expectScene(el, 2);
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(caption(el)!.dataset['sceneId']).toBe(SCENES[2]!.id);
  });
});

describe('camera between scenes', () => {
  let reduce = false;
  const original = window.matchMedia;
  beforeEach(() => {
    reduce = false;
    // The reader's motion setting, switchable mid-test; every other media query is the browser's.
    window.matchMedia = (query: string) => {
      if (!query.includes('prefers-reduced-motion')) return original.call(window, query);
      const list = original.call(window, query);
      return Object.create(list, { matches: { get: () => reduce } }) as MediaQueryList;
    };
  });
  afterEach(() => {
    window.matchMedia = original;
  });

  /**
   * Steps to a scene and tells how the camera got there: a jump starts and ends its move in one
   * task, an eased move ends in a later animation frame.
   */
  async function step(el: TiesMap, sceneId: string): Promise<'jump' | 'ease'> {
    type Evented = { once(t: string, f: () => void): void };
    const map = (el as unknown as { mapRenderer: { map: Evented } }).mapRenderer.map;
    const how = new Promise<'jump' | 'ease'>((resolve) => map.once('movestart', () => {
      let sameTask = true;
      setTimeout(() => (sameTask = false), 0);
      map.once('moveend', () => resolve(sameTask ? 'jump' : 'ease'));
    }));
    el.scene = sceneId;
    const result = await how;
    await expect.poll(() => caption(el)?.dataset['sceneId']).toBe(sceneId);
    return result;
  }

  it('eases to the next scene, and jumps once the reader asks for reduced motion', async () => {
    const { el } = mount((e) => {
      e.src = SHIPPED_URL;
      e.scene = 'iran-armenia';
    }, { width: 1000, height: 560 });
    await nextEvent(el, 'ties-drawn');
    expect(await step(el, 'gaza-isf')).toBe('ease');
    reduce = true; // turned on mid-briefing: the next move already jumps
    expect(await step(el, 'iran-armenia')).toBe('jump');
    expect(await step(el, 'gaza-isf')).toBe('jump');
  });
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
  const text = shadow(el).querySelector(`[part="layer-toggles"] button[data-layer="${layer}"] span`)!.textContent!;
  return Number(/\((\d+)\)/.exec(text)![1]);
}

describe('as-of date', () => {
  it('shows, at each date, exactly the ties that started by then', async () => {
    const { el } = await mountData(structuredClone(fixture));
    // Written out by hand from the fixture, so a shared mistake in the filter cannot hide.
    const byHand: [string | null, string[]][] = [
      ['2021', ['nor-ltu-power', 'nato-ltu-guarantee']],
      ['2022-06', ['nor-ltu-power', 'deu-ukr-arms', 'pol-ukr-arms', 'rus-ukr-hostility', 'nato-ltu-guarantee']],
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
    const stops = [...new Map(FIXTURE.ties.filter((t) => t.when?.from).map((t) => [firstDay(t.when!.from!), t.when!.from!])).entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1)).map(([, date]) => date);
    expect(stops).toEqual(['2021', '2022', '2022-02', '2022-10', '2023', '2025']);

    const timeline = shadow(el).querySelector<HTMLElement>('[part="timeline"]')!;
    const slider = timeline.querySelector<HTMLInputElement>('input[type="range"]')!;
    expect(Number(slider.max)).toBe(stops.length);
    expect(slider.value).toBe(String(stops.length)); // "All dates"
    expect(timeline.textContent).toContain('All dates');
    for (const layer of FIXTURE_LAYERS) expect(toggleCount(el, layer)).toBe(FIXTURE.ties.filter((t) => t.layer === layer).length);

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
    expect(expected).toEqual(sorted(['nor-ltu-power', 'deu-ukr-arms', 'pol-ukr-arms', 'rus-ukr-hostility', 'nato-ltu-guarantee']));
    // The counts on the layer buttons are those of the date, not of the whole dataset.
    for (const layer of FIXTURE_LAYERS) {
      expect(toggleCount(el, layer), layer).toBe(expectedRows(FIXTURE, [layer], date).length);
    }
    expect(toggleCount(el, 'energy')).toBe(1);
    expect(shadow(el).querySelector('[part="announcer"]')!.textContent).toContain(`${expected.length} of ${FIXTURE.ties.length} ties shown`);

    // The last stop is "All dates" again.
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    expect(el.asOf).toBeNull();
    expect(rows(el)).toEqual(sorted(FIXTURE.ties.map((t) => t.id)));
    expect(toggleCount(el, 'energy')).toBe(FIXTURE.ties.filter((t) => t.layer === 'energy').length);
  });

  it('plays through the dates: each step shows that date\'s ties, Pause stops it', async () => {
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

// ---- the view in the URL hash, two maps on one page ------------------------------------------

function hashParams(): URLSearchParams {
  return new URLSearchParams(location.hash.replace(/^#/, ''));
}
function keysOf(prefix: string): string[] {
  return [...hashParams().keys()].filter((k) => k.startsWith(prefix)).sort();
}

async function mountSynced(id: string, attributes: Record<string, string> = {}) {
  const mounted = mount((e) => {
    e.id = id;
    e.setAttribute('sync-url', '');
    for (const [name, value] of Object.entries(attributes)) e.setAttribute(name, value);
    e.src = SHIPPED_URL;
  }, { width: 900, height: 380 });
  await nextEvent(mounted.el, 'ties-ready');
  return mounted.el;
}

function openCardTies(el: HTMLElement): string[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('[part="evidence"] article[data-tie-id]')].map((a) => a.dataset['tieId']!);
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

    shadow(a).querySelector<HTMLButtonElement>('[data-edge-id="AZE>ISR:energy"]')!.click();
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
    const preset = '#a.layers=energy&a.focus=ISR&a.asof=2021&a.tie=AZE%3EISR%3Aenergy&b.scene=arms&other=kept';
    history.replaceState(history.state, '', `${location.pathname}${location.search}${preset}`);
    const a = await mountSynced('a');
    const b = await mountSynced('b');
    await a.updateComplete;

    expect(rows(a)).toEqual(expectedRows(SHIPPED, ['energy'], '2021'));
    expect(a.getAttribute('focus')).toBe('ISR');
    expect(a.asOf).toBe('2021');
    const edgeTies = SHIPPED.ties.filter((t) => (t as unknown as { from: string }).from === 'AZE'
      && (t as unknown as { to: string }).to === 'ISR' && t.layer === 'energy').map((t) => t.id);
    expect(sorted(openCardTies(a))).toEqual(sorted(edgeTies.filter((id) => expectedRows(SHIPPED, ['energy'], '2021').includes(id))));

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

// ---- slide export ----------------------------------------------------------------------------

describe('slide PNG export', () => {
  it('gives a PNG at twice the map size, with title band, layer and width keys, that is not blank', async () => {
    const { el } = mount((e) => (e.src = SHIPPED_URL), { width: 1000, height: 560 });
    await nextEvent(el, 'ties-drawn');
    const drawn = nextEvent(el, 'ties-drawn');
    el.setAttribute('scene', 'gaza-isf');
    await drawn;

    const blob = await el.toPNG();
    expect(blob).toBeInstanceOf(Blob);
    expect(blob!.type).toBe('image/png');
    const bitmap = await createImageBitmap(blob!);

    // export-png.ts: the map picture at 2× its CSS size, a title band (and the scene's caption)
    // above it and the legend and credit lines below, type sized as a share of the width.
    const gl = shadow(el).querySelector<HTMLElement>('.gl')!;
    const mapWidth = gl.clientWidth, mapHeight = gl.clientHeight;
    expect(mapWidth).toBeGreaterThan(500);
    expect(bitmap.width).toBe(2 * mapWidth);
    const bands = bitmap.height - 2 * mapHeight;
    expect(bands, `height ${bitmap.height}`).toBeGreaterThan(0.08 * bitmap.width);
    expect(bands, `height ${bitmap.height}`).toBeLessThan(0.35 * bitmap.width);

    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const titleBand = Math.round(0.045 * bitmap.width);
    const all = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const title = ctx.getImageData(0, 0, canvas.width, titleBand);
    const picture = ctx.getImageData(0, Math.round(bitmap.height / 2 - mapHeight / 2), canvas.width, mapHeight);
    const footerTop = titleBand + 2 * mapHeight;
    const footer = ctx.getImageData(0, footerTop, canvas.width, canvas.height - footerTop);
    const lastLine = ctx.getImageData(0, canvas.height - Math.round(0.02 * bitmap.width), canvas.width, Math.round(0.02 * bitmap.width));
    expect(distinctColours(all)).toBeGreaterThan(100);
    expect(distinctColours(picture)).toBeGreaterThan(60);
    // The title band and the last credit line carry text: more than their background colour.
    expect(distinctColours(title)).toBeGreaterThan(4);
    expect(distinctColours(lastLine)).toBeGreaterThan(4);

    // The legend shows the visible layer's colour (the scene shows only diplomatic ties), not a hidden one's.
    const colourOf = (layer: string) => shadow(el).querySelector(`button[data-layer="${layer}"] rect`)!.getAttribute('fill')!;
    expect(colourOf('diplomatic')).toMatch(/^#[0-9a-f]{6}$/i);
    expect(countColour(footer, colourOf('diplomatic'), 12)).toBeGreaterThan(50);
    expect(countColour(footer, colourOf('energy'), 12)).toBeLessThan(10);

    // Under the layer key, the width key: the visible layer's widest stroke per unit, in rows of
    // their own, so the footer has the layer's colour in more than one horizontal band.
    const colourBands = (pixels: ImageData, hex: string) => {
      let bands = 0, inBand = false;
      for (let y = 0; y < pixels.height; y++) {
        const row = new ImageData(pixels.data.slice(y * pixels.width * 4, (y + 1) * pixels.width * 4), pixels.width, 1);
        const has = countColour(row, hex, 12) > 20;
        if (has && !inBand) bands++;
        inBand = has;
      }
      return bands;
    };
    expect(colourBands(footer, colourOf('diplomatic'))).toBeGreaterThanOrEqual(2);
  });
});
