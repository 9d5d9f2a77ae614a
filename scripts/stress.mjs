// `npm run test:stress -- [N]`: the browser and e2e projects N times (default 10) while
// `stress-ng --cpu 2` loads the machine, then the failures of each test over the N runs.
// Installs stress-ng with apt-get when it is missing and we are root. Exits 1 on any failure.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 10);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(
    'test:stress: give the number of runs as a positive whole number: npm run test:stress -- 20',
  );
  process.exit(2);
}

function ensureStressNg() {
  if (spawnSync('stress-ng', ['--version'], { stdio: 'ignore' }).status === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error('test:stress: needs stress-ng (as root: apt-get install -y stress-ng).');
    process.exit(1);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'stress-ng'], { stdio: 'inherit', env });
}

execFileSync(process.execPath, ['tests/ensure-chromium.mjs'], { stdio: 'inherit' });
ensureStressNg();
const load = spawn('stress-ng', ['--cpu', '2', '--quiet'], { stdio: 'ignore' });
const stopLoad = () => load.kill('SIGTERM');
process.on('exit', stopLoad);
process.on('SIGINT', () => process.exit(130));

const dir = mkdtempSync(join(tmpdir(), 'ties-stress-'));
/** test name → failures */
const failures = new Map();
const seen = new Set();
let brokenRuns = 0;
const started = Date.now();
for (let i = 1; i <= runs; i++) {
  const out = join(dir, `run-${i}.json`);
  const t0 = Date.now();
  const result = spawnSync(
    process.execPath,
    [
      'node_modules/vitest/vitest.mjs',
      'run',
      '--project',
      'browser',
      '--project',
      'e2e',
      '--reporter=json',
      `--outputFile=${out}`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
  );
  let report;
  try {
    report = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    brokenRuns++;
    console.log(
      `run ${i}/${runs}: no report (exit ${result.status}); stderr tail:\n${(result.stderr ?? '').slice(-2000)}`,
    );
    continue;
  }
  let failed = 0;
  for (const file of report.testResults) {
    for (const test of file.assertionResults) {
      const name = `${file.name.replace(`${process.cwd()}/`, '')} › ${test.fullName}`;
      seen.add(name);
      if (test.status === 'failed') {
        failed++;
        failures.set(name, (failures.get(name) ?? 0) + 1);
        const said = (test.failureMessages ?? []).join('\n').slice(0, 4000);
        // Printed as it happens, so a cut-off run still names its causes.
        console.log(`run ${i}: FAILED ${name}\n${said.replace(/^/gm, '    ')}`);
      }
    }
  }
  // A file that failed to run at all (an unhandled error) counts too.
  if (result.status !== 0 && failed === 0) {
    failed++;
    console.log(
      `run ${i}: exited ${result.status} with no failed test; stderr tail:\n${(result.stderr ?? '').slice(-2000)}`,
    );
    failures.set(
      '(run exited non-zero with no failed test: an unhandled error)',
      (failures.get('(run exited non-zero with no failed test: an unhandled error)') ?? 0) + 1,
    );
  }
  console.log(
    `run ${i}/${runs}: ${report.numPassedTests} passed, ${failed} failed (${Math.round((Date.now() - t0) / 1000)} s)`,
  );
}
stopLoad();
rmSync(dir, { recursive: true, force: true });

console.log(
  `\n${runs} runs under stress-ng --cpu 2 in ${Math.round((Date.now() - started) / 60000)} min; ${seen.size} tests each.`,
);
if (failures.size === 0 && brokenRuns === 0) {
  console.log('Every test passed every run.');
  process.exit(0);
}
console.log('Failures per test:');
for (const [name, count] of [...failures].sort((a, b) => b[1] - a[1]))
  console.log(`  ${count}/${runs}  ${name}`);
if (brokenRuns) console.log(`  ${brokenRuns}/${runs}  runs without a report`);
process.exit(1);
