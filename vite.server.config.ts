/**
 * The DOM-free builds, written into dist/ after the browser build: `dist/data.js` (`ties-map/data`:
 * parse, validate, schema) and `dist/server.js` (the package entry where there is no DOM: Node, Deno,
 * edge runtimes, server renders). Not minified: these run on servers, where readable stack traces
 * matter more than bytes.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    rolldownOptions: {
      input: { data: 'src/data/index.ts', server: 'src/server.ts' },
      preserveEntrySignatures: 'strict',
      // Their shared code in its own folder, apart from the browser's chunks/.
      output: { entryFileNames: '[name].js', chunkFileNames: 'dom-free/[name]-[hash].js' },
    },
  },
});
