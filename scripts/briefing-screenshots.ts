/**
 * The presenting docs' pictures of the presenter console: builds the shipped dataset's briefing
 * file, opens it at 1920×1080 in presenter mode on the energy scene, opens the console (C), and
 * writes both screens, and the two side by side, to docs/.
 *   npx tsx scripts/briefing-screenshots.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../vite.config.ts';

const file = join(mkdtempSync(join(tmpdir(), 'briefing-shots-')), 'briefing.html');
execFileSync(
  process.execPath,
  [
    'node_modules/tsx/dist/cli.mjs',
    'src/cli/briefing.ts',
    'data/azerbaijan-israel-usa.json',
    '--out',
    file,
    '--scene',
    'energy',
  ],
  { stdio: 'inherit' },
);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
const page = await context.newPage();
await page.addInitScript(() =>
  document.addEventListener(
    'ties-drawn',
    () => ((window as unknown as { drawn: boolean }).drawn = true),
    true,
  ),
);
await page.goto(pathToFileURL(file).href);
await page.waitForFunction(() => (window as unknown as { drawn?: boolean }).drawn === true);
await page.evaluate(
  () =>
    ((document.querySelector('ties-map') as unknown as { presenter: boolean }).presenter = true),
);
await page.waitForFunction(() =>
  document.querySelector('ties-map')?.hasAttribute('data-fullscreen'),
);
const popup = context.waitForEvent('page');
await page.keyboard.press('c');
const consolePage = await popup;
await consolePage.setViewportSize({ width: 1920, height: 1080 });
await consolePage.waitForFunction(() => {
  const small = document.querySelector('ties-console')?.shadowRoot?.querySelector('ties-map');
  return small?.shadowRoot?.querySelector('svg [data-edge-id]') != null;
});
await page.screenshot({ path: 'docs/briefing-audience-1920x1080.png' });
await consolePage.screenshot({ path: 'docs/presenter-console-1920x1080.png' });
await browser.close();
console.log('wrote docs/briefing-audience-1920x1080.png and docs/presenter-console-1920x1080.png');
