/**
 * `npm run validate -- FILE…`: checks ties-map/1 datasets against the contract and prints every
 * problem with its JSON path. Exits 1 when any file has errors (warnings alone pass), 2 on misuse.
 */
import { readFileSync } from 'node:fs';
import { parseDataset } from '../data/index.ts';
import { formatProblem, plural } from './report.ts';

const files = process.argv.slice(2);
if (files.length === 0 || files.includes('--help')) {
  console.error('usage: npm run validate -- FILE.json [FILE.json …]');
  process.exit(files.length === 0 ? 2 : 0);
}

let failed = 0;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.log(
      `${file}  error: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
    failed++;
    continue;
  }
  const { errors, warnings, dataset } = parseDataset(text);
  for (const problem of [...errors, ...warnings]) console.log(formatProblem(file, problem));
  if (errors.length > 0) failed++;
  const counts = dataset
    ? ` (${plural(dataset.actors.length, 'actor')}, ${plural(dataset.ties.length, 'tie')}, ${plural(dataset.sources.length, 'source')})`
    : '';
  console.log(
    `${file}: ${errors.length > 0 ? 'INVALID' : 'valid'}, ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}${counts}`,
  );
}
process.exit(failed > 0 ? 1 : 0);
