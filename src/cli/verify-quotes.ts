/**
 * `npm run verify-quotes -- --sources DIR [FILE…]`: every evidence quote in the datasets (default:
 * data/*.json) must occur verbatim, whitespace aside, in one of the .txt files in DIR. Also checks
 * that all quotes of one dataset source come from the same text file, and that every text in DIR
 * is quoted at least once. Exits 1 naming each failure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { findQuote, normaliseWhitespace } from '../data/quotes.ts';
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
  const dataFiles = listDir('data', 'no dataset given and no data/ folder here').filter((f) => f.endsWith('.json')).map((f) => join('data', f));
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const { sourcesDir, files } = parseArgs(process.argv.slice(2));
const texts = listDir(sourcesDir, 'pass --sources the folder of source .txt files')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: normaliseWhitespace(readFileSync(join(sourcesDir, name), 'utf8')) }));
if (texts.length === 0) {
  console.error(`verify-quotes: no .txt files in ${sourcesDir}`);
  process.exit(2);
}

const failures: string[] = [];
const quotedFiles = new Set<string>();
let checked = 0;
for (const file of files) {
  let root: unknown;
  try {
    root = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    failures.push(`${file}: cannot read it as JSON (${reason}); run npm run validate on it.`);
    continue;
  }
  // Malformed structure is the validator's business: check what quotes there are, skip the rest.
  const rawTies = isRecord(root) && Array.isArray(root['ties']) ? (root['ties'] as unknown[]) : [];
  const fileOfSource = new Map<string, string>();
  rawTies.forEach((tie, t) => {
    if (!isRecord(tie) || !Array.isArray(tie['evidence'])) return;
    (tie['evidence'] as unknown[]).forEach((evidence, e) => {
      if (!isRecord(evidence) || typeof evidence['quote'] !== 'string') {
        failures.push(`${file}  $.ties[${t}].evidence[${e}]: not an evidence entry with a "quote" string; run npm run validate on it.`);
        return;
      }
      const quote = evidence['quote'];
      checked++;
      const where = `${file}  $.ties[${t}].evidence[${e}]  (tie "${String(tie['id'])}")`;
      const found = findQuote(quote, texts);
      if (found.length === 0) {
        failures.push(`${where}: quote not found in any text in ${sourcesDir}: “${quote}”`);
        return;
      }
      found.forEach((name) => quotedFiles.add(name));
      const source = String(evidence['source']);
      const earlier = fileOfSource.get(source);
      if (earlier !== undefined && !found.includes(earlier)) {
        failures.push(`${where}: source "${source}" is quoted from ${earlier} elsewhere, but this quote is only in ${found.join(', ')}.`);
      } else if (earlier === undefined && found.length === 1) {
        fileOfSource.set(source, found[0]!);
      }
    });
  });
  for (const [source, name] of fileOfSource) console.log(`${file}: source "${source}" → ${name}`);
}
for (const { name } of texts) {
  if (!quotedFiles.has(name)) failures.push(`${join(sourcesDir, name)}: no quote in ${files.join(', ')} comes from this text.`);
}

failures.forEach((f) => console.log(f));
console.log(`verify-quotes: ${plural(checked, 'quote')} checked against ${plural(texts.length, 'text')} in ${basename(sourcesDir)}; ${plural(failures.length, 'failure')}.`);
process.exit(failures.length > 0 ? 1 : 0);
