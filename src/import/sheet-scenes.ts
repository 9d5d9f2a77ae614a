/**
 * The scenes and annotations sheets read into the draft dataset: each scene's view, and the
 * call-outs it shows.
 */
import { coded } from '../data/problems.ts';
import { cellText } from './cells.ts';
import type { SheetTable } from './csv-table.ts';
import type { DraftAnnotation, DraftScene } from './types.ts';
import { Build, entries } from './sheet-build.ts';

const list = (text: string | undefined) =>
  text === undefined ? undefined : text.split(/\s+/).filter(Boolean);

export function scenes(build: Build, table: SheetTable): DraftScene[] {
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

export function annotations(build: Build, table: SheetTable): DraftAnnotation[] {
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
