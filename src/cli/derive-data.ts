/**
 * `npm run derive-data [-- --check] [SELECTION.json …]`: writes each derived dataset from its
 * parent and selection file (default: data/subsets/*.json; src/data/subset.ts holds the rule).
 * A derived dataset that would not validate is not written. `--check` writes nothing and exits 1
 * when a written file differs from what its parent now gives (the test suite runs the same check).
 * Exits 2 on misuse.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDataset } from '../data/index.ts';
import { datasetText, deriveSubset, readSelection } from '../data/subset.ts';
import { formatProblem } from './report.ts';

const SCHEMA = fileURLToPath(new URL('../data/ties-map-1.schema.json', import.meta.url));
const args = process.argv.slice(2);
const check = args.includes('--check');
if (args.includes('--help')) {
  console.error('usage: npm run derive-data -- [--check] [data/subsets/NAME.json …]');
  process.exit(0);
}
const named = args.filter((a) => !a.startsWith('--'));
const selections =
  named.length > 0
    ? named
    : readdirSync('data/subsets')
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => join('data/subsets', f));

/** Reads a JSON file, or says why not (one line) and returns undefined. */
function readJson(file: string, lines: string[]): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    lines.push(
      `${file}: cannot read it as JSON (${(error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error))}).`,
    );
    return undefined;
  }
}

let failed = 0;
for (const file of selections) {
  const lines: string[] = [];
  const raw = readJson(file, lines);
  const { selection, problems } =
    raw === undefined ? { selection: undefined, problems: [] } : readSelection(raw);
  problems.forEach((p) => lines.push(`${file}  ${p.path}  error: ${p.message}`));
  if (selection) {
    const parentFile = resolve(dirname(file), selection.from);
    const outFile = resolve(dirname(file), selection.out);
    const parent = readJson(parentFile, lines);
    const derived =
      parent === undefined
        ? undefined
        : deriveSubset(parent, selection, relative(dirname(outFile), SCHEMA));
    derived?.problems.forEach((p) => lines.push(`${file}  ${p.path}  error: ${p.message}`));
    if (derived?.dataset) {
      const text = datasetText(derived.dataset);
      const { errors } = parseDataset(text);
      errors.forEach((e) => lines.push(formatProblem(`${relative('.', outFile)} (derived)`, e)));
      const current = existsSync(outFile) ? readFileSync(outFile, 'utf8') : null;
      const out = relative('.', outFile);
      if (errors.length > 0) lines.push(`${out}: not written: the derived dataset is invalid.`);
      else if (current === text)
        console.log(`${out}: up to date with ${relative('.', parentFile)}`);
      else if (check)
        lines.push(
          `${out}: differs from what ${relative('.', parentFile)} gives through ${file}; run npm run derive-data and commit the result (edit the parent, never the derived file).`,
        );
      else {
        writeFileSync(outFile, text);
        console.log(
          `${out}: written from ${relative('.', parentFile)} (${selection.ties.length} ties)`,
        );
      }
    }
  }
  if (lines.length > 0) failed++;
  lines.forEach((l) => console.log(l));
}
process.exit(failed > 0 ? 1 : 0);
