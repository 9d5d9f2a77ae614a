/**
 * The `flows` attribute on a register (scene/top-flows.ts): `flows="all"` draws every edge in
 * full, the legend's "Show all" and "Largest first" set and clear it, and a value the element
 * cannot use is said and draws the largest first.
 */
import { describe, expect, it, vi } from 'vitest';
import { sipriLikeDataset } from '../../bench/sipri-like.ts';
import { lifecycleHooks, mount, nextEvent, shadow } from './helpers.ts';

lifecycleHooks();

const register = sipriLikeDataset();
const receded = (el: HTMLElement) =>
  shadow(el).querySelectorAll('.gl svg.ties-svg-targets [data-edge-id][data-recede="true"]').length;
const allFlowsButton = (el: HTMLElement) =>
  shadow(el).querySelector<HTMLButtonElement>('.legend .all-flows')!;

describe('the flows attribute', () => {
  it('flows="all" draws every edge of a register in full; setting it to top lets the rest recede again', async () => {
    const { el } = mount(
      (e) => {
        e.setAttribute('renderer', 'svg');
        e.setAttribute('flows', 'all');
        e.data = register;
      },
      { width: 1000, height: 560 },
    );
    await nextEvent(el, 'ties-drawn');
    expect(el.derived!.scene.edges.some((e) => e.recede)).toBe(false);
    expect(receded(el)).toBe(0);
    expect(allFlowsButton(el).getAttribute('aria-pressed')).toBe('true');
    expect(shadow(el).querySelector('.legend [data-top-flows="arms"]')!.textContent).toContain(
      'drawn in full',
    );
    const drawn = nextEvent(el, 'ties-drawn');
    el.flows = 'top';
    await drawn;
    expect(receded(el)).toBeGreaterThan(100);
    expect(allFlowsButton(el).getAttribute('aria-pressed')).toBe('false');
  });

  it('the legend\'s Show all sets flows="all" on the element, and Largest first takes it off', async () => {
    const { el } = mount(
      (e) => {
        e.setAttribute('renderer', 'svg');
        e.data = register;
      },
      { width: 1000, height: 560 },
    );
    await nextEvent(el, 'ties-drawn');
    expect(el.hasAttribute('flows')).toBe(false);
    let drawn = nextEvent(el, 'ties-drawn');
    allFlowsButton(el).click();
    await drawn;
    expect(receded(el)).toBe(0);
    await expect.poll(() => el.getAttribute('flows')).toBe('all');
    expect(el.flows).toBe('all');
    drawn = nextEvent(el, 'ties-drawn');
    allFlowsButton(el).click();
    await drawn;
    expect(receded(el)).toBeGreaterThan(100);
    await expect.poll(() => el.hasAttribute('flows')).toBe(false);
  });

  it('a value it cannot use is warned about and announced, and the largest draw first', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const { el } = mount(
        (e) => {
          e.id = 'register';
          e.setAttribute('renderer', 'svg');
          e.setAttribute('flows', 'All');
          e.data = register;
        },
        { width: 1000, height: 560 },
      );
      await nextEvent(el, 'ties-drawn');
      expect(receded(el)).toBeGreaterThan(100);
      const message =
        'flows="All" is not top or all; did you mean "all"? (values are case-sensitive); drawing the largest first.';
      expect(warn).toHaveBeenCalledWith(`ties-map#register: ${message}`);
      await expect
        .poll(() => shadow(el).querySelector('[part="announcer"]')?.textContent ?? '')
        .toContain(message);
    } finally {
      warn.mockRestore();
    }
  });
});
