// Screenshots of presenter mode and an exported slide PNG at 1920×1080, for looking at:
// node scripts/presenter-shots.mjs BASE_URL OUT_DIR
// Writes OUT_DIR/presenter-1920.png and OUT_DIR/slide.png, and the slide also to docs/slide-export.png.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';

const [base, out] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'],
});
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
page.on('pageerror', (e) => console.log(`pageerror: ${e.message}`));
await page.goto(base);
await page.evaluate(
  () =>
    new Promise((r) =>
      document.querySelector('ties-map').addEventListener('ties-drawn', r, { once: true }),
    ),
);
await page.locator('ties-map').locator('button.present').click();
await page.waitForTimeout(1500);
for (let i = 0; i < 5; i++) {
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(1500);
}
await page.screenshot({ path: `${out}/presenter-1920.png` });
const png = await page.evaluate(async () => {
  const blob = await document.querySelector('ties-map').toPNG();
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
});
writeFileSync(`${out}/slide.png`, Buffer.from(png, 'base64'));
writeFileSync(
  fileURLToPath(new URL('../docs/slide-export.png', import.meta.url)),
  Buffer.from(png, 'base64'),
);
await browser.close();
