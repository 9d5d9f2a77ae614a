/**
 * The two command-line tools as a data author runs them: `npm run validate -- FILE…` and
 * `npm run verify-quotes -- --sources DIR FILE…`, each in its own node process (through tsx).
 * The validate CLI checks country ids against geodata/places.json.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SOURCES = 'tests/fixtures/sources';
/** A text with a sidecar (gazette.meta.json) marking its navigation, byline, caption and teaser lines. */
const GAZETTE = 'tests/fixtures/quotes/sources';
const Q = 'tests/fixtures/quotes';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr together, for "the output says …" checks. */
  output: string;
}

function runCli(script: string, args: string[]): Run {
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (run.error) throw run.error;
  return {
    status: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    output: `${run.stdout}\n${run.stderr}`,
  };
}

const validate = (...args: string[]): Run => runCli('src/cli/validate.ts', args);
const verifyQuotes = (...args: string[]): Run => runCli('src/cli/verify-quotes.ts', args);

/** A Node stack trace line: a tool should say what went wrong in a sentence instead. */
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

describe('npm run validate', { timeout: 30_000 }, () => {
  it('passes a valid dataset with exit code 0 and a one-line summary', () => {
    const run = validate('tests/fixtures/valid-minimal.json');
    expect(run.output).toContain(
      'tests/fixtures/valid-minimal.json: valid, 0 errors, 0 warnings (3 actors, 3 ties, 2 sources)',
    );
    expect(run.status).toBe(0);
  });

  it('fails an invalid dataset with exit code 1, naming the file, the JSON path and the problem', () => {
    const run = validate('tests/fixtures/invalid/negative-figure.json');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /^tests\/fixtures\/invalid\/negative-figure\.json {2}\$\.ties\[0\]\.figure\.value {2}error: .*-69.*0 or more/m,
    );
    expect(run.stdout).toContain(
      'tests/fixtures/invalid/negative-figure.json: INVALID, 1 error, 0 warnings',
    );
  });

  it('checks country ids against the geodata', () => {
    const run = validate('tests/fixtures/invalid/unknown-country.json');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /unknown-country\.json {2}\$\.actors\[3\]\.id {2}error: .*no shape with the id "Atlantis"/,
    );
  });

  it('locates a JSON syntax error by line and column', () => {
    const run = validate('tests/fixtures/invalid/not-json.json');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /not-json\.json {2}\$ {2}error: The file is not valid JSON: line 5, column 1/,
    );
  });

  it('passes a dataset with warnings only, printing each warning at its path', () => {
    const run = validate('tests/fixtures/warnings-only.json');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/warnings-only\.json {2}\$\.author {2}warning: .*"author"/);
    expect(run.stdout).toMatch(
      /warnings-only\.json {2}\$\.ties\[0\]\.confidence {2}warning: .*"confidence"/,
    );
    expect(run.stdout).toContain('tests/fixtures/warnings-only.json: valid, 0 errors, 2 warnings');
  });

  it('checks every file given and fails when any one is invalid', () => {
    const run = validate(
      'tests/fixtures/valid-minimal.json',
      'tests/fixtures/invalid/wrong-format.json',
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('tests/fixtures/valid-minimal.json: valid');
    expect(run.stdout).toMatch(/wrong-format\.json {2}\$\.format {2}error: .*"ties-map\/2"/);
    expect(run.stdout).toContain('tests/fixtures/invalid/wrong-format.json: INVALID');
  });

  it('prints its usage and exits 2 when given no file', () => {
    const run = validate();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: npm run validate -- FILE.json');
  });

  it('prints its usage and exits 0 for --help', () => {
    const run = validate('--help');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('usage:');
  });

  it('says it cannot read a file that does not exist, without a stack trace, and exits 1', () => {
    const run = validate('tests/fixtures/no-such-file.json');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('tests/fixtures/no-such-file.json  error: cannot read the file');
    expect(run.stdout).toContain('ENOENT');
    expect(run.output).not.toMatch(STACK_LINE);
  });
});

describe('npm run verify-quotes', { timeout: 30_000 }, () => {
  it('passes when every quote is in a source text and every text is quoted', () => {
    const run = verifyQuotes('--sources', SOURCES, `${Q}/whitespace.json`);
    expect(run.stdout).toContain(
      'verify-quotes: 4 quotes checked against 2 texts in sources; 0 failures.',
    );
    expect(run.stdout).toContain('source "src-a" → a.txt');
    expect(run.stdout).toContain('source "src-b" → b.txt');
    expect(run.status).toBe(0);
  });

  it('passes a dataset that keeps every evidence rule: a range, a thousands separator, a month whose year the source date gives, a marked caption quote', () => {
    const run = verifyQuotes('--sources', GAZETTE, `${Q}/evidence-pass.json`);
    expect(run.stdout).toContain(
      'verify-quotes: 5 quotes checked against 1 text in sources; 0 failures.',
    );
    expect(run.status).toBe(0);
  });

  it('fails a changed number, naming the tie, the field, the number and the quotes searched', () => {
    const run = verifyQuotes('--sources', GAZETTE, `${Q}/changed-number.json`);
    expect(run.status).toBe(1);
    const searched =
      'quotes searched: “Israel’s arms made up 60–69% of Azerbaijan’s military imports in the years before 2020.”';
    expect(run.stdout).toContain(
      `${Q}/changed-number.json  $.ties[0].figure.upper  (tie "isr-aze-arms-share"): figure.upper states the number 70, which none of the tie's quotes states; ${searched}`,
    );
    expect(run.stdout).toContain(
      `$.ties[0].summary  (tie "isr-aze-arms-share"): summary states the number 70`,
    );
    expect(run.stdout).toContain('2 failures.');
  });

  it('fails a date whose month no quote names (the source-date exception needs the month in the quote)', () => {
    const run = verifyQuotes('--sources', GAZETTE, `${Q}/month-not-in-quote.json`);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '$.ties[1].when.from  (tie "aze-isr-transit-2025-08"): when.from states the date 2025-08 (August 2025), which none of the tie\'s quotes states',
    );
    expect(run.stdout).toContain(
      '$.ties[1].summary  (tie "aze-isr-transit-2025-08"): summary states the number 2025',
    );
  });

  it('fails a quote from a teaser for another article, naming the tie and the line', () => {
    const run = verifyQuotes('--sources', GAZETTE, `${Q}/teaser-quote.json`);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      `${Q}/teaser-quote.json  $.ties[4].evidence[1]  (tie "aze-isf-troops"): the quote stands only in a teaser (a card for another article) (line 8 of gazette.txt), which is never evidence`,
    );
    expect(run.stdout).toContain('1 failure.');
  });

  it('fails a photo-caption quote whose evidence does not say "in": "caption"', () => {
    const run = verifyQuotes('--sources', GAZETTE, `${Q}/uncaptioned-caption.json`);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '$.ties[2].evidence[0]  (tie "aze-isr-pipeline-2025-08-08"): the quote stands only in a photo caption (line 5 of gazette.txt)',
    );
    expect(run.stdout).toContain('mark it "in": "caption"');
  });

  it('fails a near-miss quote, showing the closest passage and the first character that differs', () => {
    const run = verifyQuotes('--sources', GAZETTE, `${Q}/near-miss.json`);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '$.ties[0].evidence[0]  (tie "isr-aze-arms-share"): quote not found in gazette.txt',
    );
    expect(run.stdout).toContain('closest passage in gazette.txt: “Israel’s arms made up 60–69%');
    expect(run.stdout).toContain(
      "first difference at character 7 of the quote: it has ' (U+0027, straight apostrophe) where the text has ’ (U+2019, typographic apostrophe)",
    );
    expect(run.stdout).toContain('1 failure.');
  });

  it('fails source fields that disagree with the sidecar, and a URL the sidecar does not give', () => {
    const run = verifyQuotes('--sources', GAZETTE, `${Q}/source-disagrees.json`);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      `${Q}/source-disagrees.json  $.sources[0].publisher: source "gazette" gives publisher “Gazette Media”, but the sidecar of gazette.txt says publisher “Fixture Gazette”.`,
    );
    expect(run.stdout).toContain('$.sources[0].url: source "gazette" gives url');
    expect(run.stdout).toContain('never guess a URL');
  });

  it('tolerates whitespace differences (line breaks, tabs, doubled spaces)', () => {
    const run = verifyQuotes('--sources', SOURCES, 'tests/fixtures/quotes/whitespace.json');
    expect(run.stdout).toContain('0 failures');
    expect(run.status).toBe(0);
  });

  it('fails a quote that is in no text, naming the file, the evidence path, the tie and the quote', () => {
    const run = verifyQuotes('--sources', SOURCES, 'tests/fixtures/quotes/missing-quote.json');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'tests/fixtures/quotes/missing-quote.json  $.ties[1].evidence[0]  (tie "aze-isr-oil"): quote not found in b.txt (the text its source is quoted from)',
    );
    expect(run.stdout).toContain("Azerbaijan supplies about 50% of Israel's oil");
    expect(run.stdout).toContain(
      'first difference at character 27 of the quote: it has 5 (U+0035) where the text has 4 (U+0034)',
    );
    expect(run.stdout).toContain('1 failure.');
  });

  it('fails a typographic apostrophe where the text has a straight one', () => {
    const run = verifyQuotes(
      '--sources',
      SOURCES,
      'tests/fixtures/quotes/typographic-apostrophe.json',
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /\$\.ties\[1\]\.evidence\[0\] {2}\(tie "aze-isr-oil"\): quote not found.*Israel’s oil/,
    );
  });

  it('fails a source text that no quote comes from, naming it', () => {
    const run = verifyQuotes('--sources', SOURCES, 'tests/fixtures/quotes/only-a.json');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'tests/fixtures/sources/b.txt: no quote in tests/fixtures/quotes/only-a.json comes from this text.',
    );
    expect(run.stdout).not.toContain('sources/a.txt: no quote');
  });

  it('fails one dataset source quoted from two different texts', () => {
    const run = verifyQuotes('--sources', SOURCES, 'tests/fixtures/quotes/source-two-texts.json');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '$.ties[1].evidence[0]  (tie "aze-isr-oil"): source "src-a" is quoted from a.txt elsewhere, but this quote is only in b.txt.',
    );
  });

  it('prints its usage and exits 2 without --sources', () => {
    const run = verifyQuotes('tests/fixtures/valid-minimal.json');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: npm run verify-quotes -- --sources DIR');
  });

  it('says it cannot read a dataset file that does not exist', () => {
    const run = verifyQuotes('--sources', SOURCES, 'tests/fixtures/no-such-file.json');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('tests/fixtures/no-such-file.json: cannot read it');
    expect(run.output).not.toMatch(STACK_LINE);
  });

  it('says it cannot read a sources folder that does not exist, without a stack trace', () => {
    const run = verifyQuotes(
      '--sources',
      'tests/fixtures/no-such-folder',
      'tests/fixtures/valid-minimal.json',
    );
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('tests/fixtures/no-such-folder');
    expect(run.output).not.toMatch(STACK_LINE);
  });

  it('reports a malformed evidence entry (null) instead of crashing with a stack trace', () => {
    const run = verifyQuotes('--sources', SOURCES, 'tests/fixtures/quotes/malformed.json');
    expect(run.status).toBe(1);
    expect(run.output).toContain('tests/fixtures/quotes/malformed.json');
    expect(run.output).not.toMatch(STACK_LINE);
  });
});
