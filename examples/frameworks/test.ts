/**
 * `npm run test:frameworks [-- APP…]`: builds the package, packs it, and for each example app
 * (vite, react, vue, svelte, next, next-webpack: the same Next.js app built by webpack instead of
 * Turbopack, and astro) installs it from the tarball in a fresh copy under the system's
 * temp folder, type-checks it (tsc, vue-tsc --strictTemplates, svelte-check; `next build` checks
 * types itself), builds it, serves the build and checks in Chromium that `ties-ready` fires (and
 * reaches the app's handler where the page has one), the WebGL map draws, no `ties-error` or
 * console error occurs, a `ties-select` reaches the app's handler, and the presenter console opens
 * in its own window (loading the package from the app's bundle) and steps the app's map. Next.js drives
 * ties-map/react's <TiesMap> under hydration; Astro hydrates a Svelte island (`client:load`)
 * whose server-rendered HTML carries `data="[object Object]"` until the property replaces it.
 * Installs next, react, vue, svelte and astro from the npm registry (minutes, hundreds of MB),
 * which is why `npm test` does not run it.
 * TIES_MAP_TARBALL=FILE tests a tarball packed elsewhere (for example an older version).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { serve } from '../../scripts/serve.ts';
import { chromiumArgs, chromiumPath } from '../../vite.config.ts';
import { checkMapPage, packTarball, type PageResult } from './harness.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));
const WORK = join(tmpdir(), 'ties-map-frameworks');
const DATASET = join(ROOT, 'data', 'azerbaijan-israel-usa.json');
/** Where each app imports the dataset from (the plain Vite app fetches it as a static file). */
const DATASET_AT: Record<string, string> = {
  vite: 'public/azerbaijan-israel-usa.json',
  react: 'src/dataset.json',
  vue: 'src/dataset.json',
  svelte: 'src/dataset.json',
  next: 'app/dataset.json',
  'next-webpack': 'app/dataset.json',
  astro: 'src/dataset.json',
};
/** The example folder and build script of each app. */
const SOURCE: Record<string, { folder: string; build: string }> = {
  'next-webpack': { folder: 'next', build: 'build:webpack' },
};
const APPS = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(DATASET_AT);

function run(cwd: string, command: string, args: string[]): void {
  execFileSync(command, args, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CI: '1' },
  });
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(0)} s`;
}

async function startNext(dir: string): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', '0', '-H', '127.0.0.1'],
    { cwd: dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match && match[1] !== '0') resolve(`http://127.0.0.1:${match[1]}/`);
    });
    child.stderr!.pipe(process.stderr);
    child.on('exit', (code) => reject(new Error(`next start exited with ${code}:\n${output}`)));
  });
  return { url, stop: () => child.kill() };
}

async function main(): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  const tarball = join(WORK, 'ties-map.tgz');
  if (process.env.TIES_MAP_TARBALL) copyFileSync(process.env.TIES_MAP_TARBALL, tarball);
  else {
    run(ROOT, 'npm', ['run', 'build', '--silent']);
    packTarball(ROOT, WORK);
  }
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const results: { app: string; ok: boolean; note: string }[] = [];
  for (const app of APPS) {
    const dir = join(WORK, app);
    const started = Date.now();
    try {
      // A fresh copy of the app's sources; node_modules stays between runs (only ties-map is replaced).
      rmSync(join(dir, 'package-lock.json'), { force: true });
      rmSync(join(dir, 'node_modules', 'ties-map'), { recursive: true, force: true });
      rmSync(join(dir, 'dist'), { recursive: true, force: true });
      rmSync(join(dir, '.next'), { recursive: true, force: true });
      const source = SOURCE[app] ?? { folder: app, build: 'build' };
      cpSync(join(HERE, source.folder), dir, { recursive: true });
      mkdirSync(join(dir, DATASET_AT[app]!, '..'), { recursive: true });
      copyFileSync(DATASET, join(dir, DATASET_AT[app]!));
      run(dir, 'npm', ['install', '--no-audit', '--no-fund', '--loglevel', 'error']);
      const scripts = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts as Record<
        string,
        string
      >;
      if (scripts.check) run(dir, 'npm', ['run', 'check', '--silent']);
      run(dir, 'npm', ['run', source.build, '--silent']);
      // The race the Astro island is here for: the served HTML carries the stringified object.
      if (
        app === 'astro' &&
        !readFileSync(join(dir, 'dist', 'index.html'), 'utf8').includes('data="[object Object]"')
      ) {
        throw new Error(
          'the Astro page no longer server-renders data="[object Object]": the island tests nothing',
        );
      }
      let result: PageResult;
      if (app.startsWith('next')) {
        const server = await startNext(dir);
        try {
          result = await checkMapPage(browser, server.url);
        } finally {
          server.stop();
        }
      } else {
        const server = await serve(join(dir, 'dist'));
        try {
          result = await checkMapPage(
            browser,
            `http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`,
          );
        } finally {
          server.close();
        }
      }
      const ok =
        result.ready > 0 &&
        result.readyHandler !== '' &&
        result.drawn.includes('webgl') &&
        result.selected !== '' &&
        result.console.startsWith('stepped') &&
        result.problems.length === 0;
      const readyNote = `ties-ready: ${result.ready}${result.readyHandler === null ? '' : `, its handler got: ${result.readyHandler || 'nothing'}`}`;
      results.push({
        app,
        ok,
        note: `${seconds(started)}; ${readyNote}; drawn: ${result.drawn.join(', ') || 'nothing'}; ties-select handler got: ${result.selected || 'nothing'}; presenter console: ${result.console || 'not tried'}${result.problems.length > 0 ? `; problems: ${result.problems.join(' | ')}` : ''}`,
      });
    } catch (error) {
      results.push({
        app,
        ok: false,
        note: `${seconds(started)}; ${(error as Error).message.split('\n')[0]}`,
      });
    }
  }
  await browser.close();
  console.log('\nframeworks, from the packed tarball:');
  for (const r of results) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.app}: ${r.note}`);
  if (results.some((r) => !r.ok) || !existsSync(tarball)) process.exit(1);
}

await main();
