/**
 * The sentences of the spreadsheet import (about its own cells and columns) and of the quote checks.
 */
import { msg, str } from '../msg.ts';
import { num } from '../strings/counting.ts';
import { character, entry, iso, list, type ProblemWords } from './parts.ts';

/** The spreadsheet import and the quote checks: each code's sentence in the language of the messages in force. */
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
    // The quote checks: the quote and passages are the texts' own words, isolated.
    'quote.notFound': (p) => {
      const quote = q(p.quote);
      const named = p.named === undefined ? undefined : q(p.named);
      const base =
        named === undefined
          ? msg(str`Quote not found in any text: “${quote}”`, { id: 'problem.quote.notFound' })
          : msg(str`Quote not found in ${named}, the text its source is quoted from: “${quote}”`, {
              id: 'problem.quote.notFoundIn',
            });
      if (!p.closest) {
        return msg(str`${base}; no passage comes close.`, { id: 'problem.quote.noneClose' });
      }
      const c = p.closest;
      const [file, passage, at, has, textHas] = [
        q(c.file),
        q(c.passage),
        num(c.at),
        character(c.has),
        character(c.textHas),
      ];
      return msg(
        str`${base}; closest passage in ${file}: “${passage}”; the first difference is at character ${at} of the quote: it has ${has} where the text has ${textHas}.`,
        { id: 'problem.quote.closest' },
      );
    },
    'quote.elsewhere': (p) => {
      const [source, named, found] = [q(p.source), q(p.named), list(p.found)];
      return msg(
        str`Source "${source}" is quoted from ${named} elsewhere, but this quote is only in ${found}.`,
        { id: 'problem.quote.elsewhere' },
      );
    },
    'sheet.fileMissing': (p) => {
      const file = q(p.file);
      return msg(str`The folder has no ${file}; export that tab as CSV (UTF-8) under this name.`, {
        id: 'problem.sheet.fileMissing',
      });
    },
  } satisfies Partial<ProblemWords>;
}
