/**
 * `npm run import -- DIR --out FILE.json`: a folder of CSV files (DESIGN.md, "Authoring and
 * import") → a validated ties-map/1 dataset. `npm run import -- --sipri FILE.csv --out FILE.json
 * [--per-pair]`: a SIPRI trade register export → an arms layer. Prints every problem with its file,
 * row and column; exits 1 on errors (writing nothing), 2 on misuse. File reading lives here only;
 * src/import/ takes the files' contents.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SHEET_FILES, type SheetKind } from '../import/columns.ts';
import { formatSheetProblem } from '../import/csv-table.ts';
import { importSheets, type SheetFiles } from '../import/sheets.ts';
import { decodeBytes, LATIN1_WARNING } from '../import/decode.ts';
import { importSipri } from '../import/sipri/import-sipri.ts';
import type { ImportResult, SheetProblem } from '../import/types.ts';
import { plural } from './report.ts';

const USAGE =
  'usage: npm run import -- DIR --out FILE.json\n       npm run import -- --sipri FILE.csv --out FILE.json [--per-pair]';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.error(USAGE);
  process.exit(0);
}
const out = option(args, '--out');
const sipri = option(args, '--sipri');
const positional = args.filter(
  (a, i) => !a.startsWith('--') && !['--out', '--sipri'].includes(args[i - 1] ?? ''),
);
const folder = positional[0];
if (!out || (sipri === undefined) === (folder === undefined) || positional.length > 1) {
  console.error(USAGE);
  process.exit(2);
}

function fail(message: string): never {
  console.log(message);
  process.exit(1);
}

/** Reads the folder's CSV files; names it does not use are warned about, not silently skipped. */
function readFolder(dir: string): { files: SheetFiles; extra: SheetProblem[] } {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    fail(`${dir}: not a folder (give the folder that holds sources.csv, actors.csv and ties.csv).`);
  const files: SheetFiles = {};
  const known = new Set<string>();
  const latin1: string[] = [];
  for (const [kind, spec] of Object.entries(SHEET_FILES) as [
    SheetKind,
    (typeof SHEET_FILES)[SheetKind],
  ][]) {
    known.add(spec.file);
    const path = join(dir, spec.file);
    if (!existsSync(path)) continue;
    const { text, encoding } = decodeBytes(readFileSync(path));
    files[kind] = text;
    if (encoding === 'Latin-1') latin1.push(spec.file);
  }
  const extra: SheetProblem[] = readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.csv') && !known.has(name))
    .map((name) => ({
      severity: 'warning',
      file: name,
      message: `not a file of the folder; it is ignored (the folder holds ${[...known].join(', ')}).`,
    }));
  for (const file of latin1) {
    extra.push({ severity: 'warning', file, message: LATIN1_WARNING });
  }
  return { files, extra };
}

let result: ImportResult;
let prefix: string;
let label: string;
if (sipri !== undefined) {
  let bytes: Buffer;
  try {
    bytes = readFileSync(sipri);
  } catch (error) {
    fail(
      `${sipri}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
  }
  const { text, encoding } = decodeBytes(bytes);
  const imported = importSipri(text, {
    file: basename(sipri),
    perPair: args.includes('--per-pair'),
  });
  result = imported;
  prefix = sipri.slice(0, sipri.length - basename(sipri).length);
  label = sipri;
  console.log(`${sipri}: read as ${encoding}, ${plural(imported.summary.rows, 'register row')}.`);
} else {
  const { files, extra } = readFolder(folder!);
  result = importSheets(files);
  result.problems.push(...extra);
  prefix = folder!.endsWith('/') ? folder! : `${folder}/`;
  label = folder!;
}

const errors = result.problems.filter((p) => p.severity === 'error');
const warnings = result.problems.filter((p) => p.severity === 'warning');
for (const problem of [...errors, ...warnings]) console.log(formatSheetProblem(problem, prefix));
if (errors.length > 0 || !result.dataset) {
  fail(
    `${label}: ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}; ${out} not written.`,
  );
}
const { dataset } = result;
writeFileSync(out, `${JSON.stringify(dataset, null, 2)}\n`);
console.log(
  `${label}: wrote ${out} (${plural(dataset.actors.length, 'actor')}, ${plural(dataset.ties.length, 'tie')}, ` +
    `${plural(
      dataset.ties.reduce((n, t) => n + t.evidence.length, 0),
      'quote',
    )}, ${plural(dataset.sources.length, 'source')}); ${plural(warnings.length, 'warning')}.`,
);
