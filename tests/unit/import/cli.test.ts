/**
 * `npm run import` and `npm run export-csv` as a data author runs them, each in its own node
 * process (through tsx), on folders written to a temporary directory.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SHEET_FILES, type SheetKind } from '../../../src/import/columns.ts';
import type { SheetFiles } from '../../../src/import/sheets.ts';
import { folder, sheet, tieRow } from './sheet-folder.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

function run(script: string, ...args: string[]) {
  const done = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (done.error) throw done.error;
  return { status: done.status, stdout: done.stdout, stderr: done.stderr };
}
const importCli = (...args: string[]) => run('src/cli/import.ts', ...args);
const exportCli = (...args: string[]) => run('src/cli/export-csv.ts', ...args);
const validateCli = (...args: string[]) => run('src/cli/validate.ts', ...args);

function writeFolder(files: SheetFiles): string {
  const dir = mkdtempSync(join(tmpdir(), 'ties-sheet-'));
  for (const kind of Object.keys(files) as SheetKind[]) {
    if (files[kind] !== undefined) writeFileSync(join(dir, SHEET_FILES[kind].file), files[kind]!);
  }
  return dir;
}

const outFile = () => join(mkdtempSync(join(tmpdir(), 'ties-out-')), 'out.json');

describe('npm run import -- DIR --out FILE.json', { timeout: 60_000 }, () => {
  it('imports the template folder examples/sheet into a dataset that validates', () => {
    const out = outFile();
    const done = importCli('examples/sheet', '--out', out);
    expect(done.stdout).toContain(
      `examples/sheet: wrote ${out} (5 actors, 8 ties, 11 quotes, 3 sources)`,
    );
    expect(done.stdout).not.toMatch(/^(?!.*warning).*row \d+/m); // no error lines
    expect(done.status).toBe(0);
    expect(validateCli(out).status).toBe(0);
  });

  it('reads a ties.csv as Excel writes it: BOM, CRLF, doubled quotes and a line break in a cell', () => {
    // Written as Excel's "CSV UTF-8" writes it: BOM, CRLF rows, a bare LF inside the quoted cell.
    const ties =
      '\uFEFFid,layer,from,to,summary,value,unit,source,quote\r\n' +
      'aze-isr,energy,AZE,ISR,"Oil, gas.",60,%,src-a,"He said ""enough"",\nthen left"\r\n';
    const dir = writeFolder(folder({ ties }));
    const out = outFile();
    expect(importCli(dir, '--out', out).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).ties[0].evidence[0].quote).toBe(
      'He said "enough",\nthen left',
    );
  });

  it("reads a file saved as Latin-1 (Excel's plain CSV) and warns that it is not UTF-8", () => {
    const dir = writeFolder(folder());
    writeFileSync(
      join(dir, 'actors.csv'),
      Buffer.from('id,name,kind\nAZE,Azerbaïdjan,country\nISR,Israël,country\n', 'latin1'),
    );
    const out = outFile();
    const done = importCli(dir, '--out', out);
    expect(done.status).toBe(0);
    expect(done.stdout).toContain(`${dir}/actors.csv: warning: is not UTF-8; read as Latin-1`);
    expect(JSON.parse(readFileSync(out, 'utf8')).actors[1].name).toBe('Israël');
  });

  it('prints every problem with file, row and column, exits 1 and writes nothing', () => {
    const dir = writeFolder(
      folder({ ties: sheet('ties', [tieRow({ value: '69%' }), tieRow({ id: 'b', to: 'XXX' })]) }),
    );
    writeFileSync(join(dir, 'notes.csv'), 'a\n');
    const out = outFile();
    const done = importCli(dir, '--out', out);
    expect(done.status).toBe(1);
    expect(done.stdout).toContain(
      `${dir}/ties.csv row 2, column value: "69%" is not a number; write 69 and put % in unit.`,
    );
    expect(done.stdout).toMatch(new RegExp(`${dir}/ties.csv row 3, column to: .*"XXX"`));
    expect(done.stdout).toContain(`${dir}/notes.csv: warning: not a file of the folder`);
    expect(done.stdout).toContain(`${dir}: 2 errors, 1 warning; ${out} not written.`);
    expect(existsSync(out)).toBe(false);
  });

  it('prints its usage and exits 2 without --out', () => {
    const done = importCli('examples/sheet');
    expect(done.status).toBe(2);
    expect(done.stderr).toContain('usage: npm run import -- DIR --out FILE.json');
  });
});

describe('npm run export-csv -- FILE.json --out DIR', { timeout: 60_000 }, () => {
  it('writes the folder, and importing it gives back every tie of the dataset', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'ties-export-')), 'sheet');
    const done = exportCli('data/azerbaijan-israel-usa.json', '--out', dir);
    expect(done.status).toBe(0);
    expect(done.stdout).toContain(
      'wrote dataset.csv, sources.csv, actors.csv, layers.csv, ties.csv, scenes.csv',
    );
    const out = outFile();
    expect(importCli(dir, '--out', out).status).toBe(0);
    const original = JSON.parse(readFileSync('data/azerbaijan-israel-usa.json', 'utf8'));
    expect(JSON.parse(readFileSync(out, 'utf8')).ties).toEqual(original.ties);
  });

  it('refuses an invalid dataset, naming its errors, and writes nothing', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'ties-export-')), 'sheet');
    const done = exportCli('tests/fixtures/invalid/negative-figure.json', '--out', dir);
    expect(done.status).toBe(1);
    expect(done.stdout).toMatch(/\$\.ties\[0\]\.figure\.value: .*0 or more/);
    expect(existsSync(dir)).toBe(false);
  });
});

describe('npm run import -- --sipri FILE.csv --out FILE.json', { timeout: 60_000 }, () => {
  it('imports the fixture into a dataset that passes npm run validate, reporting the unknown parties', () => {
    const out = outFile();
    const done = importCli('--sipri', 'tests/fixtures/sipri/trade-register.csv', '--out', out);
    expect(done.stdout).toContain(
      'tests/fixtures/sipri/trade-register.csv: read as UTF-8, 36 register rows.',
    );
    expect(done.stdout).toContain(
      'tests/fixtures/sipri/trade-register.csv: warning: 2 rows name an unknown supplier or recipient (7 million TIV); counted here, not drawn.',
    );
    expect(done.stdout).toContain(`wrote ${out} (43 actors, 32 ties, 34 quotes, 1 source)`);
    expect(done.status).toBe(0);
    const validated = validateCli(out);
    expect(validated.stdout).toContain(`${out}: valid, 0 errors`);
    expect(validated.status).toBe(0);
  });

  it('reads a Latin-1 export and, with --per-pair, makes one tie per pair', () => {
    const out = outFile();
    const done = importCli(
      '--sipri',
      'tests/fixtures/sipri/trade-register-latin1.csv',
      '--per-pair',
      '--out',
      out,
    );
    expect(done.stdout).toContain('read as Latin-1, 3 register rows.');
    expect(done.status).toBe(0);
    const ties = JSON.parse(readFileSync(out, 'utf8')).ties;
    expect(ties.map((t: { id: string }) => t.id)).toEqual([
      'sipri-fra-sen-2021-2021',
      'sipri-nld-cuw-2020-2021',
    ]);
  });

  it('locates an unknown name and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ties-sipri-'));
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'register.csv');
    writeFileSync(
      file,
      readFileSync('tests/fixtures/sipri/trade-register.csv', 'utf8').replace(
        '90012,Ukraine',
        '90012,Ukriane',
      ),
    );
    const done = importCli('--sipri', file, '--out', outFile());
    expect(done.status).toBe(1);
    expect(done.stdout).toContain(
      `${dir}/register.csv row 28, column Supplier: "Ukriane" is not a name the importer knows; did you mean "Ukraine"?`,
    );
  });
});
