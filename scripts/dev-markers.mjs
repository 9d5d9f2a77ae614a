// Fails the build when dist/ holds development-only code: Lit's dev build (lit-html,
// @lit/reactive-element and lit-element under their "development" export condition) or a
// NODE_ENV branch left to run time. Run by `npm run build`, after sizes.mjs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Strings found only in development builds (checked against lit 3.3's dev and production files). */
export const DEV_MARKERS = [
  // reactive-element and lit-html dev builds warn once per page.
  'Lit is in dev mode',
  // The dev builds' registry of issued warnings and their "See https://lit.dev/msg/…" links.
  'litIssuedWarnings',
  'lit.dev/msg/',
  // The dev builds' debug event hook (`lit-debug` events) and their dev polyfill hooks.
  'emitLitDebugLogEvents',
  'PolyfillSupportDevMode',
  // A development/production branch Vite's define did not fold away.
  'process.env.NODE_ENV',
];

/** The markers that occur in `code`, each with the offset of its first occurrence. */
export function findDevMarkers(code) {
  return DEV_MARKERS.flatMap((marker) => {
    const at = code.indexOf(marker);
    return at === -1 ? [] : [{ marker, at }];
  });
}

function scriptFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return scriptFiles(path);
    return /\.m?js$/.test(name) ? [path] : [];
  });
}

/** Every development marker in the scripts under `dir`, as "file: marker (offset N)" lines. */
export function scanDir(dir) {
  return scriptFiles(dir).flatMap((file) =>
    findDevMarkers(readFileSync(file, 'utf8')).map(
      ({ marker, at }) => `${relative(dir, file)}: "${marker}" (offset ${at})`,
    ),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const found = scanDir(dir);
  if (found.length > 0) {
    console.error(
      `dev-markers: ${dir}/ holds development-only code (Lit's dev build or a NODE_ENV branch):`,
    );
    for (const line of found) console.error(`  ${line}`);
    console.error('Build in production mode (`npm run build`; not `--mode development`).');
    process.exit(1);
  }
  console.log(`dev-markers: no development-only code in ${dir}/`);
}
