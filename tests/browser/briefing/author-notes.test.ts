/**
 * Speaker notes on the authoring page: a dropped dataset's scenes list their notes in boxes the
 * author can edit; an edit goes into the downloaded dataset (and a too-long one is refused,
 * located), while the map beside them never shows a note.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../../src/author/index.ts';
import type { TiesAuthor } from '../../../src/author/ties-author/ties-author.component.ts';
import shippedJson from '../../../data/azerbaijan-israel-usa.json?raw';
import { shadow } from '../helpers.ts';

const shipped = JSON.parse(shippedJson) as { scenes: { id: string; notes: string }[] };
let author: TiesAuthor;

beforeEach(() => {
  author = document.createElement('ties-author');
  author.renderer = 'svg';
  document.body.append(author);
});

afterEach(() => author.remove());

const boxes = () => [
  ...shadow(author).querySelectorAll<HTMLLabelElement>('[part="notes"] .scene-notes'),
];

async function type(sceneId: string, text: string): Promise<void> {
  const area = boxes()
    .find((b) => b.dataset['scene'] === sceneId)!
    .querySelector('textarea')!;
  area.value = text;
  area.dispatchEvent(new Event('change'));
  await author.settled;
}

describe('speaker notes on the authoring page', () => {
  it("shows every scene's notes and puts an edit into the downloaded dataset", async () => {
    await author.take([
      new File([shippedJson], 'azerbaijan-israel-usa.json', { type: 'application/json' }),
    ]);
    expect(boxes().map((b) => b.dataset['scene'])).toEqual(shipped.scenes.map((s) => s.id));
    expect(boxes()[1]!.querySelector('textarea')!.value).toBe(shipped.scenes[1]!.notes);

    await type('arms', 'Say: up to 69%.\n\nThen pause.');
    const href = shadow(author).querySelector<HTMLAnchorElement>('a[part="download"]')!.href;
    const downloaded = (await (await fetch(href)).json()) as {
      scenes: { id: string; notes?: string }[];
    };
    expect(downloaded.scenes.find((s) => s.id === 'arms')!.notes).toBe(
      'Say: up to 69%.\n\nThen pause.',
    );
    expect(downloaded.scenes.find((s) => s.id === 'energy')!.notes).toBe(shipped.scenes[1]!.notes);

    // The map shows no note.
    const map = shadow(author).querySelector('ties-map')!;
    await expect
      .poll(() => map.shadowRoot?.querySelector('table[part="ties-table"]') != null)
      .toBe(true);
    expect(map.shadowRoot!.textContent).not.toContain('Then pause.');
  });

  it('refuses notes over the cap with a located problem and no download', async () => {
    await author.take([
      new File([shippedJson], 'azerbaijan-israel-usa.json', { type: 'application/json' }),
    ]);
    await type('arms', 'x'.repeat(4001));
    expect(shadow(author).querySelector('[part="problems"]')!.textContent).toContain(
      '4001 characters long',
    );
    expect(shadow(author).querySelector('a[part="download"]')).toBeNull();
  });

  it('downloads the offline briefing file of the dataset as edited', async () => {
    await author.take([
      new File([shippedJson], 'azerbaijan-israel-usa.json', { type: 'application/json' }),
    ]);
    await type('arms', 'Briefing-file note.');
    shadow(author).querySelector<HTMLButtonElement>('button[part="briefing"]')!.click();
    await expect.poll(() => author.briefingUrl, { timeout: 60_000 }).toBeTruthy();
    const page = await (await fetch(author.briefingUrl!)).text();
    expect(page).toContain('<ties-map id="briefing" renderer="svg"');
    expect(page).toContain('<title>Azerbaijan, Israel and the United States</title>');
    expect(page).toContain('Briefing-file note.');
    expect(page.length).toBeGreaterThan(300_000);
    expect(page.length).toBeLessThan(1.5 * 1024 * 1024);
  });
});
