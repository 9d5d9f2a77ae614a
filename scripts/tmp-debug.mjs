import { chromium } from 'playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'] });
for (const width of [1280, 375]) {
const page = await browser.newPage({ viewport: { width, height: 800 } });
await page.addInitScript(() => {
  window.__shifts = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push([e.value.toFixed(4), ...e.sources.map((s) => `${s.node?.nodeName}#${s.node?.id} ${s.previousRect.y},${s.previousRect.height}->${s.currentRect.y},${s.currentRect.height}`)]); }).observe({ type: 'layout-shift', buffered: true });
});
let release; const released = new Promise((r) => (release = r));
await page.route('**/data/*.json', async (route) => { await released; await route.continue(); });
await page.goto('http://127.0.0.1:8765/examples/cms-article.html');
await page.waitForFunction(() => [...document.querySelectorAll('ties-map')].every((el) => el.shadowRoot?.querySelector('.map-status')));
await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
const heights = () => page.evaluate(() => [...document.querySelectorAll('ties-map')].map((el) => Math.round(el.getBoundingClientRect().height) + '/' + Math.round(el.shadowRoot.querySelector('.map')?.getBoundingClientRect().height ?? 0)));
console.log(width, 'before', await heights());
release();
await page.waitForFunction(() => document.getElementById('ties')?.shadowRoot?.querySelector('canvas'), undefined, { timeout: 60000 });
await page.waitForTimeout(1500);
console.log(width, 'after', await heights(), JSON.stringify(await page.evaluate(() => window.__shifts), null, 0));
await page.close();
}
await browser.close();
