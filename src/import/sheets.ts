/**
 * The CSV folder of DESIGN.md ("Authoring and import") → a `ties-map/1` dataset, validated, with
 * every problem located by file, spreadsheet row and column. Pure: it takes the files' text and
 * returns `{ dataset, problems }`, so the command line and a page can share it.
 */
import { coded } from '../data/problems.ts';
import { parseDataset } from '../data/index.ts';
import { SHEET_FILES, type SheetKind } from './columns.ts';
import { checkHeader, parseSheet, type SheetTable } from './csv-table.ts';
import { languageColumns } from './language-columns.ts';
import type { DraftDataset, ImportResult, SheetProblem } from './types.ts';
import { Build } from './sheet-build.ts';
import { actors, datasetInfo, layers, sources } from './sheet-entities.ts';
import { ties } from './sheet-ties.ts';
import { annotations, scenes } from './sheet-scenes.ts';

/** The text of each file of the folder, by kind; sources, actors and ties are required. */
export type SheetFiles = Partial<Record<SheetKind, string>>;

const REQUIRED_FILES: readonly SheetKind[] = ['sources', 'actors', 'ties'];

const FILE_ORDER: readonly SheetKind[] = [
  'dataset',
  'sources',
  'actors',
  'layers',
  'ties',
  'scenes',
  'annotations',
];

/** Reads the folder's files into a dataset and validates it; every problem at once. */
export function importSheets(files: SheetFiles): ImportResult {
  const build = new Build();
  const tables: Partial<Record<SheetKind, SheetTable>> = {};
  for (const kind of FILE_ORDER) {
    const text = files[kind];
    const spec = SHEET_FILES[kind];
    if (text === undefined) {
      if (REQUIRED_FILES.includes(kind)) {
        build.problems.push({
          severity: 'error',
          file: spec.file,
          ...coded('sheet.fileMissing', { file: spec.file }),
        });
      }
      continue;
    }
    const table = parseSheet(spec.file, text);
    const languages = languageColumns(kind, table);
    build.languages[kind] = languages.columns;
    build.problems.push(
      ...languages.problems,
      ...checkHeader(
        table,
        [...spec.columns, ...languages.columns.map((c) => c.name)],
        spec.required,
      ),
    );
    tables[kind] = table;
  }
  // Without the files and columns every row needs, row-by-row messages would only repeat that.
  if (build.problems.some((p) => p.severity === 'error'))
    return { problems: sortProblems(build.problems) };

  const draft: DraftDataset = { format: 'ties-map/1', sources: [], actors: [], ties: [] };
  datasetInfo(build, tables.dataset, draft);
  draft.sources = sources(build, tables.sources!);
  if (tables.layers) draft.layers = layers(build, tables.layers);
  draft.actors = actors(build, tables.actors!);
  draft.ties = ties(build, tables.ties!);
  if (tables.scenes) draft.scenes = scenes(build, tables.scenes);
  if (tables.annotations) draft.annotations = annotations(build, tables.annotations);
  if (build.translations.size > 0) draft.translations = Object.fromEntries(build.translations);
  build.locations.set('$.sources', { file: SHEET_FILES.sources.file });
  build.locations.set('$.actors', { file: SHEET_FILES.actors.file });
  build.locations.set('$.ties', { file: SHEET_FILES.ties.file });
  if (tables.dataset) build.locations.set('$', { file: SHEET_FILES.dataset.file });

  const cellsWithErrors = new Set(build.problems.map(cellKey));
  for (const problem of parseDataset(draft).problems) {
    const located = build.locations.locate(problem);
    // Without a dataset.csv there is no cell to give the title in: say where it goes.
    if (located.file === undefined && problem.path === '$.title' && problem.code === 'text.missing')
      Object.assign(located, coded('sheet.titleMissing', {}));
    // A cell the import already reported (e.g. "69%") would otherwise be reported again as missing.
    if (located.severity === 'error' && cellsWithErrors.has(cellKey(located))) continue;
    build.problems.push(located);
  }
  return { dataset: draft, problems: sortProblems(build.problems), locations: build.locations };
}

function cellKey(p: SheetProblem): string {
  return `${p.file}|${p.row}|${p.column}`;
}

/** By file (folder order), then row; problems without a row first within their file. */
function sortProblems(problems: SheetProblem[]): SheetProblem[] {
  const fileRank = (file: string | undefined) =>
    file === undefined ? -1 : FILE_ORDER.findIndex((k) => SHEET_FILES[k].file === file);
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        fileRank(a.p.file) - fileRank(b.p.file) || (a.p.row ?? 0) - (b.p.row ?? 0) || a.i - b.i,
    )
    .map(({ p }) => p);
}
