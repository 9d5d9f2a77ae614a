// Measures the gzip size of every file a reader's browser may download from dist/, writes
// dist/SIZES.md and the table in README.md (between its `sizes` markers), and exits 1 when the
// entry chunk (ties-map.js, which excludes MapLibre) passes its budget. Run by `npm run build`.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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
const browserFile = (f) => /^(ties-map\.js|embed\.(js|html)|resize\.js|chunks\/.*\.js|assets\/.*)$/.test(f);
const rows = files('dist')
  .filter((f) => browserFile(relative('dist', f).split('\\').join('/')))
  .map((f) => {
    const raw = readFileSync(f);
    return { file: relative('dist', f), raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
  })
  .sort((a, b) => a.file.localeCompare(b.file));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const table = ['| file | raw | gzip |', '|---|---:|---:|', ...rows.map((r) => `| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} |`)].join('\n');
writeFileSync('dist/SIZES.md', `${table}\n`);
const START = '<!-- sizes: written by npm run build -->';
const END = '<!-- /sizes -->';
const readme = readFileSync('README.md', 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) {
  console.error(`sizes: README.md lacks the ${START} … ${END} markers`);
  process.exit(1);
}
writeFileSync('README.md', `${readme.slice(0, from + START.length)}\n${table.replace('| file |', '| file (hashes vary) |')}\n${readme.slice(to)}`);
console.log(table);
const entry = rows.find((r) => r.file === 'ties-map.js');
if (!entry) {
  console.error('sizes: dist/ties-map.js is missing');
  process.exit(1);
}
if (entry.gzip > ENTRY_BUDGET) {
  console.error(`sizes: ties-map.js is ${kb(entry.gzip)} gzip, over its ${kb(ENTRY_BUDGET)} budget`);
  process.exit(1);
}
console.log(`sizes: entry chunk ${kb(entry.gzip)} gzip, within the ${kb(ENTRY_BUDGET)} budget`);
