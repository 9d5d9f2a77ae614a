// Screenshots of the open evidence card, a focused actor and the dark theme, for looking at:
// node scripts/card-shots.mjs BASE_URL OUT_DIR WIDTH HEIGHT
import { chromium } from 'playwright';

const [base, out, width, height] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(base);
const el = page.locator('ties-map');
const drawn = () =>
  page.evaluate(
    () =>
      new Promise((r) =>
        document.querySelector('ties-map').addEventListener('ties-drawn', r, { once: true }),
      ),
  );
await drawn();
await page.evaluate(() => document.querySelector('ties-map').scrollIntoView());
await el.locator('[data-edge-id="ISR>AZE:arms"]').focus();
await page.keyboard.press('Enter');
await page.waitForTimeout(800);
await page.screenshot({ path: `${out}/card-${width}.png` });
await page.keyboard.press('Escape');
await el.locator('[data-actor-id="ARM"]').focus();
await page.keyboard.press('Enter');
await page.waitForTimeout(1200);
await page.screenshot({ path: `${out}/focus-${width}.png`, fullPage: true });
await page.keyboard.press('Escape');
await page.evaluate(() => {
  document.body.style.background = '#0e1013';
  document.querySelector('ties-map').setAttribute('theme', 'dark');
});
await page.waitForTimeout(1500);
await page.screenshot({ path: `${out}/dark-${width}.png` });
await browser.close();
