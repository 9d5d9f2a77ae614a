/**
 * The SVG export (issue 16): `toSVG()` is a standalone document of the current view (title,
 * legend, credit line, the edges shown, system fonts, nothing referenced from outside), and the
 * "Download SVG" button beside "Download PNG" saves exactly that document.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import shipped from '../../../data/azerbaijan-israel-usa.json';
import { mount, nextEvent, shadow } from '../helpers.ts';

beforeEach(async () => {
  await page.viewport(1280, 900);
});
afterEach(() => {
  document.body.replaceChildren();
});

function parse(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

const edgeIds = (doc: Document) =>
  [...doc.querySelectorAll('[data-edge-id]')].map((e) => e.getAttribute('data-edge-id'));

describe('toSVG()', () => {
  it('is a standalone SVG of the current view: title, edges shown, labels, legend, credit, no outside reference', async () => {
    const { el } = mount((e) => (e.data = shipped));
    await nextEvent(el, 'ties-drawn');
    const text = (await el.toSVG())!;
    const doc = parse(text);
    const root = doc.documentElement;
    expect(root.getAttribute('font-family')).toMatch(/^system-ui, /);
    expect(root.querySelector('title')!.textContent).toBe(shipped.title);
    expect(edgeIds(doc)).toEqual(el.derived!.scene.edges.map((e) => e.id));
    const words = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' | ');
    expect(words).toContain('Azerbaijan');
    expect(words).toContain('Sources: ');
    expect(words).toContain('Energy (');
    // Nothing fetched from elsewhere: no links, images, stylesheets or url() references.
    expect(doc.querySelectorAll('[href], image, style, foreignObject, script')).toHaveLength(0);
    expect(text).not.toMatch(/url\((?!#ties-disputed-hatch\))|xlink:|@import/);
    // The map is as wide as the element's map.
    expect(Number(root.getAttribute('width'))).toBe(
      shadow(el).querySelector<HTMLElement>('.gl')!.clientWidth,
    );
  });

  it('follows the view: a layer toggled off is not in it', async () => {
    const { el } = mount((e) => (e.data = shipped));
    await nextEvent(el, 'ties-drawn');
    const drawn = nextEvent(el, 'ties-drawn');
    shadow(el).querySelector<HTMLButtonElement>('button[data-layer="energy"]')!.click();
    await drawn;
    const ids = edgeIds(parse((await el.toSVG())!));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => id!.endsWith(':energy'))).toEqual([]);
    expect(ids).toEqual(el.derived!.scene.edges.map((e) => e.id));
  });

  it('"Download SVG", beside "Download PNG", saves the same document as an .svg file', async () => {
    const { el } = mount((e) => (e.data = shipped));
    await nextEvent(el, 'ties-drawn');
    const saved: { blob?: Blob; name?: string } = {};
    const { createObjectURL } = URL;
    const { click } = HTMLAnchorElement.prototype;
    URL.createObjectURL = (blob: Blob) => ((saved.blob = blob), 'blob:test');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.name = this.download;
    };
    try {
      const buttons = [
        ...shadow(el).querySelectorAll<HTMLButtonElement>('[part="layer-toggles"] button'),
      ].map((b) => b.textContent!.trim());
      expect(buttons.slice(-2)).toEqual(['Download PNG', 'Download SVG']);
      shadow(el).querySelector<HTMLButtonElement>('.svg-button')!.click();
      await expect.poll(() => saved.name).toBe('azerbaijan-israel-and-the-united-states.svg');
      expect(saved.blob!.type).toBe('image/svg+xml');
      expect(await saved.blob!.text()).toBe(await el.toSVG());
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
  });
});
