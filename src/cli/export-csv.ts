/**
 * `npm run export-csv -- FILE.json --out DIR`: writes a dataset as the CSV folder that
 * `npm run import` reads (DESIGN.md, "Authoring and import"), to edit it in a spreadsheet.
 * Exits 1 when the dataset is invalid (nothing written), 2 on misuse.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportSheets } from '../import/export-sheets.ts';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const dir = outIndex >= 0 ? args[outIndex + 1] : undefined;
const inputs = args.filter((a, i) => !a.startsWith('--') && i !== outIndex + 1);
if (args.includes('--help') || !dir || inputs.length !== 1) {
  console.error('usage: npm run export-csv -- FILE.json --out DIR');
  process.exit(args.includes('--help') ? 0 : 2);
}
const file = inputs[0]!;
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.log(
    `${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
  );
  process.exit(1);
}
const { files, errors } = exportSheets(text);
if (!files) {
  for (const error of errors) console.log(`${file}  ${error}`);
  console.log(
    `${file}: INVALID; fix it (npm run validate -- ${file}) before exporting. Nothing written.`,
  );
  process.exit(1);
}
mkdirSync(dir, { recursive: true });
for (const [name, csv] of Object.entries(files)) writeFileSync(join(dir, name), csv);
console.log(`${file}: wrote ${Object.keys(files).join(', ')} to ${dir}`);
