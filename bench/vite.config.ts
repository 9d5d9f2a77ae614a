// Production build of the bench's peer pages (plain MapLibre, deck.gl) into bench/dist/.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'bench/pages',
  base: './',
  logLevel: 'warn',
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      input: { baseline: 'bench/pages/baseline.html', deck: 'bench/pages/deck.html' },
      // MapLibre, the geodata and deck.gl in chunks of their own, so the weight table can group them.
      output: {
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
            { name: 'world.topo', test: /geodata[\\/]world\.topo\.json/ },
            { name: 'deckgl', test: /node_modules[\\/]@(deck|luma|loaders|math|probe)\.gl/ },
          ],
        },
      },
    },
  },
});
