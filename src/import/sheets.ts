/**
 * The CSV folder of DESIGN.md ("Authoring and import") → a `ties-map/1` dataset, validated, with
 * every problem located by file, spreadsheet row and column. Pure: it takes the files' text and
 * returns `{ dataset, problems }`, so the command line and a page can share it.
 */
import { parseDataset } from '../data/index.ts';
import { childPath } from '../data/validate.ts';
import { coded, type CodedMessage } from '../data/problems.ts';
import { cellText, parseNumberCell } from './cells.ts';
import { EVIDENCE_COLUMNS, SHEET_FILES, TIE_OWN_COLUMNS, type SheetKind } from './columns.ts';
import { checkHeader, parseSheet, type SheetRow, type SheetTable } from './csv-table.ts';
import { languageColumns, type LanguageColumn } from './language-columns.ts';
import { Locations } from './locations.ts';
import type {
  DraftActor,
  DraftAnnotation,
  DraftDataset,
  DraftEvidence,
  DraftFigure,
  DraftLayer,
  DraftScene,
  DraftSource,
  DraftTie,
  ImportResult,
  SheetProblem,
} from './types.ts';

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

/** Collects what one build found, and where each JSON path came from. */
class Build {
  readonly problems: SheetProblem[] = [];
  readonly locations = new Locations();
  /** `$.translations`, by language tag, as the language columns fill it. */
  readonly translations = new Map<string, Record<string, unknown>>();
  /** The language columns of each sheet. */
  languages: Partial<Record<SheetKind, LanguageColumn[]>> = {};

  /**
   * Puts a translated text at `translations[tag]` then `keys` (e.g. "ties", an id, "summary"),
   * located at its cell. Keys are the data's own words: "__proto__" is stored as a key like any other.
   */
  translated(
    tag: string,
    keys: readonly string[],
    value: unknown,
    at: { file: string; row: number; column: string },
  ): void {
    let node = this.translations.get(tag);
    if (!node) this.translations.set(tag, (node = {}));
    let path = childPath('$.translations', tag);
    keys.forEach((key, i) => {
      path = childPath(path, key);
      if (i === keys.length - 1)
        Object.defineProperty(node, key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else {
        if (!Object.hasOwn(node as object, key))
          Object.defineProperty(node, key, {
            value: {},
            enumerable: true,
            writable: true,
            configurable: true,
          });
        node = (node as Record<string, Record<string, unknown>>)[key];
      }
    });
    this.locations.set(path, at);
  }

  /** The row's language cells of `base` in this sheet: tag and text, for each column filled. */
  languageCells(
    kind: SheetKind,
    row: SheetRow,
    base: string,
  ): { tag: string; text: string; column: string }[] {
    return (this.languages[kind] ?? [])
      .filter((c) => c.base === base)
      .map((c) => ({ tag: c.tag, column: c.name, text: cellText(row, c.name) }))
      .filter((c): c is { tag: string; text: string; column: string } => c.text !== undefined);
  }

  error(file: string, row: number, column: string, message: CodedMessage): void {
    this.problems.push({ severity: 'error', file, row, column, ...message });
  }

  /** Copies text cells into fields of `target`, recording each field's cell. */
  fields<T extends object>(
    target: T,
    table: SheetTable,
    row: SheetRow,
    path: string,
    map: readonly (readonly [keyof T & string, string])[],
  ): void {
    for (const [field, column] of map) {
      this.locations.set(`${path}.${field}`, { file: table.file, row: row.row, column });
      const text = cellText(row, column);
      if (text !== undefined) (target as Record<string, unknown>)[field] = text;
    }
  }

  number(table: SheetTable, row: SheetRow, column: string): number | undefined {
    const text = cellText(row, column);
    if (text === undefined) return undefined;
    const parsed = parseNumberCell(text, column);
    if ('problem' in parsed) {
      this.error(table.file, row.row, column, parsed.problem);
      return undefined;
    }
    return parsed.value;
  }
}

/** One entry of `$.<key>` per row, the entry itself located at the row and `column`. */
function entries<T>(
  build: Build,
  table: SheetTable,
  key: string,
  column: string,
  make: (row: SheetRow, path: string) => T,
): T[] {
  return table.rows.map((row, i) => {
    const path = `$.${key}[${i}]`;
    build.locations.set(path, { file: table.file, row: row.row, column });
    return make(row, path);
  });
}

function datasetInfo(build: Build, table: SheetTable | undefined, draft: DraftDataset): void {
  if (!table) return;
  const [first, ...rest] = table.rows;
  if (first)
    build.fields(draft, table, first, '$', [
      ['title', 'title'],
      ['description', 'description'],
    ]);
  for (const base of ['translator', 'method', 'reviewed', 'note', 'title', 'description']) {
    if (first)
      for (const cell of build.languageCells('dataset', first, base)) {
        // A spreadsheet has no false: "false" or "no" in reviewed@TAG says that no one has reviewed it.
        const value = base === 'reviewed' && /^(false|no)$/i.test(cell.text) ? false : cell.text;
        build.translated(cell.tag, [base], value, {
          file: table.file,
          row: first.row,
          column: cell.column,
        });
      }
  }
  if (rest[0])
    build.problems.push({
      severity: 'warning',
      file: table.file,
      row: rest[0].row,
      ...coded('sheet.datasetRows', {}),
    });
}

function sources(build: Build, table: SheetTable): DraftSource[] {
  return entries(build, table, 'sources', 'id', (row, path) => {
    const source: DraftSource = {};
    build.fields(source, table, row, path, [
      ['id', 'id'],
      ['title', 'title'],
      ['publisher', 'publisher'],
      ['published', 'published'],
      ['notBefore', 'not_before'],
      ['url', 'url'],
      ['note', 'note'],
    ]);
    return source;
  });
}

function actors(build: Build, table: SheetTable): DraftActor[] {
  // The validator reports a missing point at the actor itself: the cell to fill is lon.
  return entries(build, table, 'actors', 'lon', (row, path) => {
    build.locations.set(`${path}.point`, { file: table.file, row: row.row, column: 'lon' });
    const actor: DraftActor = {};
    build.fields(actor, table, row, path, [
      ['id', 'id'],
      ['name', 'name'],
      ['kind', 'kind'],
    ]);
    const lon = build.number(table, row, 'lon');
    const lat = build.number(table, row, 'lat');
    const missing = ['lon', 'lat'].filter((c) => cellText(row, c) === undefined);
    if (missing.length === 1) {
      build.error(
        table.file,
        row.row,
        missing[0]!,
        coded('sheet.pointHalf', {
          has: missing[0] === 'lon' ? 'lat' : 'lon',
          lacks: missing[0] === 'lon' ? 'lon' : 'lat',
        }),
      );
    }
    if (lon !== undefined && lat !== undefined) actor.point = [lon, lat];
    const names = build.languageCells('actors', row, 'name');
    for (const { tag, column } of names)
      build.locations.set(childPath(`${path}.names`, tag), {
        file: table.file,
        row: row.row,
        column,
      });
    if (names.length > 0)
      actor.names = Object.fromEntries(names.map(({ tag, text }) => [tag, text]));
    return actor;
  });
}

function layers(build: Build, table: SheetTable): DraftLayer[] {
  return entries(build, table, 'layers', 'id', (row, path) => {
    build.locations.set(`${path}.measure`, {
      file: table.file,
      row: row.row,
      column: 'measure_unit',
    });
    const layer: DraftLayer = {};
    build.fields(layer, table, row, path, [
      ['id', 'id'],
      ['label', 'label'],
    ]);
    const measure: NonNullable<DraftLayer['measure']> = {};
    build.fields(measure, table, row, `${path}.measure`, [
      ['unit', 'measure_unit'],
      ['label', 'measure_label'],
    ]);
    if (Object.keys(measure).length > 0) layer.measure = measure;
    const layerId = layer.id;
    if (layerId !== undefined) {
      for (const [base, key] of [
        ['label', 'label'],
        ['measure_label', 'measure'],
      ] as const) {
        for (const cell of build.languageCells('layers', row, base)) {
          build.translated(cell.tag, ['layers', layerId, key], cell.text, {
            file: table.file,
            row: row.row,
            column: cell.column,
          });
        }
      }
    }
    return layer;
  });
}

/** The tie's own cells, each with the row that filled it first. */
type OwnCells = Map<string, { text: string; row: number }>;

function ownCells(build: Build, table: SheetTable, id: string, rows: SheetRow[]): OwnCells {
  const own: OwnCells = new Map();
  // A tie's summary and `of` in another language are its own cells too.
  const translated = (build.languages.ties ?? [])
    .filter((c) => c.base === 'summary' || c.base === 'of')
    .map((c) => c.name);
  for (const row of rows) {
    for (const column of [...TIE_OWN_COLUMNS, ...translated]) {
      const text = cellText(row, column);
      if (text === undefined) continue;
      const first = own.get(column);
      if (!first) own.set(column, { text, row: row.row });
      else if (first.text !== text) {
        build.error(
          table.file,
          row.row,
          column,
          coded('sheet.tieDisagrees', { tie: id, text, first: first.text, firstRow: first.row }),
        );
      }
    }
  }
  return own;
}

function tie(
  build: Build,
  table: SheetTable,
  id: string,
  rows: SheetRow[],
  path: string,
): DraftTie {
  const own = ownCells(build, table, id, rows);
  const first = rows[0]!;
  const at = (column: string) => ({
    file: table.file,
    row: own.get(column)?.row ?? first.row,
    column,
  });
  const text = (column: string) => own.get(column)?.text;
  const number = (column: string) => {
    const cell = own.get(column);
    return cell
      ? build.number(
          table,
          rows.find((r) => r.row === cell.row)!,
          column,
        )
      : undefined;
  };
  build.locations.set(path, { file: table.file, row: first.row, column: 'id' });
  const draft: DraftTie = { id, evidence: [] };
  const simple = [
    ['layer', 'layer'],
    ['from', 'from'],
    ['to', 'to'],
    ['stance', 'stance'],
    ['status', 'status'],
    ['summary', 'summary'],
    ['note', 'note'],
  ] as const;
  for (const [field, column] of simple) {
    build.locations.set(`${path}.${field}`, at(column));
    const value = text(column);
    if (value !== undefined) draft[field] = value;
  }
  const figure: DraftFigure = {};
  build.locations.set(`${path}.figure`, at('value'));
  for (const field of ['value', 'upper'] as const) {
    build.locations.set(`${path}.figure.${field}`, at(field));
    const value = number(field);
    if (value !== undefined) figure[field] = value;
  }
  for (const field of ['unit', 'of', 'qualifier'] as const) {
    build.locations.set(`${path}.figure.${field}`, at(field));
    const value = text(field);
    if (value !== undefined) figure[field] = value;
  }
  const figureCells = ['value', 'upper', 'unit', 'of', 'qualifier'].some((c) => own.has(c));
  if (figureCells) draft.figure = figure;
  const when: NonNullable<DraftTie['when']> = {};
  build.locations.set(`${path}.when`, at('when_from'));
  for (const [field, column] of [
    ['from', 'when_from'],
    ['to', 'when_to'],
  ] as const) {
    build.locations.set(`${path}.when.${field}`, at(column));
    const value = text(column);
    if (value !== undefined) when[field] = value;
  }
  if (Object.keys(when).length > 0) draft.when = when;
  build.locations.set(`${path}.ended`, at('ended'));
  const ended = text('ended');
  if (ended !== undefined) draft.ended = ended;
  for (const c of build.languages.ties ?? []) {
    const value = c.base === 'summary' || c.base === 'of' ? text(c.name) : undefined;
    if (value !== undefined) build.translated(c.tag, ['ties', id, c.base], value, at(c.name));
  }
  build.locations.set(`${path}.evidence`, { file: table.file, row: first.row, column: 'quote' });
  for (const row of rows) {
    if (
      EVIDENCE_COLUMNS.every((c) => cellText(row, c) === undefined) &&
      build.languageCells('ties', row, 'quote').length === 0
    )
      continue;
    const evidencePath = `${path}.evidence[${draft.evidence.length}]`;
    build.locations.set(evidencePath, { file: table.file, row: row.row, column: 'quote' });
    const evidence: DraftEvidence = {};
    build.fields(evidence, table, row, evidencePath, [
      ['source', 'source'],
      ['quote', 'quote'],
      ['in', 'in'],
      ['lang', 'lang'],
    ]);
    const translations = build.languageCells('ties', row, 'quote');
    translations.forEach(({ column }, i) =>
      build.locations.set(`${evidencePath}.translations[${i}]`, {
        file: table.file,
        row: row.row,
        column,
      }),
    );
    if (translations.length > 0)
      evidence.translations = translations.map(({ tag, text }) => ({ lang: tag, text }));
    draft.evidence.push(evidence);
  }
  return draft;
}

function ties(build: Build, table: SheetTable): DraftTie[] {
  const groups = new Map<string, SheetRow[]>();
  for (const row of table.rows) {
    const id = cellText(row, 'id');
    if (id === undefined) {
      build.error(table.file, row.row, 'id', coded('sheet.tieNoId', {}));
      continue;
    }
    const group = groups.get(id);
    if (group) group.push(row);
    else groups.set(id, [row]);
  }
  return [...groups].map(([id, rows], i) => tie(build, table, id, rows, `$.ties[${i}]`));
}

const list = (text: string | undefined) =>
  text === undefined ? undefined : text.split(/\s+/).filter(Boolean);

function scenes(build: Build, table: SheetTable): DraftScene[] {
  return entries(build, table, 'scenes', 'id', (row, path) => {
    const loc = (column: string) => ({ file: table.file, row: row.row, column });
    const scene: DraftScene = {};
    build.fields(scene, table, row, path, [
      ['id', 'id'],
      ['title', 'title'],
      ['caption', 'caption'],
      ['notes', 'notes'],
      ['focus', 'focus'],
      ['asOf', 'as_of'],
    ]);
    for (const field of ['layers', 'ties'] as const) {
      build.locations.set(`${path}.${field}`, loc(field));
      const ids = list(cellText(row, field));
      if (ids) scene[field] = ids;
    }
    build.locations.set(`${path}.camera`, loc('west'));
    build.locations.set(`${path}.camera[0]`, loc('west'));
    build.locations.set(`${path}.camera[1]`, loc('east'));
    const sides = ['west', 'south', 'east', 'north'] as const;
    const given = sides.filter((c) => cellText(row, c) !== undefined);
    const values = sides.map((c) => build.number(table, row, c));
    if (given.length > 0 && given.length < 4) {
      const missing = sides.filter((c) => !given.includes(c));
      build.error(table.file, row.row, missing[0]!, coded('sheet.cameraPartial', { missing }));
    } else if (values.every((v) => v !== undefined)) {
      const [w, s, e, n] = values;
      scene.camera = [
        [w!, s!],
        [e!, n!],
      ];
    }
    const sceneId = scene.id;
    if (sceneId !== undefined) {
      for (const base of ['title', 'caption', 'notes']) {
        for (const cell of build.languageCells('scenes', row, base))
          build.translated(cell.tag, ['scenes', sceneId, base], cell.text, loc(cell.column));
      }
    }
    return scene;
  });
}

/** A cell that holds two numbers ("45.5 39.2" or "45.5, 39.2") is a point; anything else an id. */
const POINT_CELL = /^\s*(-?\d+(?:\.\d+)?)\s*[,\s]\s*(-?\d+(?:\.\d+)?)\s*$/;

function annotations(build: Build, table: SheetTable): DraftAnnotation[] {
  return entries(build, table, 'annotations', 'id', (row, path) => {
    const loc = (column: string) => ({ file: table.file, row: row.row, column });
    const annotation: DraftAnnotation = {};
    build.fields(annotation, table, row, path, [
      ['id', 'id'],
      ['text', 'text'],
      ['kind', 'kind'],
    ]);
    build.locations.set(`${path}.at`, loc('at'));
    const at = cellText(row, 'at');
    const point = at === undefined ? null : POINT_CELL.exec(at);
    if (point) annotation.at = [Number(point[1]), Number(point[2])];
    else if (at !== undefined) annotation.at = at;
    build.locations.set(`${path}.scenes`, loc('scenes'));
    const ids = list(cellText(row, 'scenes'));
    if (ids) annotation.scenes = ids;
    if (annotation.id !== undefined) {
      for (const cell of build.languageCells('annotations', row, 'text'))
        build.translated(cell.tag, ['annotations', annotation.id], cell.text, loc(cell.column));
    }
    return annotation;
  });
}

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
    if (located.file === undefined && problem.path === '$.title') {
      located.message = `${problem.message} Add a dataset.csv with a title column (and optionally description).`;
      delete located.code; // the English adds a hint the code's own sentence does not have
      delete located.params;
    }
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
