/**
 * The package as a plain Vite app consumes it: `npm run build`, `npm pack`, the tarball unpacked as
 * the app's node_modules/ties-map (it has no dependencies, so that is the whole install), the app
 * in examples/frameworks/vite built by Vite, served statically and opened in Chromium.
 * `npm run test:frameworks` does the same for React, Vue, Svelte and Next.js (registry installs).
 * TIES_MAP_TARBALL=FILE checks a tarball packed elsewhere instead.
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMapPage, packTarball } from '../../examples/frameworks/harness.ts';
import { serve } from '../../scripts/serve.ts';
import { chromiumArgs, chromiumPath } from '../../vite.config.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let work: string;
let app: string;
let server: Server;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'ties-map-vite-consumer-'));
  let tarball = process.env.TIES_MAP_TARBALL;
  if (!tarball) {
    execFileSync('npm', ['run', 'build', '--silent'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    tarball = packTarball(ROOT, work);
  }
  app = join(work, 'app');
  cpSync(join(ROOT, 'examples/frameworks/vite'), app, { recursive: true });
  mkdirSync(join(app, 'public'));
  copyFileSync(
    join(ROOT, 'data/azerbaijan-israel-usa.json'),
    join(app, 'public/azerbaijan-israel-usa.json'),
  );
  mkdirSync(join(app, 'node_modules'));
  execFileSync('tar', ['-xzf', tarball, '-C', join(app, 'node_modules')]);
  renameSync(join(app, 'node_modules/package'), join(app, 'node_modules/ties-map'));
  // The app's own vite.config.js imports 'vite', which this bare install lacks: same settings inline.
  await build({ root: app, configFile: false, base: './', logLevel: 'error' });
  server = await serve(join(app, 'dist'));
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  // A bound, not a wait: the whole package build, a pack and a Vite build took over the e2e
  // project's 120 s here at load 14 (a stress run beside another suite).
}, 300_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a plain Vite app built from the packed tarball', () => {
  it('draws the WebGL map and hands ties-select to the page, opens the presenter console, with no failed request or console error', async () => {
    const result = await checkMapPage(
      browser,
      `http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`,
    );
    expect(result.problems.join('\n')).toBe(''); // every problem in the failure message
    expect(result.drawn).toContain('webgl');
    expect(result.selected).toBe('AZE');
    // The presenter console's window loads the package from the app's own bundle and steps the map.
    expect(result.console).toMatch(/^stepped to "/);
  });

  it('ships no file that names a source map it lacks (browsers and dev servers ask for it)', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
      );
    const dangling = files(join(app, 'dist'))
      .filter((f) => /\.m?js$/.test(f))
      .flatMap((f) => {
        const map = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(f, 'utf8'))?.[1];
        return map && !existsSync(join(dirname(f), map))
          ? [`${f.slice(app.length + 1)} → ${map}`]
          : [];
      });
    expect(dangling).toEqual([]);
  });
});
