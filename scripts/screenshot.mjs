// Takes screenshots of the demo page for looking at: node scripts/screenshot.mjs URL OUT.png [WIDTH HEIGHT] [SRC]
// Waits for the element's ties-drawn event. Uses Debian's Chromium, like the tests.
import { chromium } from 'playwright';

const [url, out, width = '1280', height = '720', src] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (m) => console.log(`console.${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => console.log(`pageerror: ${e.message}`));
await page.goto(url);
const drawn = page.evaluate(
  (newSrc) =>
    new Promise((resolve) => {
      const el = document.querySelector('ties-map');
      el.addEventListener('ties-drawn', () => resolve('drawn'));
      el.addEventListener('ties-error', (e) => resolve(`error: ${JSON.stringify(e.detail)}`));
      if (newSrc) el.setAttribute('src', newSrc);
    }),
  src,
);
console.log(await Promise.race([drawn, new Promise((r) => setTimeout(() => r('timeout'), 30000))]));
await page.evaluate(() => document.querySelector('ties-map').scrollIntoView());
await page.screenshot({ path: out, fullPage: false });
await browser.close();
