// Screenshots of the page around the map, for looking at: node scripts/page-shots.mjs BASE_URL OUT_DIR
// BASE_URL serves the project root with Vite (`npm start`): the demo article at /, the story example
// at /examples/story.html (its ../dist/ties-map.js is answered with the sources, so no build is needed).
// Writes OUT_DIR/phone-article-400x800.png, story-400x800.png and presenter-legend-1920x1080.png,
// and docs/placement.md's pictures: placement-1280x800.png, placement-400x800.png (the map scrolled
// into view), placement-story-400x800-1.png and -2.png (two frames while scrolling) and
// placement-presenter-1920x1080.png (or only those named after OUT_DIR: phone, story, presenter, placement).
import { chromium } from 'playwright';

const [base, out, ...only] = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'],
});

async function open(url, width, height) {
  const context = await browser.newContext({ viewport: { width, height }, bypassCSP: true });
  await context.route('**/dist/ties-map.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: "import '/src/index.ts';" }),
  );
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log(`pageerror: ${e.message}`));
  const drawn = page.waitForEvent('console', {
    predicate: (m) => m.text() === 'shots: drawn',
    timeout: 60_000,
  });
  await page.addInitScript(() =>
    document.addEventListener('ties-drawn', () => console.log('shots: drawn'), { once: true }),
  );
  await page.goto(new URL(url, base).href);
  await drawn;
  return page;
}

/** Resolves once the element has drawn the picture of the scene `id`. */
const sceneDrawn = (page, id) =>
  page
    .waitForFunction((scene) => document.querySelector('ties-map').scene === scene, id)
    .then(() =>
      page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      ),
    )
    .then(() => page.waitForTimeout(1200)); // the camera's ease, for the picture only

if (wanted('phone')) {
  const phone = await open('/', 400, 800);
  await phone.screenshot({ path: `${out}/phone-article-400x800.png` });
  console.log(
    'phone: map top',
    await phone.evaluate(
      () =>
        document.querySelector('ties-map').shadowRoot.querySelector('.map').getBoundingClientRect()
          .top,
    ),
  );
}

if (wanted('story')) {
  const story = await open('/examples/story.html', 400, 800);
  await story.evaluate(() =>
    document.querySelector('[data-ties-scene="iran-armenia"]').scrollIntoView({ block: 'center' }),
  );
  await sceneDrawn(story, 'iran-armenia');
  await story.screenshot({ path: `${out}/story-400x800.png` });
}

if (wanted('presenter')) {
  const presenter = await open('/', 1920, 1080);
  await presenter.locator('ties-map').locator('button.present').click();
  await presenter.keyboard.press('End');
  const last = await presenter.evaluate(
    () => document.querySelector('ties-map').model.scenes.at(-1).id,
  );
  await sceneDrawn(presenter, last);
  await presenter.screenshot({ path: `${out}/presenter-legend-1920x1080.png` });
}
if (wanted('placement')) {
  for (const [width, height] of [
    [1280, 800],
    [400, 800],
  ]) {
    const page = await open('/', width, height);
    await page.evaluate(() =>
      document
        .querySelector('ties-map')
        .shadowRoot.querySelector('.map')
        .scrollIntoView({ block: 'center' }),
    );
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    await page.screenshot({ path: `${out}/placement-${width}x${height}.png` });
  }
  const story = await open('/examples/story.html', 400, 800);
  const sections = await story.evaluate(() =>
    [...document.querySelectorAll('[data-ties-scene]')].map((s) => s.dataset.tiesScene),
  );
  for (const [i, id] of [sections[1], sections[3]].entries()) {
    await story.evaluate(
      (scene) =>
        document.querySelector(`[data-ties-scene="${scene}"]`).scrollIntoView({ block: 'center' }),
      id,
    );
    await sceneDrawn(story, id);
    await story.screenshot({ path: `${out}/placement-story-400x800-${i + 1}.png` });
  }
  const presenter = await open('/', 1920, 1080);
  await presenter.locator('ties-map').locator('button.present').click();
  await presenter.keyboard.press('End');
  const last = await presenter.evaluate(
    () => document.querySelector('ties-map').model.scenes.at(-1).id,
  );
  await sceneDrawn(presenter, last);
  await presenter.screenshot({ path: `${out}/placement-presenter-1920x1080.png` });
}
await browser.close();
