/**
 * The briefing file's script, built in Node by Vite: the element and the briefing page (page.ts)
 * as one ES module with every dynamic import inlined, for `npm run briefing` and the authoring
 * page's "Download briefing file" (vite.config.ts serves it to that page as a module).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type Rollup } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Leaves out what a file cannot use: MapLibre (WebGL map), the dataset parser's worker and the console window's own script. */
function offline(): Plugin {
  return {
    name: 'ties-map:briefing-offline',
    enforce: 'pre',
    async resolveId(id, importer, options) {
      if (/render\/maplibre\/index\.ts$/.test(id)) return '\0briefing:no-webgl';
      if (/dataset-worker\.ts\?worker&url$/.test(id)) return '\0briefing:no-worker';
      // The file opens itself as the console (a meta tag says so): no console script of its own.
      if (/console-window\.ts\?worker&url$/.test(id)) return '\0briefing:no-worker';
      // package.json marks only dist/ as having side effects; the source modules define the elements.
      const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
      return resolved && resolved.id.startsWith(`${ROOT}src/`)
        ? { ...resolved, moduleSideEffects: true }
        : resolved;
    },
    load(id) {
      if (id === '\0briefing:no-webgl')
        return "throw new Error('The briefing file draws with the SVG renderer; it holds no WebGL map.');";
      if (id === '\0briefing:no-worker') return "export default 'data:text/javascript,';";
      return null;
    },
  };
}

/** The bundle: one ES module with every dynamic import inlined. */
export async function briefingBundle(): Promise<string> {
  const result = await build({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    mode: 'production',
    plugins: [offline()],
    resolve: { conditions: ['module', 'browser', 'production'] },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      modulePreload: false,
      assetsInlineLimit: Number.MAX_SAFE_INTEGER,
      rollupOptions: {
        input: resolve(ROOT, 'src/briefing/page.ts'),
        output: { format: 'es', codeSplitting: false, entryFileNames: 'briefing.js' },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunks = outputs
    .flatMap((o) => o.output)
    .filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
  if (chunks.length !== 1)
    throw new Error(`expected one script, got ${chunks.map((c) => c.fileName).join(', ')}`);
  return chunks[0]!.code;
}

/** The module id through which the authoring page asks for the script (a lazy import). */
export const RUNTIME_MODULE = 'virtual:ties-briefing-runtime';

/** A Vite plugin serving `virtual:ties-briefing-runtime`: the briefing script as a string, built once. */
export function briefingRuntime(): Plugin {
  let code: Promise<string> | undefined;
  return {
    name: 'ties-map:briefing-runtime',
    resolveId: (id) => (id === RUNTIME_MODULE ? `\0${RUNTIME_MODULE}` : null),
    async load(id) {
      if (id !== `\0${RUNTIME_MODULE}`) return null;
      code ??= briefingBundle();
      return `export default ${JSON.stringify(await code)};`;
    },
  };
}
