/**
 * Where the page must request MapLibre's worker. The `?url` import is already resolved by whichever
 * bundler built the page: absolute in our own build (`new URL('../assets/…', import.meta.url).href`,
 * so a CDN subpath or any static folder works), root-relative under Vite's dev server
 * (`/node_modules/…`) and under Next.js (`/_next/static/media/…`). A URL that is still relative is
 * relative to the page, so it is resolved once, against the document's base. Never against
 * `import.meta.url` again: Next rewrites that to a `file://` path, which sent the worker to
 * `file:///_next/static/media/…` and left the map empty.
 */
export function pageWorkerUrl(bundledUrl: string, documentBase: string): string {
  return new URL(bundledUrl, documentBase).href;
}
