/**
 * Actor totals in the focus panel: a focused supplier of a register shows what it supplies and
 * receives in the layer's measure (scene/actor-totals.ts), summed over the ties in view.
 */
import { describe, expect, it } from 'vitest';
import { sipriLikeDataset } from '../../bench/sipri-like.ts';
import { formatValue } from '../../src/data/figure-text.ts';
import { lifecycleHooks, mount, nextEvent, shadow } from './helpers.ts';

lifecycleHooks();

const register = sipriLikeDataset();

describe('actor totals', () => {
  it("the focus panel of a register's supplier says its total out and in, in TIV m, and follows the filters", async () => {
    const { el } = mount(
      (e) => {
        e.setAttribute('renderer', 'svg');
        e.setAttribute('focus', 'USA');
        e.data = register;
      },
      { width: 1000, height: 560 },
    );
    await nextEvent(el, 'ties-drawn');
    const line = () =>
      shadow(el).querySelector('[part="focus-panel"] section[data-layer="arms"] .flow-totals')
        ?.textContent ?? '';
    const sum = (min: number) =>
      register.ties
        .filter((t) => t.from === 'USA' && (t.figure?.value ?? 0) >= min)
        .reduce((n, t) => n + (t.figure?.value ?? 0), 0);
    await expect.poll(line).toBe(`Total out ${formatValue(sum(0), 'TIV m', undefined, true)}`);
    // The legend says what the register's circles show.
    expect(shadow(el).querySelector('.legend [data-totals-key="arms"]')?.textContent).toContain(
      "Circle area: an actor's Arms total, out and in",
    );
    expect(el.derived!.scene.actors.find((a) => a.id === 'USA')?.total?.radius).toBeGreaterThan(0);
    el.setAttribute('min', '100');
    await expect.poll(line).toBe(`Total out ${formatValue(sum(100), 'TIV m', undefined, true)}`);
  });
});
