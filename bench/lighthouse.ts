/**
 * `npm run bench:lighthouse`: Lighthouse 12.2.3 (mobile emulation, its default simulated
 * throttling) on examples/cms-article.html with its two maps and on the same article with the
 * maps removed (a copy made at run time, served beside it so its relative URLs still load), one
 * run of each, into bench/LIGHTHOUSE.md. Issue 16's goal: performance within 10 points of the
 * article without maps; issue 15's: accessibility 100 with no `target-size` failure. Needs `npm run build` first (the npm script runs it). `--saved` writes the
 * report again from the last run's reports (bench/dist/lighthouse-*.json) without running Lighthouse;
 * `--trace` also saves each page's trace (bench/dist/lighthouse-*.trace.json).
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import lighthouse, { type Result } from 'lighthouse';
import { chromium } from 'playwright';
import { serve } from '../scripts/serve.ts';
import { chromiumArgs, chromiumPath } from '../vite.config.ts';
import { withoutEmbed } from './article-variants.ts';

const ARTICLE = '/examples/cms-article.html';
const WITHOUT = '/examples/cms-article-without-maps.html';

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}

interface Task { url?: string; duration: number; startTime: number }
interface Scores { performance: number; accessibility: number; failing: string[]; fcp: number; lcp: number; tbt: number; cls: number; si: number; longTasks: Task[]; observedTasks: Task[]; fetchTime: string; version: string }

function scores(lhr: Result): Scores {
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const items = (id: string) => ((lhr.audits[id]?.details as { items?: Task[] } | undefined)?.items ?? []);
  return {
    performance: Math.round((lhr.categories['performance']?.score ?? NaN) * 100),
    accessibility: Math.round((lhr.categories['accessibility']?.score ?? NaN) * 100),
    // The accessibility audits that failed (a score of 0 or less than 1; not the manual or n/a ones).
    failing: (lhr.categories['accessibility']?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    si: value('speed-index'),
    longTasks: items('long-tasks'),
    // What the page's main thread did, as measured before Lighthouse's simulation: tasks of 50 ms or more.
    observedTasks: items('main-thread-tasks').filter((t) => t.duration >= 50),
    fetchTime: lhr.fetchTime,
    version: `Lighthouse ${lhr.lighthouseVersion}, ${lhr.environment.hostUserAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}`,
  };
}

const PAGES = [['with its two maps', ARTICLE], ['without the maps', WITHOUT]] as const;
const saved = (path: string) => `bench/dist/lighthouse-${path.split('/').pop()!.replace('.html', '')}.json`;

async function run(): Promise<void> {
  const html = readFileSync(`.${ARTICLE}`, 'utf8');
  // gzip, as any production host serves text: uncompressed, the 4× slower simulated network alone
  // puts seconds on the map's scripts and geodata that no reader's CDN would.
  const server = await serve('.', 0, { pages: { [WITHOUT]: withoutEmbed(html) }, gzip: true });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const port = await freePort();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, `--remote-debugging-port=${port}`], headless: true });
  mkdirSync('bench/dist', { recursive: true });
  try {
    for (const [, path] of PAGES) {
      console.log(`bench:lighthouse: ${origin}${path}`);
      const result = await lighthouse(`${origin}${path}`, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
      if (!result) throw new Error(`bench:lighthouse: no result for ${path}`);
      if (result.lhr.runtimeError) throw new Error(`bench:lighthouse: ${path}: ${result.lhr.runtimeError.message}`);
      writeFileSync(saved(path), result.report as string);
      // `--trace`: Lighthouse's own trace of the load (open it in DevTools' Performance panel), to see
      // what the long tasks are: event names inside them, where Lighthouse says only "Unattributable".
      if (process.argv.includes('--trace')) writeFileSync(saved(path).replace('.json', '.trace.json'), JSON.stringify(result.artifacts.Trace));
    }
  } finally {
    await browser.close();
    server.close();
  }
}

if (!process.argv.includes('--saved')) await run();
const results = PAGES.map(([label, path]) => ({ label, path, s: scores(JSON.parse(readFileSync(saved(path), 'utf8')) as Result) }));
const local = (url = '') => url.replace(/^http:\/\/127\.0\.0\.1:\d+/, '');
const [maps, none] = [results[0]!, results[1]!];
const gap = none.s.performance - maps.s.performance;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const lines = [
  '# Lighthouse: the example article with and without its maps',
  '',
  `Written by \`npm run bench:lighthouse\` from its run of ${results[0]!.s.fetchTime.slice(0, 16).replace('T', ' ')} UTC (${results[0]!.s.version}).`,
  '',
  `One run of each page, one after the other in one browser: \`examples/cms-article.html\` (two \`<ties-map>\`, default \`renderer="auto"\`) and the same HTML with both elements and their script tag removed, served gzipped by \`scripts/serve.ts\` from the production build. Lighthouse's default mobile settings: Moto G Power emulation (412×823), simulated throttling (150 ms RTT, 1.6 Mbps, 4× CPU slowdown), the performance and accessibility categories. Chromium \`${chromiumPath}\` with the project's flags (\`vite.config.ts\` \`chromiumArgs\`: SwiftShader for WebGL, 2 shared CPU cores).`,
  '',
  '| page | performance | FCP | LCP | Speed Index | Total Blocking Time | CLS |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...results.map(({ label, s }) => `| ${label} | ${s.performance} | ${sec(s.fcp)} | ${sec(s.lcp)} | ${sec(s.si)} | ${Math.round(s.tbt)} ms | ${s.cls.toFixed(3)} |`),
  '',
  `Goal (issue 16): performance within 10 points of the article without maps. Gap: ${gap} points: ${gap <= 10 ? 'met' : '**missed**'}.`,
  '',
  '| page | accessibility | failing audits |',
  '|---|---:|---|',
  ...results.map(({ label, s }) => `| ${label} | ${s.accessibility} | ${s.failing.length ? s.failing.join(', ') : 'none'} |`),
  '',
  `Goal (issue 15): accessibility 100 with the maps, no \`target-size\` failure: ${maps.s.accessibility === 100 && !maps.s.failing.includes('target-size') ? 'met' : '**missed**'}.`,
  '',
  'The longest main-thread tasks on the article with its maps, as Lighthouse simulates them (4× slowdown), by the script they are attributed to:',
  '',
  '| task from | duration |',
  '|---|---:|',
  ...maps.s.longTasks.slice(0, 10).map((t) => `| ${local(t.url)} | ${Math.round(t.duration)} ms |`),
  '',
  'The same page\'s main-thread tasks of 50 ms or more as measured, before the simulation multiplies them (Lighthouse\'s `main-thread-tasks`; "Unattributable" above is a task in which no script ran):',
  '',
  '| starts at | duration |',
  '|---:|---:|',
  ...(maps.s.observedTasks.length ? maps.s.observedTasks.map((t) => `| ${Math.round(t.startTime)} ms | ${Math.round(t.duration)} ms |`) : ['| – | none of 50 ms or more |']),
  '',
];
writeFileSync('bench/LIGHTHOUSE.md', lines.join('\n'));
console.log(lines.join('\n'));
