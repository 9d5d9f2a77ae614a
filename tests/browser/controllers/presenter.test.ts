/** Presenter mode by keyboard: every shipped scene, with its caption, ties and focus. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { mount, nextEvent, shadow } from '../helpers.ts';
import { SHIPPED_URL, SCENES, caption, expectScene } from './steps-expectation.ts';

beforeEach(async () => {
  await page.viewport(1280, 900);
});
afterEach(() => {
  document.body.replaceChildren();
});

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
