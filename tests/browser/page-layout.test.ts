/**
 * The page around the map: the demo article on a phone (the map on the first screen), the story
 * example on a phone (a short sticky map that keeps its height, each section's text visible while
 * its scene shows), presenter mode (a legend, every named actor labelled, figures first in the
 * focus panel) and a right-to-left page (figures in order, no widening). The article pages are
 * the shipped ones (index.html, examples/story.html with its stylesheets), put into this document.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import indexHtml from '../../index.html?raw';
import articleCss from '../../examples/article.css?raw';
import storyHtml from '../../examples/story.html?raw';
import storyCss from '../../examples/story.css?raw';
import type { TiesMap } from '../../src/components/ties-map/ties-map.component.ts';
import { SHIPPED_URL } from './controllers/steps-expectation.ts';
import { mount, nextEvent, shadow } from './helpers.ts';

const added: Element[] = [];
afterEach(() => {
  for (const el of added.splice(0)) el.remove();
  document.body.replaceChildren();
  document.documentElement.removeAttribute('dir');
  window.scrollTo(0, 0);
});

/** Puts a shipped page's body and its styles (inline, or the given stylesheets' text) into this document. */
function showPage(source: string, stylesheets: string[] = []): TiesMap {
  const doc = new DOMParser().parseFromString(source, 'text/html');
  for (const text of [
    ...[...doc.head.querySelectorAll('style')].map((s) => s.textContent ?? ''),
    ...stylesheets,
  ]) {
    const style = document.createElement('style');
    style.textContent = text.replace(/@import[^;]*;/g, '');
    document.head.append(style);
    added.push(style);
  }
  document.body.replaceChildren(
    ...[...doc.body.childNodes].map((n) => document.importNode(n, true)),
  );
  return document.querySelector<TiesMap>('ties-map')!;
}

const box = (el: Element) => el.getBoundingClientRect();

describe('the demo article on a phone (400 × 800)', () => {
  it('shows the map on the first screen: the description folds to one line, the timeline and downloads behind one button', async () => {
    await page.viewport(400, 800);
    const el = showPage(indexHtml);
    await nextEvent(el, 'ties-ready');
    const root = shadow(el);
    const map = root.querySelector('.map')!;
    // Under the headline and standfirst, with a fifth of the screen or more of map in sight.
    expect(box(map).top + window.scrollY).toBeLessThan(800 - 160);
    expect(box(document.querySelector('.standfirst')!).bottom).toBeLessThan(box(map).top);

    const description = root.querySelector<HTMLElement>('header .description p')!;
    const line = parseFloat(getComputedStyle(description).lineHeight);
    expect(box(description).height).toBeLessThan(1.5 * line);
    const more = root.querySelector<HTMLButtonElement>('header .more-text')!;
    expect(box(more).width).toBeGreaterThan(0);
    await userEvent.click(more);
    await expect.poll(() => box(description).height).toBeGreaterThan(2 * line);
    expect(more.getAttribute('aria-expanded')).toBe('true');

    // The timeline and both downloads are out of the way until the one button opens them.
    const folded = () => [
      root.querySelector('[part="timeline"]')!,
      ...root.querySelectorAll('.png-button'),
    ];
    expect(folded().map((e) => box(e).height)).toEqual([0, 0, 0]);
    await userEvent.click(root.querySelector<HTMLButtonElement>('.extras-button')!);
    await expect.poll(() => folded().every((e) => box(e).height > 0)).toBe(true);

    // The scene control is one line.
    const bar = root.querySelector('[part="scenes"]')!;
    expect(box(bar).height).toBeLessThan(2 * box(bar.querySelector('button.next')!).height);
  });
});

/** Two frames: what a scroll changed has been laid out, observed and painted. */
const frames = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );

/** The text is in the viewport and nothing of the map lies over it (corners and middle). */
function readable(text: HTMLElement, map: HTMLElement): boolean {
  const r = box(text);
  if (r.top < box(map).bottom - 0.5 || r.bottom > window.innerHeight || r.height === 0)
    return false;
  return [
    [r.left + 4, r.top + 4],
    [r.right - 4, r.bottom - 4],
    [(r.left + r.right) / 2, (r.top + r.bottom) / 2],
  ].every(([x, y]) => text.contains(document.elementFromPoint(x!, y!)));
}

describe('the story example on a phone (400 × 800)', () => {
  it("keeps a short map of one height, and each section's text in sight while its scene shows, down and back up", async () => {
    await page.viewport(400, 800);
    const el = showPage(storyHtml, [articleCss, storyCss]);
    await nextEvent(el, 'ties-ready');
    const sections = [...document.querySelectorAll<HTMLElement>('[data-ties-scene]')];
    expect(sections.length).toBeGreaterThan(3);
    const height = box(el).height;
    expect(height).toBeLessThanOrEqual(0.6 * 800);
    // The line a section crosses: the middle of what the stuck map leaves of the screen (DESIGN.md, Publishing).
    const line = (parseFloat(getComputedStyle(el).top) + height + window.innerHeight) / 2;
    const text = (section: HTMLElement) => section.querySelector<HTMLElement>('h2')!.parentElement!;

    const visit = async (section: HTMLElement, edge: 'top' | 'bottom') => {
      const id = section.dataset['tiesScene'];
      // Across the line (by a few pixels: the observer works on whole pixels): its top scrolling down, its bottom scrolling up.
      window.scrollBy(
        0,
        edge === 'top' ? box(section).top - (line - 10) : box(section).bottom - (line + 10),
      );
      await expect.poll(() => el.scene).toBe(id);
      expect(box(el).height).toBe(height);
      expect(readable(text(section), el), `${id}: text readable as its scene starts`).toBe(true);
      // The other end of the scene: the section about to leave the line.
      window.scrollBy(
        0,
        edge === 'top' ? box(section).bottom - (line + 10) : box(section).top - (line - 10),
      );
      await frames();
      expect(el.scene).toBe(id);
      expect(box(el).height).toBe(height);
      expect(readable(text(section), el), `${id}: text readable as its scene ends`).toBe(true);
    };
    for (const section of sections) await visit(section, 'top');
    for (const section of sections.slice(0, -1).reverse()) await visit(section, 'bottom');
  });
});

/** Whether a text's first character is drawn left of its last, as left-to-right text reads. */
function drawnInOrder(el: Element): boolean {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const chars: { node: Text; at: number }[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let at = 0; at < node.data.length; at++)
      if (node.data[at]!.trim()) chars.push({ node, at });
  }
  const rect = ({ node, at }: { node: Text; at: number }) => {
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    return range.getBoundingClientRect();
  };
  return rect(chars[0]!).left < rect(chars[chars.length - 1]!).left;
}

describe('on a right-to-left page', () => {
  it("draws the element's figures and counts in their own order, and its hidden table widens nothing", async () => {
    await page.viewport(1000, 800);
    document.documentElement.dir = 'rtl';
    const { el } = mount((e) => (e.src = SHIPPED_URL), { width: 900, height: 520 });
    await nextEvent(el, 'ties-drawn');
    const root = shadow(el);
    await expect
      .poll(() => root.querySelectorAll('.edge-label[style*="translate"]').length)
      .toBeGreaterThan(0);
    expect(document.documentElement.scrollWidth).toBe(document.documentElement.clientWidth);

    const figures = [
      ...root.querySelectorAll('.edge-label'),
      root.querySelector('.scenes .counter')!,
    ].filter((e) => /\d/.test(e.textContent ?? '') && box(e).width > 0);
    // Those a page's direction reorders: a number first ("12 bcm/yr +1", "6 scenes") or a range ("60–69%").
    expect(figures.filter((e) => /^\d|\d–\d/.test(e.textContent!.trim())).length).toBeGreaterThan(
      1,
    );
    for (const figure of figures) {
      expect(['isolate', 'isolate-override', 'plaintext'], figure.textContent!).toContain(
        getComputedStyle(figure).unicodeBidi,
      );
      expect(drawnInOrder(figure), figure.textContent!).toBe(true);
    }
  });
});

describe('presenter mode at 1920 × 1080, the last shipped scene', () => {
  it('keys what the scene shows, labels every actor it names, and lists figures first in the focus panel', async () => {
    await page.viewport(1920, 1080);
    const { el } = mount((e) => (e.src = SHIPPED_URL), { width: 1900, height: 700 });
    await nextEvent(el, 'ties-drawn');
    el.setAttribute('presenter', '');
    const last = el.model!.scenes.at(-1)!;
    const drawn = nextEvent(el, 'ties-drawn');
    el.scene = last.id;
    await drawn;
    const root = shadow(el);
    const map = root.querySelector<HTMLElement>('.map')!;

    // A compact key over the map: the scene's layers, by name.
    const key = root.querySelector<HTMLElement>('[part="scene-key"]')!;
    expect(key).not.toBeNull();
    expect(box(key).height).toBeGreaterThan(0);
    for (const layer of last.layers ?? [])
      expect(key.textContent).toContain(el.model!.layers.find((l) => l.id === layer)!.label);

    // The actors its highlighted ties join, and those its title or caption names: each labelled, on the map.
    const named = new Set(
      el.model!.ties.filter((t) => last.ties?.includes(t.id)).flatMap((t) => [t.from, t.to]),
    );
    for (const actor of el.model!.actors)
      if (`${last.title} ${last.caption}`.includes(actor.name)) named.add(actor.id);
    expect(named.has('IDN')).toBe(true);
    await expect
      .poll(() =>
        [...named].filter((id) => {
          const label = root.querySelector<HTMLElement>(`.actor-label[data-actor-id="${id}"]`);
          if (!label || label.style.visibility === 'hidden' || label.hasAttribute('data-gave-way'))
            return true;
          const r = box(label),
            m = box(map);
          return r.left < m.left || r.right > m.right || r.top < m.top || r.bottom > m.bottom;
        }),
      )
      .toEqual([]);

    // The key covers no label: actor and figure labels keep clear of it as of each other.
    const overlapsKey = () => {
      const k = box(key);
      return [
        ...root.querySelectorAll<HTMLElement>('.actor-label[data-actor-id], [data-label-for]'),
      ]
        .filter(
          (label) => label.style.visibility !== 'hidden' && !label.hasAttribute('data-gave-way'),
        )
        .filter((label) => {
          const r = box(label);
          return (
            r.width > 0 &&
            r.left < k.right &&
            r.right > k.left &&
            r.top < k.bottom &&
            r.bottom > k.top
          );
        })
        .map((label) => label.dataset['actorId'] ?? label.dataset['labelFor']);
    };
    await expect.poll(overlapsKey).toEqual([]);

    // The focus panel: ties with a figure first, the rest folded into a count that lists them.
    const panel = root.querySelector<HTMLElement>('[part="focus-panel"]')!;
    const rows = () => [...panel.querySelectorAll<HTMLElement>('button[data-tie-id]')];
    const figureOf = (row: HTMLElement) =>
      el.model!.ties.find((t) => t.id === row.dataset['tieId'])!.figure;
    const mine = el.derived!.visible.filter((t) => t.from === last.focus || t.to === last.focus);
    const bare = mine.filter((t) => !t.figure).length;
    expect(bare).toBeGreaterThan(1);
    expect(rows().length).toBe(mine.length - bare);
    expect(rows().every((row) => figureOf(row))).toBe(true);
    const more = panel.querySelector<HTMLButtonElement>('button.focus-more')!;
    expect(more.textContent!.trim()).toBe(`+ ${bare} ties without a figure`);
    await userEvent.click(more);
    await expect.poll(() => rows().length).toBe(mine.length);
    const firstBare = rows().findIndex((row) => !figureOf(row));
    expect(
      rows()
        .slice(firstBare)
        .every((row) => !figureOf(row)),
    ).toBe(true);
    expect(firstBare).toBe(mine.length - bare);
  });

  it('keeps every label clear of the scene key on a 1280 px projector', async () => {
    await page.viewport(1280, 720);
    const { el } = mount((e) => (e.src = SHIPPED_URL), { width: 1260, height: 450 });
    await nextEvent(el, 'ties-drawn');
    el.setAttribute('presenter', '');
    const drawn = nextEvent(el, 'ties-drawn');
    el.scene = el.model!.scenes.at(-1)!.id;
    await drawn;
    const root = shadow(el);
    const key = root.querySelector<HTMLElement>('[part="scene-key"]')!;
    const k = box(key);
    const covered = [
      ...root.querySelectorAll<HTMLElement>('.actor-label[data-actor-id], [data-label-for]'),
    ]
      .filter(
        (label) => label.style.visibility !== 'hidden' && !label.hasAttribute('data-gave-way'),
      )
      .filter((label) => {
        const r = box(label);
        return (
          r.width > 0 &&
          r.left < k.right &&
          r.right > k.left &&
          r.top < k.bottom &&
          r.bottom > k.top
        );
      })
      .map((label) => label.dataset['actorId'] ?? label.dataset['labelFor']);
    expect(covered).toEqual([]);
  });
});
