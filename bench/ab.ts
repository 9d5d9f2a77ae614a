/**
 * `npx tsx bench/ab.ts OLD_CHECKOUT NEW_CHECKOUT [kinds] [pages] [ties]`: the same interactions
 * on two builds, served side by side and loaded alternately in one browser, so the shared
 * machine's noise falls on both (each checkout needs its `dist/` built and
 * `bench/dist/data/synthetic-N.json`, which `npm run bench` writes). Prints, for A (the first)
 * and B, the median first frame and the median next paint and own work of each interaction,
 * with every sample. Defaults: `layer,focus`, 3 pages each, 10,000 ties, 3 clicks a page.
 */
import { chromium } from 'playwright';
import type { AddressInfo } from 'node:net';
import { serve } from '../scripts/serve.ts';
import { chromiumArgs, chromiumPath } from '../vite.config.ts';
const [rootA, rootB] = [process.argv[2]!, process.argv[3]!];
const kinds = (process.argv[4] ?? 'layer,focus').split(',');
const reps = Number(process.argv[5] ?? 3);
const n = process.argv[6] ?? '10000';
const servers = await Promise.all([serve(rootA, 0, {}), serve(rootB, 0, {})]);
const origins = servers.map((s) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`);
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
  headless: true,
});
const res: Record<string, number[]> = {};
for (let rep = 0; rep < reps; rep++)
  for (const [i, origin] of origins.entries()) {
    const ctx = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      deviceScaleFactor: 1,
    });
    await ctx.addInitScript({ path: 'bench/static/drivers.js' });
    const page = await ctx.newPage();
    await page.goto(
      `${origin}/bench/static/ours.html?src=${encodeURIComponent(`/bench/dist/data/synthetic-${n}.json`)}&renderer=webgl&max-size=64`,
    );
    await page.waitForFunction(
      () =>
        (window as unknown as { __bench: { marks: { frame?: number } } }).__bench.marks.frame !==
        undefined,
      null,
      { timeout: 120000, polling: 50 },
    );
    const frame = await page.evaluate('window.__bench.marks.frame');
    (res[`${'AB'[i]} frame`] ??= []).push(frame as number);
    for (const kind of kinds)
      for (let k = 0; k < 3; k++) {
        const r = JSON.parse(
          (await page.evaluate(
            `window.__drivers.interactOurs('${kind}').then(JSON.stringify)`,
          )) as string,
        );
        (res[`${'AB'[i]} ${kind} paint`] ??= []).push(r.paint);
        (res[`${'AB'[i]} ${kind} work`] ??= []).push(r.work);
      }
    await ctx.close();
  }
const med = (a: number[]) => {
  const s = [...a].sort((x, y) => x - y);
  return s[s.length >> 1]!;
};
for (const k of Object.keys(res).sort(
  (a, b) => a.slice(2).localeCompare(b.slice(2)) || a.localeCompare(b),
))
  console.log(k.padEnd(22), med(res[k]!).toFixed(1), res[k]!.map((v) => v.toFixed(0)).join(' '));
await browser.close();
for (const s of servers) s.close();
