// A static Astro site with one Svelte island (src/TiesMapIsland.svelte, hydrated `client:load`).
import svelte from '@astrojs/svelte';
import { defineConfig } from 'astro/config';

export default defineConfig({ integrations: [svelte()] });
