/**
 * Top flows first in the element, in both renderers: on a register's crowded layer the largest
 * edges draw in full with their figure labels, the rest recede, the legend says so, and its
 * "Show all" draws every edge in full.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sipriLikeDataset } from '../../bench/sipri-like.ts';
import { LEGIBLE_MIN } from '../../src/scene/top-flows.ts';
import { lifecycleHooks, mount, nextEvent, shadow } from './helpers.ts';

lifecycleHooks();

const register = sipriLikeDataset();
const legendLine = (el: HTMLElement) =>
  shadow(el).querySelector('.legend [data-top-flows="arms"]')?.textContent ?? '';
const labelledEdges = (el: HTMLElement) =>
  [...shadow(el).querySelectorAll<HTMLElement>('[part="edge-label"]')].map(
    (l) => l.dataset['labelFor'],
  );

describe('top flows first', () => {
  it('SVG: the largest edges draw in full and labelled, the rest faint without labels or cues; Show all draws them all', async () => {
    const { el } = mount(
      (e) => {
        e.setAttribute('renderer', 'svg');
        e.data = register;
      },
      { width: 1000, height: 560 },
    );
    await nextEvent(el, 'ties-drawn');
    const scene = el.derived!.scene;
    const full = scene.edges.filter((e) => !e.recede).map((e) => e.id);
    const legible = scene.legend.topFlows![0]!.drawn;
    expect(full.length).toBe(legible);
    expect(legible).toBeGreaterThanOrEqual(LEGIBLE_MIN);
    const svg = shadow(el).querySelector('.gl svg.ties-svg-targets')!;
    expect(svg.querySelectorAll('[data-edge-id][data-recede="true"]')).toHaveLength(
      scene.edges.length - full.length,
    );
    const cues = [...svg.querySelectorAll<SVGElement>('[data-cue-for]')].map(
      (c) => c.dataset['cueFor'],
    );
    expect(cues.sort()).toEqual([...full].sort());
    await expect.poll(() => labelledEdges(el).length).toBeGreaterThan(0);
    expect(labelledEdges(el).every((id) => full.includes(id!))).toBe(true);
    expect(legendLine(el)).toContain(
      `Arms: the ${legible} largest in the measure drawn in full; + `,
    );
    const button = shadow(el).querySelector<HTMLButtonElement>('.legend .all-flows')!;
    expect(button.getAttribute('aria-pressed')).toBe('false');
    const drawn = nextEvent(el, 'ties-drawn');
    button.click();
    await drawn;
    expect(svg.querySelectorAll('[data-recede="true"]')).toHaveLength(0);
    expect(legendLine(el)).toContain('all 553 edges drawn in full');
    expect(shadow(el).querySelector('.legend .all-flows')!.getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('WebGL: the same scene draws, and Show all draws again', async () => {
    const { el } = mount(
      (e) => {
        e.setAttribute('renderer', 'webgl');
        e.setAttribute('loading', 'eager');
        e.data = register;
      },
      { width: 1000, height: 560 },
    );
    const first = await nextEvent(el, 'ties-drawn', 60_000);
    expect(first.detail).toEqual({ renderer: 'webgl' });
    expect(el.derived!.scene.edges.filter((e) => !e.recede)).toHaveLength(
      el.derived!.scene.legend.topFlows![0]!.drawn,
    );
    await expect.poll(() => labelledEdges(el).length).toBeGreaterThan(0);
    const full = el.derived!.scene.edges.filter((e) => !e.recede).map((e) => e.id);
    expect(labelledEdges(el).every((id) => full.includes(id!))).toBe(true);
    const drawn = nextEvent(el, 'ties-drawn', 60_000);
    shadow(el).querySelector<HTMLButtonElement>('.legend .all-flows')!.click();
    expect((await drawn).detail).toEqual({ renderer: 'webgl' });
    expect(el.derived!.scene.edges.some((e) => e.recede)).toBe(false);
  });
});

describe('the slide PNG of a register', () => {
  it("writes the legend's sentences: what draws in full and what the circles show", async () => {
    const { el } = mount(
      (e) => {
        e.setAttribute('renderer', 'svg');
        e.data = register;
      },
      { width: 1000, height: 560 },
    );
    await nextEvent(el, 'ties-drawn');
    const written: string[] = [];
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (
      this: CanvasRenderingContext2D,
      text: string,
      x: number,
      y: number,
      maxWidth?: number,
    ) {
      written.push(text);
      return maxWidth === undefined
        ? fillText.call(this, text, x, y)
        : fillText.call(this, text, x, y, maxWidth);
    };
    try {
      expect(await el.toPNG()).toBeInstanceOf(Blob);
    } finally {
      CanvasRenderingContext2D.prototype.fillText = fillText;
    }
    const text = written.join(' ');
    expect(text).toContain(
      `Arms: the ${el.derived!.scene.legend.topFlows![0]!.drawn} largest in the measure drawn in full;`,
    );
    expect(text).toContain("Circle area: an actor's Arms total, out and in");
  });
});

describe('"Show all" in the URL', () => {
  let startUrl = '';
  beforeEach(() => {
    startUrl = location.href;
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  });
  afterEach(() => history.replaceState(history.state, '', startUrl.replace(/#.*$/, '')));

  it('a hash with flows=all draws every edge in full, and "Largest first" takes it out of the hash', async () => {
    history.replaceState(history.state, '', '#m.flows=all');
    const { el } = mount(
      (e) => {
        e.id = 'm';
        e.setAttribute('sync-url', '');
        e.setAttribute('renderer', 'svg');
        e.data = register;
      },
      { width: 1000, height: 560 },
    );
    await nextEvent(el, 'ties-drawn');
    await expect.poll(() => el.derived?.scene.edges.some((e) => e.recede)).toBe(false);
    const button = shadow(el).querySelector<HTMLButtonElement>('.legend .all-flows')!;
    expect(button.getAttribute('aria-pressed')).toBe('true');
    button.click();
    await expect.poll(() => new URLSearchParams(location.hash.slice(1)).get('m.flows')).toBeNull();
    expect(el.derived!.scene.edges.some((e) => e.recede)).toBe(true);
    shadow(el).querySelector<HTMLButtonElement>('.legend .all-flows')!.click();
    await expect.poll(() => new URLSearchParams(location.hash.slice(1)).get('m.flows')).toBe('all');
  });
});
