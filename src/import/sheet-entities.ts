/**
 * The dataset, sources, actors and layers sheets read into the draft dataset, each entry located
 * at its row.
 */
import { coded } from '../data/problems.ts';
import { childPath } from '../data/validate.ts';
import { cellText } from './cells.ts';
import type { SheetTable } from './csv-table.ts';
import type { DraftActor, DraftDataset, DraftLayer, DraftSource } from './types.ts';
import { Build, entries } from './sheet-build.ts';

export function datasetInfo(
  build: Build,
  table: SheetTable | undefined,
  draft: DraftDataset,
): void {
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

export function sources(build: Build, table: SheetTable): DraftSource[] {
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

export function actors(build: Build, table: SheetTable): DraftActor[] {
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

export function layers(build: Build, table: SheetTable): DraftLayer[] {
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
