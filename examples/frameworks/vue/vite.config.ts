import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  // Vue must not look for a Vue component called ties-map: it is a custom element.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'ties-map' } } })],
});
