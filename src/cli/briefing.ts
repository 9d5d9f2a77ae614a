/**
 * `npm run briefing -- DATASET --out briefing.html [--lang TAG] [--scene ID]`: one HTML file that
 * holds the element's code, the geodata, the dataset and the styles, for a briefing room with no
 * network. It opens from `file://` and asks for nothing: the map draws with the SVG renderer
 * (MapLibre and its workers are left out: a WebGL map needs worker scripts a file cannot load),
 * the dataset is parsed on the page, and the presenter console opens the same file as its window.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { briefingBundle } from '../briefing/bundle.ts';
import { briefingHtml } from '../briefing/html.ts';
import { parseDataset } from '../data/index.ts';

interface Options {
  dataset: string;
  out: string;
  lang?: string;
  scene?: string;
}

function usage(message: string): never {
  console.error(
    `briefing: ${message}\nusage: npm run briefing -- DATASET --out briefing.html [--lang TAG] [--scene ID]`,
  );
  process.exit(2);
}

function parseArgs(argv: string[]): Options {
  const options: Partial<Options> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => argv[++i] ?? usage(`${arg} needs a value`);
    if (arg === '--out') options.out = value();
    else if (arg === '--lang') options.lang = value();
    else if (arg === '--scene') options.scene = value();
    else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
    else if (options.dataset === undefined) options.dataset = arg;
    else usage(`one dataset at a time (got ${options.dataset} and ${arg})`);
  }
  if (!options.dataset) usage('name a dataset JSON file');
  if (!options.out) usage('say where to write the file with --out');
  return { ...options, dataset: options.dataset, out: options.out };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  let raw: string;
  try {
    raw = readFileSync(options.dataset, 'utf8');
  } catch (error) {
    console.error(`briefing: cannot read ${options.dataset}: ${(error as Error).message}`);
    process.exit(1);
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    console.error(`${options.dataset}: not JSON (${(error as Error).message})`);
    process.exit(1);
  }
  const result = parseDataset(value);
  if (!result.dataset) {
    for (const p of result.errors) console.error(`${options.dataset}: ${p.path}: ${p.message}`);
    process.exit(1);
  }
  if (options.scene && !result.dataset.scenes.some((s) => s.id === options.scene)) {
    console.error(
      `briefing: --scene ${options.scene} is not a scene of ${options.dataset}; known: ${result.dataset.scenes.map((s) => s.id).join(', ') || '(none)'}.`,
    );
    process.exit(1);
  }
  const code = await briefingBundle();
  // The dataset as validated, without the editor's JSON-schema link (a URL the file never needs).
  const dataset = { ...(value as Record<string, unknown>) };
  delete dataset.$schema;
  const html = briefingHtml(code, JSON.stringify(dataset), result.dataset.title, options);
  writeFileSync(options.out, html);
  const size = statSync(options.out).size;
  console.log(
    `${options.out}: ${(size / 1024 / 1024).toFixed(2)} MB (${result.dataset.scenes.length} scenes, ${result.dataset.ties.length} ties); opens from file:// with no network.`,
  );
}

await main();
