/**
 * The presenter console as a presenter meets it: "Presenter console" opens a second window that
 * shows the notes, the next scene and a small map; the console and the audience map step
 * together from either side over their BroadcastChannel; an edge opened in the console opens on
 * the projector; a note never reaches the audience; a blocked pop-up gets a sentence; and either
 * side goes on working when the other closes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import shipped from '../../../data/azerbaijan-israel-usa.json';
import {
  getConsoleModule,
  setConsoleModule,
} from '../../../src/components/internal/console-channel.ts';
import type { TiesConsole } from '../../../src/components/ties-console/ties-console.component.ts';
import type { TiesMap } from '../../../src/components/ties-map/ties-map.component.ts';
import { mount, nextEvent, shadow } from '../helpers.ts';

const SHIPPED_URL = '/data/azerbaijan-israel-usa.json';
const scenes = shipped.scenes as { id: string; title: string; notes?: string }[];
const opened: Window[] = [];

afterEach(() => {
  for (const win of opened.splice(0)) win.close();
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

async function audience(id: string): Promise<TiesMap> {
  const { el } = mount((e) => {
    e.id = id;
    e.renderer = 'svg';
    e.loading = 'eager';
    e.src = SHIPPED_URL;
  });
  await nextEvent(el, 'ties-ready');
  return el;
}

const audienceIndex = (el: TiesMap) => scenes.findIndex((s) => s.id === el.view.step);

/** Presses "Presenter console" and waits until the console window shows the dataset. */
async function openConsole(el: TiesMap): Promise<{ win: Window; console: TiesConsole }> {
  const spy = vi.spyOn(window, 'open');
  shadow(el).querySelector<HTMLButtonElement>('.console-button')!.click();
  const win = spy.mock.results.at(-1)!.value as Window;
  expect(win).toBeTruthy();
  opened.push(win);
  let found: TiesConsole | null = null;
  await expect
    .poll(
      () => {
        found = win.document.querySelector('ties-console') as TiesConsole | null;
        return found?.shadowRoot?.querySelector('[part="notes"]') != null;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return { win, console: found! };
}

const notesText = (c: TiesConsole) =>
  c.shadowRoot!.querySelector('[part="notes"]')!.textContent ?? '';

describe('the presenter console', () => {
  it('stays in step with the audience map over 20 random steps from either side; notes only in the console', async () => {
    const el = await audience('briefing-a');
    const { console: c } = await openConsole(el);
    // The first step: the audience map has none yet; the console's list sets one.
    let expected = 0;
    c.shadowRoot!.querySelector<HTMLButtonElement>(
      `button[data-scene="${scenes[0]!.id}"]`,
    )!.click();
    await expect.poll(() => audienceIndex(el)).toBe(0);
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let step = 0; step < 20; step++) {
      if (random() < 0.5) {
        // The audience side: its scene bar's ‹ or ›.
        const forward = expected === 0 || (expected < scenes.length - 1 && random() < 0.5);
        shadow(el)
          .querySelector<HTMLButtonElement>(forward ? '.scenes .next' : '.scenes .prev')!
          .click();
        expected += forward ? 1 : -1;
      } else {
        // The console side: a scene of its list, or a clicker key in its window.
        const target = Math.floor(random() * scenes.length);
        if (random() < 0.5) {
          c.shadowRoot!.querySelector<HTMLButtonElement>(
            `button[data-scene="${scenes[target]!.id}"]`,
          )!.click();
          expected = target;
        } else {
          const key = expected < scenes.length - 1 ? 'ArrowRight' : 'ArrowLeft';
          c.ownerDocument.dispatchEvent(
            new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
          );
          expected += key === 'ArrowRight' ? 1 : -1;
        }
      }
      await expect
        .poll(() => [audienceIndex(el), c.index], { timeout: 10_000 })
        .toEqual([expected, expected]);
      await el.updateComplete;
      await c.updateComplete;
      const scene = scenes[expected]!;
      // The console shows this scene's notes in full and the next scene's title …
      expect(notesText(c).replace(/\s+/g, ' ')).toContain(
        scene.notes!.split('\n\n')[0]!.replace(/\s+/g, ' '),
      );
      expect(c.shadowRoot!.querySelector('[part="next"]')!.textContent).toContain(
        scenes[expected + 1]?.title ?? 'Last scene',
      );
      // … and no note of any scene is anywhere on the audience side.
      const seen = shadow(el).textContent ?? '';
      for (const s of scenes)
        for (const paragraph of s.notes!.split('\n\n')) expect(seen).not.toContain(paragraph);
    }
  });

  it("opens on the projector the edge opened in the console, and the console follows the projector's card", async () => {
    const el = await audience('briefing-b');
    const { console: c } = await openConsole(el);
    const energy = scenes.findIndex((s) => s.id === 'energy');
    c.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-scene="energy"]`)!.click();
    await expect.poll(() => audienceIndex(el)).toBe(energy);
    const small = c.shadowRoot!.querySelector('ties-map') as TiesMap;
    await expect
      .poll(() => shadow(small).querySelector('.edge-handle') !== null, { timeout: 30_000 })
      .toBe(true);
    const handle = shadow(small).querySelector<HTMLElement>('.edge-handle')!;
    const edge = handle.dataset['edgeId']!;
    handle.click();
    await expect.poll(() => el.view.openEdge).toBe(edge);
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="evidence"]')).not.toBeNull();
    // Closed on the projector: closed in the console too.
    shadow(el).querySelector<HTMLButtonElement>('[part="evidence"] button.close')!.click();
    await expect.poll(() => small.view.openEdge).toBe(null);
  });

  it('shows a picture of the next scene that follows each step, and none on the last', async () => {
    const el = await audience('briefing-next');
    const { console: c } = await openConsole(el);
    const root = c.shadowRoot!;
    const picture = () => root.querySelector<HTMLElement>('[part="next-picture"]');
    const pictureMap = () => picture()?.querySelector('ties-map') as TiesMap | null | undefined;
    for (const index of [0, 1, 2]) {
      if (index === 0)
        root.querySelector<HTMLButtonElement>(`button[data-scene="${scenes[0]!.id}"]`)!.click();
      else root.querySelector<HTMLButtonElement>('.next-button')!.click();
      await expect.poll(() => audienceIndex(el)).toBe(index);
      const next = scenes[index + 1]!;
      await expect.poll(() => picture()?.getAttribute('aria-label')).toBe(`Next: ${next.title}`);
      // The picture's map shows that scene (its view), and has drawn it.
      await expect.poll(() => pictureMap()?.view.step).toBe(next.id);
      await expect
        .poll(() => shadow(pictureMap()!).querySelectorAll('[data-edge-id]').length)
        .toBeGreaterThan(0);
      // Only the current scene's map answers the pointer and the keyboard.
      expect(pictureMap()!.inert).toBe(true);
    }
    root.querySelector<HTMLButtonElement>(`button[data-scene="${scenes.at(-1)!.id}"]`)!.click();
    await expect.poll(() => audienceIndex(el)).toBe(scenes.length - 1);
    await expect.poll(() => picture()).toBe(null);
  });

  it('says what to allow when the browser blocks the pop-up', async () => {
    const el = await audience('briefing-c');
    vi.spyOn(window, 'open').mockReturnValue(null);
    shadow(el).querySelector<HTMLButtonElement>('.console-button')!.click();
    await el.updateComplete;
    const alert = shadow(el).querySelector('[part="console-status"][role="alert"]');
    expect(alert?.textContent).toContain('Allow pop-ups for this page');
  });

  it("says so in the console window when the map's script cannot load there", async () => {
    const el = await audience('briefing-g');
    const real = getConsoleModule()!;
    const missing = new URL('/no-such-script.js', location.href).href;
    setConsoleModule(missing);
    try {
      const spy = vi.spyOn(window, 'open');
      shadow(el).querySelector<HTMLButtonElement>('.console-button')!.click();
      const win = spy.mock.results.at(-1)!.value as Window;
      opened.push(win);
      await expect
        .poll(() => win.document.querySelector('[role="alert"]')?.textContent ?? '', {
          timeout: 30_000,
        })
        .toContain(`could not load the map's script from ${missing}`);
    } finally {
      setConsoleModule(real);
    }
  });

  it('keeps both sides working when either closes', async () => {
    const el = await audience('briefing-d');
    const first = await openConsole(el);
    first.win.close();
    // The audience still steps on its own.
    shadow(el).querySelector<HTMLButtonElement>('.scenes .next')!.click();
    await expect.poll(() => audienceIndex(el)).toBe(0);
    // A console opened again picks the talk up where the audience is …
    const { console: c } = await openConsole(el);
    await expect.poll(() => c.index).toBe(0);
    // … and, the audience gone, says so and still steps through its notes.
    el.remove();
    await expect
      .poll(() => c.shadowRoot!.querySelector('.status')?.textContent ?? '')
      .toContain('not answering');
    c.shadowRoot!.querySelector<HTMLButtonElement>(
      `button[data-scene="${scenes[3]!.id}"]`,
    )!.click();
    await c.updateComplete;
    expect(c.index).toBe(3);
    expect(notesText(c)).toContain(scenes[3]!.notes!.split('\n\n')[0]!);
  });

  it('never crosses two maps on one page: each console follows its own map', async () => {
    const [a, b] = await Promise.all([audience('briefing-e'), audience('briefing-f')]);
    const ca = (await openConsole(a)).console;
    const cb = (await openConsole(b)).console;
    ca.shadowRoot!.querySelector<HTMLButtonElement>(
      `button[data-scene="${scenes[2]!.id}"]`,
    )!.click();
    cb.shadowRoot!.querySelector<HTMLButtonElement>(
      `button[data-scene="${scenes[4]!.id}"]`,
    )!.click();
    await expect.poll(() => [audienceIndex(a), audienceIndex(b)]).toEqual([2, 4]);
    expect([ca.index, cb.index]).toEqual([2, 4]);
  });
});
