/**
 * Nothing invisible takes keyboard focus, and view attributes the dataset cannot honour are said,
 * not ignored (issue 12).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import shipped from '../../../data/azerbaijan-israel-usa.json';
import { mount, nextEvent, shadow, tableRowIds } from '../helpers.ts';

beforeEach(async () => {
  await page.viewport(1280, 900);
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** The element inside the shadow root that has keyboard focus, if any. */
function focused(el: HTMLElement): HTMLElement | null {
  return (shadow(el).activeElement as HTMLElement | null) ?? null;
}

/** True when a sighted user can see the element: a box of its own inside the viewport, not clipped away. */
function seen(target: HTMLElement): boolean {
  const box = target.getBoundingClientRect();
  if (box.width < 1 || box.height < 1) return false;
  if (
    box.right < 0 ||
    box.bottom < 0 ||
    box.left > innerWidth ||
    box.top > document.documentElement.scrollHeight
  )
    return false;
  for (
    let node: Element | null = target;
    node;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null
  ) {
    const style = getComputedStyle(node);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    if (style.clipPath === 'inset(50%)' || (style.clip !== 'auto' && style.clip !== ''))
      return false;
  }
  return true;
}

describe('keyboard', () => {
  it('every Tab stop is visible while the table is hidden, and the table joins once shown', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.append(before);
    const { el } = mount((e) => (e.src = '/data/azerbaijan-israel-usa.json'));
    await nextEvent(el, 'ties-drawn');
    before.focus();
    const stops: HTMLElement[] = [];
    for (let i = 0; i < 400; i++) {
      await userEvent.tab();
      const target = focused(el);
      if (document.activeElement !== el || !target) break;
      stops.push(target);
    }
    expect(stops.length).toBeGreaterThan(5);
    const unseen = stops.filter((s) => !seen(s)).map((s) => s.className || s.tagName);
    expect(unseen).toEqual([]);
    expect(stops.some((s) => s.classList.contains('evidence-button'))).toBe(false);
    // Shown, the table's Evidence buttons are Tab stops.
    shadow(el).querySelector<HTMLButtonElement>('.table-button')!.click();
    await el.updateComplete;
    const evidence = shadow(el).querySelector<HTMLButtonElement>('.evidence-button')!;
    expect(evidence.tabIndex).toBe(0);
    expect(seen(evidence)).toBe(true);
  });
});

describe('view attributes the dataset cannot honour', () => {
  const announcer = (el: HTMLElement) =>
    shadow(el).querySelector('[part="announcer"]')!.textContent ?? '';

  it('as-of that is not a date: all ties show, and a warning says why', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { el } = mount((e) => {
      e.setAttribute('as-of', 'yesterday');
      e.data = shipped;
    });
    await nextEvent(el, 'ties-ready');
    await el.updateComplete;
    expect(tableRowIds(el)).toHaveLength(shipped.ties.length);
    const said = warn.mock.calls.map((c) => String(c[0])).join('\n');
    expect(said).toContain('as-of="yesterday" is not an ISO 8601 date');
    await expect.poll(() => announcer(el)).toContain('as-of="yesterday"'); // said once the update has painted
    expect(shadow(el).textContent).not.toContain('As of yesterday');
  });

  it('an impossible calendar date is refused too', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { el } = mount((e) => {
      e.setAttribute('as-of', '2025-02-30');
      e.data = shipped;
    });
    await nextEvent(el, 'ties-ready');
    expect(tableRowIds(el)).toHaveLength(shipped.ties.length);
    expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toContain(
      '"2025-02-30" is not an ISO 8601 date',
    );
  });

  it('a layer id in the wrong case says which id was meant', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { el } = mount((e) => {
      e.setAttribute('layers', 'ENERGY');
      e.data = shipped;
    });
    await nextEvent(el, 'ties-ready');
    await el.updateComplete;
    const said = warn.mock.calls.map((c) => String(c[0])).join('\n');
    expect(said).toContain(
      'layers: "ENERGY" is not a layer of this dataset; did you mean "energy"?',
    );
    await expect.poll(() => announcer(el)).toContain('did you mean "energy"');
  });

  it('unknown focus and scene ids are named with the known ones', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { el } = mount((e) => {
      e.setAttribute('focus', 'XYZ');
      e.data = shipped;
    });
    await nextEvent(el, 'ties-ready');
    el.setAttribute('scene', 'nope');
    await el.updateComplete;
    const said = warn.mock.calls.map((c) => String(c[0])).join('\n');
    expect(said).toContain('focus: "XYZ" is not an actor of this dataset; known: AZE');
    expect(said).toContain('scene: "nope" is not a scene of this dataset; known: ');
    expect(said).toContain(shipped.scenes[0]!.id);
  });
});
