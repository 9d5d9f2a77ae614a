import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { briefingRuntime } from './src/briefing/bundle.ts';

/**
 * A production build whatever NODE_ENV says. Vite picks a package's "development" or "production"
 * export condition from process.env.NODE_ENV, not from the mode: under vitest (NODE_ENV=test, as
 * in the e2e test's build) or a shell with NODE_ENV=development, `vite build` bundled Lit's dev
 * build (`lit-html/development/…`: "Lit is in dev mode" on every page). `--mode development` still
 * gives a development build on purpose. scripts/dev-markers.mjs fails the build if one slips in.
 */
function productionConditions(): Plugin {
  return {
    name: 'ties-map:production-conditions',
    config(_config, { command, mode }) {
      if (command !== 'build' || mode !== 'production') return undefined;
      return {
        resolve: { conditions: ['module', 'browser', 'production'] },
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      };
    },
  };
}

/**
 * MapLibre's worker is copied as an asset (`?url`) with its `//# sourceMappingURL=` comment, but not
 * its map: every consumer's dev server then logged ENOENT for the missing map. Drop the comment.
 */
function stripDanglingSourceMaps(): Plugin {
  return {
    name: 'ties-map:strip-dangling-source-maps',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !/\.m?js$/.test(file.fileName)) continue;
        const text =
          typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
        file.source = text.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
      }
    },
  };
}

/**
 * dist/embed.html, the iframe page (src/embed/): copied as it is, since its scripts are the entries
 * `ties-map` and `embed` beside it; not a Vite HTML entry, which would move the element into a chunk.
 * dist/ties-map.css, the stylesheet the embed snippet links (src/ties-map.css), is copied as it is too.
 */
function embedPage(): Plugin {
  return {
    name: 'ties-map:embed-page',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'embed.html',
        source: readFileSync('src/embed/embed.html', 'utf8'),
      });
      this.emitFile({
        type: 'asset',
        fileName: 'ties-map.css',
        source: readFileSync('src/ties-map.css', 'utf8'),
      });
    },
  };
}

/**
 * `npm start` serves the example pages as they are published: they load `../dist/ties-map.js`,
 * `../dist/ties-map.css`, `../dist/embed.html` and `../dist/resize.js`, which only `npm run build`
 * writes. The dev server answers those paths from the sources, so every example works after
 * `npm install && npm start`, and the pages still run unchanged from a built dist/ on any static server.
 */
const DIST_FROM_SOURCE: Record<string, string> = {
  '/dist/ties-map.js': '/src/index.ts',
  '/dist/embed.js': '/src/embed/embed.ts',
  '/dist/embed.html': '/src/embed/embed.html',
  '/dist/ties-map.css': '/src/ties-map.css',
};

function distFromSource(): Plugin {
  return {
    name: 'ties-map:dist-from-source',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const [path = '', query = ''] = (req.url ?? '').split(/(?=[?#])/);
        if (path === '/dist/resize.js') {
          // A classic script on the page: the module's `export {}` marker (it imports nothing) goes.
          void server.transformRequest('/src/embed/resize.ts').then((result) => {
            res.setHeader('Content-Type', 'text/javascript');
            res.end(result?.code.replace(/^export \{\};?.*$/m, '') ?? '');
          }, next);
          return;
        }
        const source = DIST_FROM_SOURCE[path];
        if (source) req.url = source + query;
        next();
      });
    },
  };
}

/**
 * In files built as workers: the MapLibre renderer's entry becomes a stub that refuses, so the
 * console window's script (whose maps are `renderer="svg"`) does not carry MapLibre.
 */
function svgOnlyConsole(): Plugin {
  const stub = '\0ties-no-maplibre';
  return {
    name: 'ties-svg-only-console',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer && /render[\\/]maplibre[\\/]index\.ts$/.test(resolve(dirname(importer), source)))
        return stub;
      return null;
    },
    load(id) {
      if (id !== stub) return null;
      return [
        'export const mapLibreCss = "";',
        'export function createMapLibreRenderer() {',
        '  throw new Error("The presenter console draws SVG maps only.");',
        '}',
      ].join('\n');
    },
  };
}

// Debian's Chromium; tests never download a browser of their own.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  plugins: [
    productionConditions(),
    stripDanglingSourceMaps(),
    embedPage(),
    distFromSource(),
    briefingRuntime(),
  ],
  // maplibre-gl computes its worker URL at run time; pre-bundling breaks that.
  optimizeDeps: { exclude: ['maplibre-gl'] },
  server: { fs: { allow: ['.'] } },
  // Relative URLs everywhere, so dist/ copied to any static path works.
  base: './',
  // The dataset parser's worker (src/components/loaders/dataset-worker.ts) is a module worker, as in
  // dev. The presenter console's window script (src/components/ties-console/console-window.ts) is
  // built the same way: one file with its lazy parts inlined, because an app's bundler copies such
  // a file as it is and would not copy chunks beside it. The console draws SVG only, so MapLibre
  // stays out of that file.
  worker: {
    format: 'es',
    plugins: () => [svgOnlyConsole()],
    rolldownOptions: { output: { codeSplitting: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Never inline the worker or other assets as data: URLs: a strict CSP blocks them.
    assetsInlineLimit: 0,
    // No preload helper: its dependency lists are paths relative to our dist/, which a consumer's
    // bundler rehomes (a Vite app then asked for /assets/chunks/… and got 404s).
    modulePreload: false,
    rolldownOptions: {
      // embed.js and resize.js import nothing: they stay standalone files (src/embed/).
      input: {
        'ties-map': 'src/index.ts',
        embed: 'src/embed/embed.ts',
        resize: 'src/embed/resize.ts',
      },
      preserveEntrySignatures: 'exports-only',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          // A hang guard, not a speed check: a test that starts a command line (tsx compiling it
          // first) took over the default 5 s on a loaded machine.
          testTimeout: 30_000,
        },
      },
      {
        // The built dist/ and the example page, served by a plain static server, driven by Playwright.
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          // One file at a time: each builds dist/, and two builds at once would delete each other's files.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts', 'tests/render/**/*.test.ts'],
          // UPDATE=1 rewrites the render tests' expected images (tests/render/).
          provide: { updateRenders: process.env['UPDATE'] === '1' },
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll waits for a condition, not a duration: its default second ran out under
          // load while an IntersectionObserver's callback waited behind other tests' WebGL frames.
          expect: { poll: { timeout: 20_000 } },
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: chromiumPath,
                args: chromiumArgs,
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
