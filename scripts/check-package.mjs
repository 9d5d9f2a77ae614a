// The package as npm would publish it, checked as a consumer gets it. `npm test` runs this after
// `npm run build`: `npm pack`, then publint --strict and attw (its default profile, node10
// included; less the one rule an ESM-only package breaks by design, see docs/apps.md) on the
// tarball, then, from the unpacked tarball in a bare folder, Node imports `ties-map` (defining
// nothing, no DOM) and `ties-map/data` (validating the shipped dataset), CommonJS requires them
// (Node's require(esm), which is why that attw rule is moot), every source map a file names ships,
// and the manifest names shipped modules.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

const failures = [];
const fail = (message) => failures.push(message);
const bin = (name) => join('node_modules', '.bin', name);

const work = mkdtempSync(join(tmpdir(), 'ties-map-pack-'));
try {
  execFileSync('npm', ['pack', '--pack-destination', work, '--ignore-scripts', '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const tarball = join(
    work,
    readdirSync(work).find((f) => f.endsWith('.tgz')),
  );

  for (const [name, args] of [
    ['publint', ['run', '--strict', tarball]],
    // CJSResolvesToESM: the package is ESM only, and Node ≥ 20.19 (package.json engines) can
    // require() it; the probe below requires both entries from CommonJS. The stylesheet is an
    // entry point with no module and no types to check.
    [
      'attw',
      [
        tarball,
        '--ignore-rules',
        'cjs-resolves-to-esm',
        '--exclude-entrypoints',
        './ties-map.css',
        '--format',
        'ascii',
      ],
    ],
  ]) {
    try {
      execFileSync(bin(name), args, { stdio: 'pipe' });
      console.log(`check-package: ${name} clean`);
    } catch (error) {
      fail(`${name} reports problems in the packed package:\n${error.stdout}${error.stderr}`);
    }
  }

  // A bare consumer: the tarball unpacked as node_modules/ties-map, nothing else installed.
  const modules = join(work, 'consumer', 'node_modules');
  mkdirSync(modules, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', modules]);
  renameSync(join(modules, 'package'), join(modules, 'ties-map'));
  const installed = join(modules, 'ties-map');

  const dataset = join(
    process.cwd(),
    'data',
    readdirSync('data').find((f) => f.endsWith('.json')),
  );
  const probe = `
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    const entry = await import('ties-map');
    const added = Object.getOwnPropertyNames(globalThis).filter((n) => !before.has(n));
    if (added.length > 0) throw new Error('importing ties-map in Node defined globals: ' + added.join(', '));
    if (typeof entry.parseDataset !== 'function') throw new Error('ties-map in Node does not export parseDataset');
    const data = await import('ties-map/data');
    // The dataset is read here, not written into this script: an argument over 128 KB is refused (E2BIG).
    const { readFileSync } = await import('node:fs');
    const result = data.parseDataset(readFileSync(${JSON.stringify(dataset)}, 'utf8'));
    if (result.errors.length > 0 || !result.dataset) throw new Error('ties-map/data rejects the shipped dataset: ' + JSON.stringify(result.errors[0]));
    const schema = await import('ties-map/schema.json', { with: { type: 'json' } });
    if (schema.default.title !== data.schema.title) throw new Error('ties-map/schema.json and ties-map/data disagree on the schema');
  `;
  try {
    execFileSync(process.execPath, ['--input-type=module', '-e', probe], {
      cwd: join(work, 'consumer'),
      stdio: 'pipe',
    });
    execFileSync(
      process.execPath,
      [
        '--input-type=commonjs',
        '-e',
        "if (typeof require('ties-map/data').parseDataset !== 'function' || typeof require('ties-map').parseDataset !== 'function') throw new Error('require() of ties-map lacks parseDataset')",
      ],
      { cwd: join(work, 'consumer'), stdio: 'pipe' },
    );
    console.log(
      'check-package: Node imports and requires ties-map (defines nothing) and ties-map/data (validates the shipped dataset)',
    );
  } catch (error) {
    fail(`Node cannot use the package:\n${error.stderr ?? error.message}`);
  }

  const files = (dir) =>
    readdirSync(dir).flatMap((n) =>
      statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)],
    );
  for (const file of files(installed).filter((f) => /\.m?js$/.test(f))) {
    const map = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(file, 'utf8'))?.[1];
    if (map && !map.startsWith('data:') && !existsSync(join(dirname(file), map))) {
      fail(
        `${relative(installed, file)} names the source map ${map}, which the package does not ship`,
      );
    }
  }

  // The package bundles Lit, so an app has no Lit types: the declarations an app loads from the
  // entry's types (following relative imports, side-effect ones included) must not import it.
  const seen = new Set();
  const walk = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      if (/^lit(-html|-element)?(\/|$)|^@lit\//.test(spec))
        fail(`${relative(installed, file)} imports ${spec}, whose types an app does not have`);
      else if (spec.startsWith('.')) walk(join(dirname(file), spec.replace(/\.(ts|js)$/, '.d.ts')));
    }
  };
  walk(join(installed, 'dist', 'types', 'index.d.ts'));
  walk(join(installed, 'dist', 'types', 'data', 'index.d.ts'));
  if (seen.size < 2) fail('the entry types were not found under dist/types/');

  const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
  for (const mod of manifest.modules) {
    if (!existsSync(join(installed, mod.path)))
      fail(`custom-elements.json names ${mod.path}, which the package does not ship`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  for (const message of failures) console.error(`check-package: ${message}`);
  process.exit(1);
}
console.log('check-package: the packed package is clean');
