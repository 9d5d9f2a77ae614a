import { describe, expect, it } from 'vitest';
import { pageWorkerUrl } from '../../src/render/worker-url.ts';

describe('pageWorkerUrl', () => {
  it('keeps the absolute URL our own build computes (any static folder, a CDN subpath)', () => {
    const built = 'https://cdn.example.org/npm/ties-map@0.2.0/dist/assets/maplibre-gl-worker-X.mjs';
    expect(pageWorkerUrl(built, 'https://news.example/2026/article.html')).toBe(built);
  });

  it("resolves Next.js's root-relative asset URL against the page, not against a file:// module URL", () => {
    // Next's webpack hands the worker over as `/_next/static/media/…` and rewrites import.meta.url to file://.
    expect(
      pageWorkerUrl(
        '/_next/static/media/maplibre-gl-worker.0c1d.mjs',
        'https://news.example/world/story',
      ),
    ).toBe('https://news.example/_next/static/media/maplibre-gl-worker.0c1d.mjs');
  });

  it("resolves Vite dev's /node_modules/ path against the dev server's page", () => {
    expect(
      pageWorkerUrl(
        '/node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs?url',
        'http://127.0.0.1:5173/examples/',
      ),
    ).toBe('http://127.0.0.1:5173/node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs?url');
  });
});
