/**
 * `npm run verify-quotes -- --sources DIR [FILE…]`: the evidence checks of DESIGN.md on the
 * datasets (default: data/*.json) against the .txt files in DIR and their NAME.meta.json
 * sidecars (src/data/evidence-check.ts holds the rules). Also checks that every text in DIR is
 * quoted at least once. Exits 1 naming each failure: file, JSON path, tie, what was expected.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkEvidence, type SourceFile, type SourceMeta } from '../data/evidence-check.ts';
import { plural } from './report.ts';

function parseArgs(argv: string[]): { sourcesDir: string; files: string[] } {
  const at = argv.indexOf('--sources');
  const sourcesDir = at >= 0 ? argv[at + 1] : undefined;
  if (!sourcesDir) {
    console.error('usage: npm run verify-quotes -- --sources DIR [dataset.json …]');
    process.exit(2);
  }
  const files = argv.filter((_, i) => i !== at && i !== at + 1);
  if (files.length > 0) return { sourcesDir, files };
  const dataFiles = listDir('data', 'no dataset given and no data/ folder here')
    .filter((f) => f.endsWith('.json'))
    .map((f) => join('data', f));
  return { sourcesDir, files: dataFiles };
}

/** readdirSync with a one-line message (exit 2) instead of a stack trace. */
function listDir(dir: string, what: string): string[] {
  try {
    return readdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    console.error(`verify-quotes: cannot read the folder ${dir} (${code}): ${what}.`);
    process.exit(2);
  }
}

const { sourcesDir, files } = parseArgs(process.argv.slice(2));
const failures: string[] = [];
const sources: SourceFile[] = listDir(sourcesDir, 'pass --sources the folder of source .txt files')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => ({
    name,
    raw: readFileSync(join(sourcesDir, name), 'utf8'),
    meta: readSidecar(join(sourcesDir, name.replace(/\.txt$/, '.meta.json'))),
  }));
if (sources.length === 0) {
  console.error(`verify-quotes: no .txt files in ${sourcesDir}`);
  process.exit(2);
}

/** NAME.meta.json when present; a broken one is a failure, not a crash. */
function readSidecar(path: string): SourceMeta | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const meta = JSON.parse(readFileSync(path, 'utf8')) as SourceMeta;
    if (!Array.isArray(meta.nonBody)) meta.nonBody = [];
    return meta;
  } catch (error) {
    failures.push(
      `${path}: cannot read the sidecar as JSON (${error instanceof Error ? error.message : String(error)}).`,
    );
    return undefined;
  }
}

const quotedFiles = new Set<string>();
let checked = 0;
for (const file of files) {
  let root: unknown;
  try {
    root = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code ??
      (error instanceof Error ? error.message : String(error));
    failures.push(`${file}: cannot read it as JSON (${reason}); run npm run validate on it.`);
    continue;
  }
  const report = checkEvidence(root, sources);
  checked += report.quotesChecked;
  report.quotedFiles.forEach((name) => quotedFiles.add(name));
  for (const f of report.failures) {
    const where = f.path.startsWith('$') ? `${file}  ${f.path}` : join(sourcesDir, f.path);
    failures.push(
      `${where}${f.tie === undefined ? '' : `  (tie "${f.tie}")`}: ${f.message.replace('quote not found in any text:', `quote not found in any text in ${sourcesDir}:`)}`,
    );
  }
  for (const [source, name] of report.sourceFiles)
    console.log(`${file}: source "${source}" → ${name}`);
}
for (const { name } of sources) {
  if (!quotedFiles.has(name))
    failures.push(
      `${join(sourcesDir, name)}: no quote in ${files.join(', ')} comes from this text.`,
    );
}

failures.forEach((f) => console.log(f));
console.log(
  `verify-quotes: ${plural(checked, 'quote')} checked against ${plural(sources.length, 'text')} in ${basename(sourcesDir)}; ${plural(failures.length, 'failure')}.`,
);
process.exit(failures.length > 0 ? 1 : 0);
