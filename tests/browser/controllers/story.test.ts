/**
 * `<ties-map story>` with several maps on a page: a section goes to the map its `data-ties-map`
 * names, an unnamed one to the page's first story map; a map without `story` stays put; a section
 * that names no scene of the dataset is warned about. (examples/story.html end to end: tests/e2e/.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import A from '../../fixtures/valid-minimal.json';
import { mount, nextEvent } from '../helpers.ts';

beforeEach(() => page.viewport(1000, 700));
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

const B = {
  ...A,
  title: 'Second map',
  scenes: [
    ...A.scenes,
    { id: 'everything', title: 'Everything', caption: 'Every tie of the dataset.' },
  ],
};

function section(scene: string, map?: string): HTMLElement {
  const el = document.createElement('section');
  el.dataset['tiesScene'] = scene;
  if (map) el.dataset['tiesMap'] = map;
  el.textContent = `Section for ${scene}`;
  el.style.height = '900px';
  return el;
}

const centre = (el: Element) => el.scrollIntoView({ block: 'center' });

describe('<ties-map story> on a page with several maps', () => {
  it('each section selects its scene on its own map as it crosses the middle of the viewport', async () => {
    const first = mount((e) => {
      e.id = 'first';
      e.setAttribute('story', '');
      e.data = A;
    }).el;
    const second = mount((e) => {
      e.id = 'second';
      e.setAttribute('story', '');
      e.data = B;
    }).el;
    const still = mount((e) => {
      e.id = 'still';
      e.data = B;
    }).el;
    await Promise.all([first, second, still].map((el) => el.updateComplete));
    const sections = [section('arms'), section('everything', 'second'), section('arms', 'second')];
    document.body.append(...sections);

    centre(sections[0]!);
    await expect.poll(() => first.scene).toBe('arms');
    expect(second.scene).toBeNull();

    centre(sections[1]!);
    await expect.poll(() => second.scene).toBe('everything');
    expect(first.scene).toBe('arms');

    centre(sections[2]!);
    await expect.poll(() => second.scene).toBe('arms');
    expect(still.scene).toBeNull();

    // Back up: the scene of the section at the middle again.
    centre(sections[1]!);
    await expect.poll(() => second.scene).toBe('everything');
  });

  it('a section already at the middle before the dataset arrives is shown once it does; an unknown scene is warned about', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const wanted = section('arms');
    const unknown = section('nope');
    document.body.append(wanted, unknown);
    centre(wanted);
    const { el } = mount((e) => e.setAttribute('story', ''));
    await el.updateComplete;
    const ready = nextEvent(el, 'ties-ready');
    el.data = A;
    await ready;
    await expect.poll(() => el.scene).toBe('arms');
    centre(unknown);
    await expect
      .poll(() =>
        warn.mock.calls.map((c) => String(c[0])).find((m) => m.includes('data-ties-scene="nope"')),
      )
      .toBeTruthy();
    expect(el.scene).toBe('arms');
  });
});
