/**
 * Render tests in the manner of MapLibre's (test/integration/render): each folder under
 * scenarios/ holds scenario.json (dataset, viewport, view) and expected-<platform>.png; the
 * element is drawn in the browser project (WebGL under SwiftShader), screenshotted, and compared
 * with pixelmatch within a tolerance. `UPDATE=1 npx vitest run --project browser tests/render`
 * rewrites the expected images; a mismatch writes actual.png and actual-diff.png beside them to
 * look at (both ignored by git).
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { commands, page } from 'vitest/browser';
import pixelmatch from 'pixelmatch';
import { decodePng, mount, nextEvent } from '../browser/helpers.ts';

interface Scenario {
  dataset: string;
  viewport: { width: number; height: number };
  view: {
    focus?: string;
    scene?: string;
    layers?: string;
    presenter?: boolean;
    worldview?: string;
  };
}

const scenarios = import.meta.glob<Scenario>('./scenarios/*/scenario.json', {
  eager: true,
  import: 'default',
});
/** One expected image per platform: SwiftShader's rasterisation and the fonts differ between machines. */
const PLATFORM = navigator.platform.toLowerCase().includes('linux')
  ? 'linux'
  : navigator.platform.toLowerCase().replace(/\W+/g, '-');
/** pixelmatch's per-pixel colour threshold, and the share of pixels allowed to differ. */
const THRESHOLD = 0.1;
const ALLOWED_SHARE = 0.002;

afterEach(() => {
  document.body.replaceChildren();
});

function toBase64Png(data: ImageData): string {
  const canvas = document.createElement('canvas');
  canvas.width = data.width;
  canvas.height = data.height;
  canvas.getContext('2d')!.putImageData(data, 0, 0);
  return canvas.toDataURL('image/png').split(',')[1]!;
}

async function readOrNull(path: string): Promise<string | null> {
  try {
    return await commands.readFile(path, 'base64');
  } catch {
    return null;
  }
}

describe('render scenarios', () => {
  for (const [file, scenario] of Object.entries(scenarios)) {
    // commands read and write relative to the project root.
    const dir = `tests/render/${file.replace(/^\.\//, '').replace(/\/scenario\.json$/, '')}`;
    it(dir.replace('tests/render/scenarios/', ''), async () => {
      await page.viewport(scenario.viewport.width, scenario.viewport.height);
      const dataset = await (await fetch(`/${scenario.dataset}`)).json();
      const { el } = mount(
        (e) => {
          e.loading = 'eager';
          e.renderer = 'webgl'; // these expectations are the WebGL picture (the SVG one has its own snapshots)
          if (scenario.view.layers) e.setAttribute('layers', scenario.view.layers);
          if (scenario.view.focus) e.setAttribute('focus', scenario.view.focus);
          if (scenario.view.scene) e.setAttribute('scene', scenario.view.scene);
          if (scenario.view.presenter) e.setAttribute('presenter', '');
          if (scenario.view.worldview) e.setAttribute('worldview', scenario.view.worldview);
          e.data = dataset;
        },
        {
          width: scenario.viewport.width,
          height: Math.min(640, Math.max(320, Math.round(0.62 * scenario.viewport.height))),
        },
      );
      document.body.style.margin = '0';
      await nextEvent(el, 'ties-drawn');
      // The picture: the map with its HTML labels (the legend and table have their own tests).
      const map = el.shadowRoot!.querySelector<HTMLElement>('[part="map"]')!;
      map.scrollIntoView();
      const actual = await decodePng(await page.screenshot({ element: map, save: false }));
      const expectedPath = `${dir}/expected-${PLATFORM}.png`;
      const expectedBase64 = inject('updateRenders') ? null : await readOrNull(expectedPath);
      if (expectedBase64 === null) {
        await commands.writeFile(expectedPath, toBase64Png(actual), 'base64');
        return;
      }
      const expected = await decodePng(expectedBase64);
      expect([actual.width, actual.height], 'picture size').toEqual([
        expected.width,
        expected.height,
      ]);
      const diff = new ImageData(actual.width, actual.height);
      const mismatched = pixelmatch(
        actual.data,
        expected.data,
        diff.data,
        actual.width,
        actual.height,
        { threshold: THRESHOLD },
      );
      const share = mismatched / (actual.width * actual.height);
      if (share > ALLOWED_SHARE) {
        await commands.writeFile(`${dir}/actual.png`, toBase64Png(actual), 'base64');
        await commands.writeFile(`${dir}/actual-diff.png`, toBase64Png(diff), 'base64');
      }
      expect(share, `${mismatched} pixels differ; see ${dir}/actual-diff.png`).toBeLessThanOrEqual(
        ALLOWED_SHARE,
      );
    });
  }
});

declare module 'vitest' {
  export interface ProvidedContext {
    updateRenders: boolean;
  }
}
