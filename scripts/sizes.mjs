// Measures the gzip size of every file a reader's browser may download from dist/, writes them to
// dist/SIZES.md (the one place these figures live: hand-written docs link it instead of copying
// it), and exits 1 when the entry chunk (ties-map.js, which excludes MapLibre) passes its budget.
// Run by `npm run build`.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const ENTRY_BUDGET = 60 * 1024;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

// The browser's files: the entry, its chunks and the worker, the iframe page and the parent's
// resize.js (not types, JSON, or the DOM-free builds).
const browserFile = (f) =>
  /^(ties-map\.js|embed\.(js|html)|resize\.js|chunks\/.*\.js|assets\/.*)$/.test(f);
const rows = files('dist')
  .filter((f) => browserFile(relative('dist', f).split('\\').join('/')))
  .map((f) => {
    const raw = readFileSync(f);
    return { file: relative('dist', f), raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
  })
  .sort((a, b) => a.file.localeCompare(b.file));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/**
 * The entry and every chunk it imports statically, however deep: what a reader downloads before
 * the element can start. The bundler may move modules the entry shares with a lazy chunk into a
 * chunk of their own, which shrinks ties-map.js without shrinking this.
 */
function startupFiles(entry) {
  const seen = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join('dist', file), 'utf8');
    // Static imports only (`import … from "./x.js"`, `import "./x.js"`), not `import("./x.js")`.
    for (const [, spec] of text.matchAll(
      /(?:^|[;}\n])\s*import\s*(?:[\w$\s{},*]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
    )) {
      queue.push(
        normalize(join(dirname(file), spec))
          .split('\\')
          .join('/'),
      );
    }
  }
  return [...seen];
}

const table = [
  '| file | raw | gzip |',
  '|---|---:|---:|',
  ...rows.map((r) => `| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} |`),
].join('\n');
const entry = rows.find((r) => r.file === 'ties-map.js');
const startup = entry ? rows.filter((r) => startupFiles(entry.file).includes(r.file)) : [];
const startupLine = entry
  ? `At start-up (ties-map.js and the ${startup.length - 1} chunk(s) it imports statically): ${kb(startup.reduce((sum, r) => sum + r.gzip, 0))} gzip.`
  : '';
writeFileSync(
  'dist/SIZES.md',
  `# Sizes of dist/\n\nWritten by \`npm run build\` (scripts/sizes.mjs): the files a reader's browser may download, ` +
    `raw and gzip (level 9). File names carry content hashes, which vary between builds. The build fails ` +
    `when ties-map.js passes ${kb(ENTRY_BUDGET)} gzip.\n\n${startupLine}\n\n${table}\n`,
);
console.log(table);
if (!entry) {
  console.error('sizes: dist/ties-map.js is missing');
  process.exit(1);
}
if (entry.gzip > ENTRY_BUDGET) {
  console.error(
    `sizes: ties-map.js is ${kb(entry.gzip)} gzip, over its ${kb(ENTRY_BUDGET)} budget`,
  );
  process.exit(1);
}
console.log(
  `sizes: entry chunk ${kb(entry.gzip)} gzip, within the ${kb(ENTRY_BUDGET)} budget. ${startupLine}`,
);
