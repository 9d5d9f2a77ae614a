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
import type { TiesMap } from '../../src/components/ties-map.ts';
import { nextEvent, shadow } from './helpers.ts';

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
  for (const text of [...[...doc.head.querySelectorAll('style')].map((s) => s.textContent ?? ''), ...stylesheets]) {
    const style = document.createElement('style');
    style.textContent = text.replace(/@import[^;]*;/g, '');
    document.head.append(style);
    added.push(style);
  }
  document.body.replaceChildren(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
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
    const folded = () => [root.querySelector('[part="timeline"]')!, ...root.querySelectorAll('.png-button')];
    expect(folded().map((e) => box(e).height)).toEqual([0, 0, 0]);
    await userEvent.click(root.querySelector<HTMLButtonElement>('.extras-button')!);
    await expect.poll(() => folded().every((e) => box(e).height > 0)).toBe(true);

    // The scene control is one line.
    const bar = root.querySelector('[part="scenes"]')!;
    expect(box(bar).height).toBeLessThan(2 * box(bar.querySelector('button.next')!).height);
  });
});
