/**
 * `npm run bench:lighthouse`: Lighthouse 12.2.3 (mobile emulation, its default simulated
 * throttling) on examples/cms-article.html with its two maps and on the same article with the
 * maps removed (a copy made at run time, served beside it so its relative URLs still load), into
 * bench/LIGHTHOUSE.md. Each page runs three times on the machine as it is and three times with one
 * core kept busy (bench/conditions.ts), the two pages alternating which goes first, after one
 * untimed load that starts the browser's GPU process and compiles the scripts; the report gives the
 * medians, every run's score, and the machine's core count and load average beside them.
 * Issue 16's goal: performance within 10 points of the article without maps; issue 15's:
 * accessibility 100 with no `target-size` failure. Needs `npm run build` first (the npm script runs
 * it). `--runs N` sets the runs per page and condition; `--quick`: one run, the machine as it is.
 * `--saved` writes the report again from the last run's reports (bench/dist/lighthouse-*.json)
 * without running Lighthouse; `--trace` also saves each run's trace (bench/dist/lighthouse-*.trace.json).
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import lighthouse, { type Result } from 'lighthouse';
import { chromium } from 'playwright';
import { serve } from '../scripts/serve.ts';
import { chromiumArgs, chromiumPath } from '../vite.config.ts';
import { withoutEmbed } from './article-variants.ts';
import { describeLoad, machineLoad, withBusyCore } from './conditions.ts';
import { median } from './stats.ts';

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

interface Task {
  url?: string;
  duration: number;
  startTime: number;
}
interface Scores {
  performance: number;
  accessibility: number;
  failing: string[];
  fcp: number;
  lcp: number;
  lcpElement: string;
  tbt: number;
  cls: number;
  si: number;
  longTasks: Task[];
  observedTasks: Task[];
  fetchTime: string;
  version: string;
}

interface TraceEvent {
  name: string;
  ts: number;
  args?: { data?: { nodeName?: string; size?: number; type?: string; candidateIndex?: number } };
}
/**
 * The browser's last largest-contentful-paint candidate in a load's trace: Lighthouse 12.2.3's
 * element audit fails on Chromium 156's traces ("Dependency RootCauses failed … frame_sequence"),
 * while the candidates Chromium records name the element's tag, its painted area and the time.
 */
function lcpCandidate(trace: { traceEvents: TraceEvent[] }): string {
  const events = trace.traceEvents;
  // The page's own navigation, not the about:blank one Lighthouse starts from.
  const start =
    events.find(
      (e) =>
        e.name === 'navigationStart' &&
        /^http/.test(
          String((e.args?.data as { documentLoaderURL?: string } | undefined)?.documentLoaderURL),
        ),
    )?.ts ?? 0;
  const last = events.filter((e) => e.name === 'largestContentfulPaint::Candidate').at(-1);
  const data = last?.args?.data;
  if (!last || !data) return 'none in the trace';
  return `${data.type ?? ''} <${(data.nodeName ?? '?').toLowerCase()}> of ${Math.round(data.size ?? 0).toLocaleString('en-US')} px² at ${Math.round((last.ts - start) / 1000)} ms (trace candidate ${data.candidateIndex ?? '?'}, unthrottled)`;
}
const lcpSaved = (report: string) => report.replace('.json', '.lcp.txt');

/** The element Lighthouse names as the largest contentful paint, else the trace's last candidate. */
function lcpElement(lhr: Result, report: string): string {
  type Node = { nodeLabel?: string; snippet?: string };
  const details = lhr.audits['largest-contentful-paint-element']?.details as
    { items?: { items?: { node?: Node }[] }[] } | undefined;
  const node = details?.items?.[0]?.items?.[0]?.node;
  if (!node)
    return existsSync(lcpSaved(report)) ? readFileSync(lcpSaved(report), 'utf8') : 'none named';
  const snippet = (node.snippet ?? '').replace(/\s+/g, ' ').slice(0, 80);
  return `${(node.nodeLabel ?? '').replace(/\s+/g, ' ').slice(0, 60)} (\`${snippet}\`)`;
}

function scores(lhr: Result, report: string): Scores {
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const items = (id: string) =>
    (lhr.audits[id]?.details as { items?: Task[] } | undefined)?.items ?? [];
  return {
    performance: Math.round((lhr.categories['performance']?.score ?? NaN) * 100),
    accessibility: Math.round((lhr.categories['accessibility']?.score ?? NaN) * 100),
    // The accessibility audits that failed (a score of 0 or less than 1; not the manual or n/a ones).
    failing: (lhr.categories['accessibility']?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    lcpElement: lcpElement(lhr, report),
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

const PAGES = [
  ['with its two maps', ARTICLE],
  ['without the maps', WITHOUT],
] as const;
type Condition = 'quiet' | 'busy';
const CONDITIONS: Record<Condition, string> = {
  quiet: 'the machine as it is',
  busy: 'one core kept busy (a spinning `node` process)',
};
const quick = process.argv.includes('--quick');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : quick ? 1 : 3;
const RUN_CONDITIONS: Condition[] = quick ? ['quiet'] : ['quiet', 'busy'];
const saved = (path: string, condition: Condition, rep: number) =>
  `bench/dist/lighthouse-${path.split('/').pop()!.replace('.html', '')}-${condition}-${rep}.json`;
/** What a run was: which reports, in which order, under which load; `--saved` reads it back. */
const INDEX = 'bench/dist/lighthouse-runs.json';
interface RunIndex {
  runs: number;
  conditions: { condition: Condition; load: string; order: string[] }[];
}

async function run(): Promise<RunIndex> {
  const html = readFileSync(`.${ARTICLE}`, 'utf8');
  // gzip, as any production host serves text: uncompressed, the 4× slower simulated network alone
  // puts seconds on the map's scripts and geodata that no reader's CDN would.
  const server = await serve('.', 0, { pages: { [WITHOUT]: withoutEmbed(html) }, gzip: true });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, `--remote-debugging-port=${port}`],
    headless: true,
  });
  mkdirSync('bench/dist', { recursive: true });
  const index: RunIndex = { runs: RUNS, conditions: [] };
  try {
    // Untimed: the first load in a fresh browser also starts its GPU process (SwiftShader) and fills
    // V8's code cache; without this, whichever page went first paid for it.
    const warm = await browser.newPage();
    await warm.goto(`${origin}${ARTICLE}`, { waitUntil: 'networkidle' });
    await warm.close();
    for (const condition of RUN_CONDITIONS) {
      const before = machineLoad();
      const order: string[] = [];
      const runs = async () => {
        for (let rep = 0; rep < RUNS; rep++) {
          // The two pages alternate which goes first, so a drift in the machine's speed falls on both.
          for (const [, path] of rep % 2 === 0 ? PAGES : [...PAGES].reverse()) {
            console.log(`bench:lighthouse: ${condition} ${rep + 1}/${RUNS} ${origin}${path}`);
            const result = await lighthouse(`${origin}${path}`, {
              port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: ['performance', 'accessibility'],
            });
            if (!result) throw new Error(`bench:lighthouse: no result for ${path}`);
            if (result.lhr.runtimeError)
              throw new Error(`bench:lighthouse: ${path}: ${result.lhr.runtimeError.message}`);
            writeFileSync(saved(path, condition, rep), result.report as string);
            writeFileSync(
              lcpSaved(saved(path, condition, rep)),
              lcpCandidate(result.artifacts.Trace as unknown as { traceEvents: TraceEvent[] }),
            );
            order.push(path === ARTICLE ? 'maps' : 'none');
            // `--trace`: Lighthouse's own trace of the load (open it in DevTools' Performance panel), to see
            // what the long tasks are: event names inside them, where Lighthouse says only "Unattributable".
            if (process.argv.includes('--trace'))
              writeFileSync(
                saved(path, condition, rep).replace('.json', '.trace.json'),
                JSON.stringify(result.artifacts.Trace),
              );
          }
        }
      };
      await (condition === 'busy' ? withBusyCore(runs) : runs());
      index.conditions.push({ condition, load: describeLoad(before, machineLoad()), order });
    }
  } finally {
    await browser.close();
    server.close();
  }
  writeFileSync(INDEX, JSON.stringify(index));
  return index;
}

const index: RunIndex = process.argv.includes('--saved')
  ? (JSON.parse(readFileSync(INDEX, 'utf8')) as RunIndex)
  : await run();
const local = (url = '') => url.replace(/^http:\/\/127\.0\.0\.1:\d+/, '');
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const results = index.conditions.map(({ condition, load, order }) => ({
  condition,
  load,
  order,
  pages: PAGES.map(([label, path]) => {
    const runs = Array.from({ length: index.runs }, (_, rep) =>
      scores(
        JSON.parse(readFileSync(saved(path, condition, rep), 'utf8')) as Result,
        saved(path, condition, rep),
      ),
    );
    const med = (pick: (s: Scores) => number) => median(runs.map(pick));
    // The run whose score is the median's (the lower middle one for an even count): its tasks and LCP element are reported.
    const middle = [...runs].sort((a, b) => a.performance - b.performance)[
      Math.floor((runs.length - 1) / 2)
    ]!;
    return {
      label,
      path,
      runs,
      middle,
      performance: med((s) => s.performance),
      fcp: med((s) => s.fcp),
      lcp: med((s) => s.lcp),
      si: med((s) => s.si),
      tbt: med((s) => s.tbt),
      cls: med((s) => s.cls),
    };
  }),
}));
const first = results[0]!.pages[0]!.runs[0]!;
const lines = [
  '# Lighthouse: the example article with and without its maps',
  '',
  `Written by \`npm run bench:lighthouse${quick ? ' -- --quick' : ''}\` from its runs of ${first.fetchTime.slice(0, 16).replace('T', ' ')} UTC (${first.version}). Produced on a shared machine, the figures are that machine's: the load average beside each condition says how busy it was; rerun on a quiet one before quoting them.`,
  '',
  `${index.runs} run${index.runs === 1 ? '' : 's'} of each page under each condition, in one browser after one untimed load of the article (which starts the GPU process and compiles the scripts), the two pages alternating which goes first: \`examples/cms-article.html\` (two \`<ties-map>\`, default \`renderer="auto"\`) and the same HTML with both elements and their script tag removed, served gzipped by \`scripts/serve.ts\` from the production build. Lighthouse's default mobile settings: Moto G Power emulation (412×823), simulated throttling (150 ms RTT, 1.6 Mbps, 4× CPU slowdown: Lighthouse multiplies the measured main-thread time by 4, so a busy machine's slower tasks count four times), the performance and accessibility categories. Chromium \`${chromiumPath}\` with the project's flags (\`vite.config.ts\` \`chromiumArgs\`: SwiftShader for WebGL). Medians of the runs; every run's score in the last column.`,
  '',
];
for (const { condition, load, order, pages } of results) {
  const [maps, none] = [pages[0]!, pages[1]!];
  const gap = none.performance - maps.performance;
  lines.push(
    `## ${CONDITIONS[condition]}`,
    '',
    `Machine: ${load}. Order of the runs: ${order.join(', ')}.`,
    '',
    "| page | performance (median) | FCP | LCP | Speed Index | Total Blocking Time | CLS | every run's score |",
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...pages.map(
      (p) =>
        `| ${p.label} | ${p.performance} | ${sec(p.fcp)} | ${sec(p.lcp)} | ${sec(p.si)} | ${Math.round(p.tbt)} ms | ${p.cls.toFixed(3)} | ${p.runs.map((s) => s.performance).join(', ')} |`,
    ),
    '',
    `Goal (issue 16): performance within 10 points of the article without maps. Gap of the medians: ${gap} points: ${gap <= 10 ? 'met' : '**missed**'}.`,
    '',
    `The largest contentful paint Lighthouse names (the median run): with the maps, ${maps.middle.lcpElement}; without, ${none.middle.lcpElement}.`,
    '',
  );
}
const quiet = results[0]!.pages;
const mapsQuiet = quiet[0]!;
lines.push(
  `## Accessibility and tasks (${CONDITIONS[results[0]!.condition]}, the median run)`,
  '',
  '| page | accessibility | failing audits |',
  '|---|---:|---|',
  ...quiet.map(
    (p) =>
      `| ${p.label} | ${p.middle.accessibility} | ${p.middle.failing.length ? p.middle.failing.join(', ') : 'none'} |`,
  ),
  '',
  `Goal (issue 15): accessibility 100 with the maps, no \`target-size\` failure: ${mapsQuiet.middle.accessibility === 100 && !mapsQuiet.middle.failing.includes('target-size') ? 'met' : '**missed**'}.`,
  '',
  'The longest main-thread tasks on the article with its maps, as Lighthouse simulates them (4× slowdown), by the script they are attributed to:',
  '',
  '| task from | duration |',
  '|---|---:|',
  ...mapsQuiet.middle.longTasks
    .slice(0, 10)
    .map((t) => `| ${local(t.url)} | ${Math.round(t.duration)} ms |`),
  '',
  'The same page\'s main-thread tasks of 50 ms or more as measured, before the simulation multiplies them (Lighthouse\'s `main-thread-tasks`; "Unattributable" above is a task in which no script ran):',
  '',
  '| starts at | duration |',
  '|---:|---:|',
  ...(mapsQuiet.middle.observedTasks.length
    ? mapsQuiet.middle.observedTasks.map(
        (t) => `| ${Math.round(t.startTime)} ms | ${Math.round(t.duration)} ms |`,
      )
    : ['| – | none of 50 ms or more |']),
  '',
);
// `--quick` checks the harness: its one run is no result to keep.
const target = quick ? 'bench/dist/LIGHTHOUSE-quick.md' : 'bench/LIGHTHOUSE.md';
writeFileSync(target, lines.join('\n'));
console.log(lines.join('\n'));
console.log(`bench:lighthouse: wrote ${target}`);
