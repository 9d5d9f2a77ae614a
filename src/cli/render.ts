/**
 * `npm run render -- DATASET --out FILE.svg|FILE.png [--width N] [--height N] [--layers "id id"]
 * [--as-of DATE] [--focus ID] [--scene ID] [--theme light|dark] [--worldview de-facto|un] [--lang TAG] [--status "stated reported"]
 * [--stance cooperative|adversarial] [--source "id id"] [--direction in|out|both] [--min N] [--group region|subregion] [--flows top|all]`: the map of a
 * dataset as a standalone SVG or PNG (title, legend, credit line), built by the same scene code as
 * the element, without a browser. `--handout OUT.pdf` instead writes a presenter's handout, one A4
 * page per scene (its picture, words, notes, call-outs, ties with their quotes, sources); `--lang` takes the dataset's texts and names in that language
 * where it has them (right-to-left ones set as such; the PNG needs fonts for the script, e.g.
 * Debian's fonts-noto-core, which resvg finds among the system fonts). Exits 1 with the validator's located messages when the dataset is invalid,
 * 2 on misuse.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { GROUPINGS, parseGrouping } from '../data/regions.ts';
import { FLOWS, parseFlows } from '../state/flows.ts';
import type { Topology } from 'topojson-specification';
import { datasetInLanguage, datasetLanguages } from '../data/dataset-language.ts';
import { isIsoDate } from '../data/dates.ts';
import { parseDataset } from '../data/index.ts';
import { canonicalTag, tagFallbacks } from '../data/lang-tags.ts';
import { loadLanguage, resolveLanguage } from '../text/languages.ts';
import { namesInLanguage } from '../text/names.ts';
import { DEFAULT_WORLDVIEW, parseWorldview, WORLDVIEWS } from '../geo/borders.ts';
import { countriesFromTopology } from '../geo/world-decode.ts';
import { stringsFor } from '../text/strings.ts';
import { creditLine } from '../text/titles.ts';
import { staticSvg } from '../render/svg/static-svg.ts';
import { THEMES, type ThemeName } from '../render/themes.ts';
import { viewOfScene } from '../state/scene-view.ts';
import { checkAttributes } from '../state/attribute-checks.ts';
import { FILTER_NAMES, NO_FILTER, withFilter } from '../state/tie-filter.ts';
import { INITIAL_VIEW, parseLayersAttribute, type SceneView } from '../state/view-state.ts';

import { handoutScene, type HandoutScene } from './handout/layout.ts';
import { formatProblem } from './report.ts';

const USAGE =
  'usage: npm run render -- DATASET.json --out FILE.svg|FILE.png | --handout FILE.pdf [--width N] [--height N] [--layers "id id"] [--as-of DATE] [--focus ID] [--scene ID] [--theme light|dark] [--worldview de-facto|un] [--lang TAG] [--status "stated reported"] [--stance cooperative|adversarial] [--source "id id"] [--direction in|out|both] [--min N] [--group region|subregion] [--flows top|all]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function size(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 200 || n > 8000)
    fail(`--${name} must be a whole number of pixels from 200 to 8000, not "${value}".`);
  return n;
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      handout: { type: 'string' },
      width: { type: 'string' },
      height: { type: 'string' },
      layers: { type: 'string' },
      'as-of': { type: 'string' },
      focus: { type: 'string' },
      scene: { type: 'string' },
      theme: { type: 'string' },
      worldview: { type: 'string' },
      lang: { type: 'string' },
      status: { type: 'string' },
      stance: { type: 'string' },
      source: { type: 'string' },
      direction: { type: 'string' },
      min: { type: 'string' },
      group: { type: 'string' },
      flows: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
}
try {
  args = parse();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { values, positionals } = args;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const file = positionals[0];
if (!file || positionals.length > 1)
  fail(positionals.length > 1 ? `Give one dataset, not ${positionals.length}.` : 'Give a dataset.');
const out = values.out;
const handout = values.handout;
if (handout !== undefined && out !== undefined)
  fail('Give --out (a picture) or --handout (a PDF), not both.');
if (handout !== undefined && !/\.pdf$/i.test(handout))
  fail(`--handout must name a .pdf file, not "${handout}".`);
if (handout === undefined && (!out || !/\.(svg|png)$/i.test(out)))
  fail('--out must name a .svg or .png file.');
if (handout !== undefined) {
  // Each page shows its scene's own view: the options that would change it do not apply.
  const viewOptions = [
    'layers',
    'as-of',
    'focus',
    'status',
    'stance',
    'source',
    'direction',
    'min',
  ] as const;
  const given = viewOptions.filter((name) => values[name] !== undefined);
  if (given.length > 0)
    fail(
      `--${given[0]} does not apply to --handout: each page shows its scene's view (--scene picks one scene).`,
    );
}
const width = size(values.width, 1280, 'width');
const height = size(values.height, 720, 'height');
const themeName = (values.theme ?? 'light') as ThemeName;
if (!Object.hasOwn(THEMES, themeName))
  fail(`--theme must be light or dark, not "${values.theme}".`);

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(
    `${file}  error: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
  );
  process.exit(1);
}
const lang = values.lang === undefined ? undefined : canonicalTag(values.lang);
if (values.lang !== undefined && lang === undefined)
  fail(`--lang must be a language tag (BCP 47) such as ar, he or fa-IR, not "${values.lang}".`);
const parsed = parseDataset(text);
if (parsed.errors.length > 0 || !parsed.dataset) {
  for (const problem of parsed.errors) console.error(formatProblem(file, problem));
  console.error(`${file}: INVALID, nothing rendered.`);
  process.exit(1);
}
if (
  lang !== undefined &&
  !datasetLanguages(parsed.dataset).some((tag) => tagFallbacks(lang).includes(tag))
) {
  console.error(
    `${file}: no text in "${lang}" (it has: ${datasetLanguages(parsed.dataset).join(', ') || 'English only'}); its texts stay in English.`,
  );
}
const language = resolveLanguage(lang);
if (language.unshipped)
  console.error(
    `--lang ${lang}: the picture's own words (legend, credit line) are not shipped in this language; they stay in English.`,
  );
await loadLanguage(language.code);
const dataset =
  lang === undefined
    ? parsed.dataset
    : namesInLanguage(datasetInLanguage(parsed.dataset, lang), lang);

let view: SceneView = INITIAL_VIEW;
const step =
  values.scene === undefined ? undefined : dataset.scenes.find((s) => s.id === values.scene);
if (values.scene !== undefined && !step) {
  fail(
    `--scene "${values.scene}" is not a scene of ${file} (${dataset.scenes.map((s) => s.id).join(', ') || 'it has none'}).`,
  );
}
if (step) view = viewOfScene(dataset, step);
if (values.layers !== undefined) {
  const layers = parseLayersAttribute(values.layers)!;
  const unknown = [...layers].filter((id) => !dataset.layers.some((l) => l.id === id));
  if (unknown.length > 0)
    fail(
      `--layers names no layer of ${file}: ${unknown.join(', ')} (layers: ${dataset.layers.map((l) => l.id).join(', ')}).`,
    );
  view = { ...view, layers };
}
if (values['as-of'] !== undefined) {
  if (!isIsoDate(values['as-of']))
    fail(
      `--as-of must be an ISO 8601 date (2024, 2024-06 or 2024-06-30), not "${values['as-of']}".`,
    );
  view = { ...view, asOf: values['as-of'] };
}
if (values.focus !== undefined) {
  if (!dataset.actors.some((a) => a.id === values.focus))
    fail(`--focus "${values.focus}" is not an actor of ${file}.`);
  view = { ...view, focus: values.focus };
}

// The element's filters, checked as the element checks its attributes.
const filters = {
  status: values.status ?? null,
  stance: values.stance ?? null,
  source: values.source ?? null,
  direction: values.direction ?? null,
  min: values.min ?? null,
};
const filterProblems = checkAttributes(dataset, {
  layers: null,
  focus: null,
  asOf: null,
  scene: null,
  filters,
});
if (filterProblems.length > 0) {
  fail(
    filterProblems
      .map((p) =>
        p.attribute === 'min'
          ? `--min must be a number of zero or more, not "${p.value}".`
          : p.attribute === 'source'
            ? `--source "${p.value}" is not a source of ${file}${p.meant ? ` (did you mean "${p.meant}"?)` : ''}.`
            : `--${p.attribute} "${p.value}" must be one of ${p.known.join(', ')}.`,
      )
      .join('\n'),
  );
}
if (filters.direction !== null && view.focus === null)
  fail(
    '--direction is relative to the focused actor: give --focus ID (or a --scene with a focus).',
  );
view = {
  ...view,
  filter: FILTER_NAMES.reduce((f, name) => withFilter(f, name, filters[name]), NO_FILTER),
};

const worldview =
  values.worldview === undefined ? DEFAULT_WORLDVIEW : parseWorldview(values.worldview);
if (worldview === null)
  fail(`--worldview must be ${WORLDVIEWS.join(' or ')}, not "${values.worldview}".`);
view = { ...view, worldview };

// Countries grouped by UN M49 region or sub-region (docs/analysing.md).
if (values.group !== undefined) {
  const group = parseGrouping(values.group);
  if (group === undefined)
    fail(`--group must be one of ${GROUPINGS.join(', ')}, not "${values.group}".`);
  view = { ...view, group };
}

// Every edge of a crowded layer drawn in full, as the element's `flows="all"` (docs/analysing.md).
if (values.flows !== undefined) {
  const flows = parseFlows(values.flows);
  if (flows === undefined) fail(`--flows must be ${FLOWS.join(' or ')}, not "${values.flows}".`);
  view = { ...view, allFlows: flows === 'all' };
}

const topology = JSON.parse(
  readFileSync(new URL('../../geodata/world.topo.json', import.meta.url), 'utf8'),
) as Topology;

/** Write bytes, or say where and why not and exit 1. */
function write(path: string, bytes: string | Uint8Array): void {
  try {
    writeFileSync(path, bytes);
  } catch (error) {
    console.error(
      `${path}  error: cannot write the file (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
    process.exit(1);
  }
}

// The rasteriser is a native module loaded only for PNG and PDF output: SVG needs nothing beyond the scene code.
async function toPng(svg: string): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js');
  return new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: true, sansSerifFamily: 'Liberation Sans' },
  })
    .render()
    .asPng();
}

if (handout !== undefined) {
  const countries = countriesFromTopology(topology, worldview);
  const strings = stringsFor(lang ?? 'en');
  const steps = step ? [step] : dataset.scenes.length > 0 ? dataset.scenes : [undefined];
  const scenes: HandoutScene[] = [];
  const pictures: Uint8Array[] = [];
  for (const s of steps) {
    const pageView: SceneView = {
      ...(s ? viewOfScene(dataset, s) : INITIAL_VIEW),
      filter: NO_FILTER,
      worldview,
    };
    const shown = staticSvg({
      dataset,
      countries,
      view: pageView,
      step: s,
      width,
      height,
      theme: themeName,
      lang,
      caption: false,
    });
    pictures.push(await toPng(shown.svg));
    scenes.push(
      handoutScene(
        dataset,
        s,
        {
          tieIds: shown.scene.edges.flatMap((e) => e.tieIds),
          callouts: (shown.scene.annotations ?? []).map((a) => ({
            number: a.number,
            text: a.text,
          })),
          credit: creditLine(dataset, shown.scene.legend, strings),
          picture: { width: shown.width, height: shown.height },
        },
        strings,
        lang,
      ),
    );
  }
  // pdf-lib and the fonts load only for a handout.
  const { handoutPdf, HandoutFontError } = await import('./handout/pdf.ts');
  let pdf: Awaited<ReturnType<typeof handoutPdf>>;
  try {
    pdf = await handoutPdf({
      scenes,
      pictures,
      strings,
      rtl: language.dir === 'rtl',
      lang: lang ?? 'en',
      title: dataset.title,
    });
  } catch (error) {
    if (!(error instanceof HandoutFontError)) throw error;
    console.error(`${handout}  error: ${error.message}`);
    process.exit(1);
  }
  write(handout, pdf.bytes);
  console.log(
    `${handout}: ${pdf.pages.length} ${pdf.pages.length === 1 ? 'page' : 'pages'} for ${steps.length} ${steps.length === 1 ? 'scene' : 'scenes'}, ${(pdf.bytes.length / 1024).toFixed(0)} KB (${themeName})`,
  );
  process.exit(0);
}

const picture = staticSvg({
  dataset,
  countries: countriesFromTopology(topology, worldview),
  view,
  step,
  width,
  height,
  theme: themeName,
  lang,
});

write(out!, /\.svg$/i.test(out!) ? picture.svg : await toPng(picture.svg));
console.log(
  `${out}: ${picture.scene.edges.length} edges, ${picture.scene.actors.length} actors, ${picture.width}×${picture.height} (${themeName})`,
);
