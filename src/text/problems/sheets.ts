/**
 * The sentences of the spreadsheet import, about its own files, cells and columns.
 */
import { msg, str } from '../msg.ts';
import { num } from '../strings/counting.ts';
import { entry, iso, list, type ProblemWords } from './parts.ts';

/** The spreadsheet import: each code's sentence in the language of the messages in force. */
export function sheetWords() {
  const q = iso;
  return {
    // The spreadsheet import: the place (file, row, column) is shown beside the sentence.
    'sheet.columnTwice': (p) => {
      const column = q(p.column);
      return msg(str`The column "${column}" appears twice; keep one.`, {
        id: 'problem.sheet.columnTwice',
      });
    },
    'sheet.columnUnknown': (p) => {
      const [column, index, file, known] = [q(p.column), num(p.index), q(p.file), list(p.known)];
      return msg(
        str`"${column}" (column ${index}) is not a column ${file} defines; its cells are ignored (columns: ${known}).`,
        { id: 'problem.sheet.columnUnknown' },
      );
    },
    'sheet.columnUnnamed': (p) => {
      const index = num(p.index);
      return msg(
        str`Column ${index} has no header but holds data; its cells are ignored (name the column or delete it).`,
        { id: 'problem.sheet.columnUnnamed' },
      );
    },
    'sheet.columnMissing': (p) => {
      const [column, file, required, optional] = [
        q(p.column),
        q(p.file),
        list(p.required),
        list(p.optional),
      ];
      return msg(
        str`The header row has no column "${column}"; ${file} needs ${required} (and may have ${optional}).`,
        { id: 'problem.sheet.columnMissing' },
      );
    },
    'sheet.languageColumn': (p) => {
      const [tag, examples] = [q(p.tag), list(['ar', 'he', 'fa-IR'].map((t) => `${p.base}@${t}`))];
      return msg(str`"${tag}" is not a language tag (BCP 47); write the column as ${examples} …`, {
        id: 'problem.sheet.languageColumn',
      });
    },
    'sheet.numberPercent': (p) => {
      const [text, write] = [q(p.text), q(p.write)];
      return msg(str`"${text}" is not a number; write ${write} and put % in the unit column.`, {
        id: 'problem.sheet.numberPercent',
      });
    },
    'sheet.numberThousands': (p) => {
      const [text, write] = [q(p.text), q(p.write)];
      return msg(str`"${text}" is not a number; write ${write} without thousands separators.`, {
        id: 'problem.sheet.numberThousands',
      });
    },
    'sheet.numberComma': (p) => {
      const [text, write] = [q(p.text), q(p.write)];
      return msg(str`"${text}" is not a number; write ${write} with a decimal point.`, {
        id: 'problem.sheet.numberComma',
      });
    },
    'sheet.numberDigits': (p) => {
      const [text, write] = [q(p.text), q(p.write)];
      return p.unitHint
        ? msg(
            str`"${text}" is not a number; write digits only (e.g. ${write}) and put the unit in the unit column.`,
            { id: 'problem.sheet.numberDigitsUnit' },
          )
        : msg(str`"${text}" is not a number; write digits only (e.g. ${write}).`, {
            id: 'problem.sheet.numberDigits',
          });
    },
    'sheet.pointHalf': (p) =>
      p.lacks === 'lon'
        ? msg('The actor has a lat but no lon; give both, or neither for a country with a shape.', {
            id: 'problem.sheet.lonMissing',
          })
        : msg('The actor has a lon but no lat; give both, or neither for a country with a shape.', {
            id: 'problem.sheet.latMissing',
          }),
    'sheet.tieDisagrees': (p) => {
      const [tie, text, first, row] = [entry('tie', p.tie), q(p.text), q(p.first), num(p.firstRow)];
      return msg(
        str`${tie} has "${text}" here but "${first}" in row ${row}; rows of one tie must agree (leave the cell empty on its further rows).`,
        { id: 'problem.sheet.tieDisagrees' },
      );
    },
    'sheet.tieNoId': () =>
      msg('This row has no tie id; every row of ties.csv names the tie its quote supports.', {
        id: 'problem.sheet.tieNoId',
      }),
    'sheet.cameraPartial': (p) => {
      const missing = list(p.missing);
      return msg(str`The camera needs all four of west, south, east, north; empty: ${missing}.`, {
        id: 'problem.sheet.cameraPartial',
      });
    },
    'sheet.datasetRows': () =>
      msg('Only the first row under the header is read; the dataset has one title.', {
        id: 'problem.sheet.datasetRows',
      }),
    'sheet.fileMissing': (p) => {
      const file = q(p.file);
      return msg(str`The folder has no ${file}; export that tab as CSV (UTF-8) under this name.`, {
        id: 'problem.sheet.fileMissing',
      });
    },
    'sheet.titleMissing': () => {
      const [file, title, description] = [q('dataset.csv'), q('title'), q('description')];
      return msg(
        str`The dataset needs a title. Add a ${file} with a ${title} column (and optionally ${description}).`,
        { id: 'problem.sheet.titleMissing' },
      );
    },
    // The file is named beside the sentence.
    'import.latin1': () => {
      const [utf8, latin1, csv] = [q('UTF-8'), q('Latin-1 (Windows-1252)'), q('CSV UTF-8')];
      return msg(
        str`This file is not ${utf8}; it was read as ${latin1}. Check its accents and typographic quotes, or export it again as "${csv}".`,
        { id: 'problem.import.latin1' },
      );
    },
  } satisfies Partial<ProblemWords>;
}
