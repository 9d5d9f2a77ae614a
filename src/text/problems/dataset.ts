/**
 * The sentences about the dataset as a whole (its file, its format, its lists), its sources and its layers.
 */
import { msg, str } from '../msg.ts';
import { num } from '../strings/counting.ts';
import {
  entry,
  gotText,
  idListText,
  iso,
  kindWord,
  list,
  subjectText,
  type ProblemWords,
} from './parts.ts';

/** The dataset, sources and layers: each code's sentence in the language of the messages in force. */
export function datasetWords() {
  const w = subjectText;
  const g = gotText;
  const q = iso;
  return {
    'list.missing': (p) => {
      const key = q(p.key);
      return msg(str`The dataset needs "${key}", a list.`, { id: 'problem.list.missing' });
    },
    'list.notList': (p) => {
      const [key, got] = [q(p.key), g(p.got)];
      return msg(str`"${key}" must be a list; got ${got}.`, { id: 'problem.list.notList' });
    },
    'entry.notObject': (p) => {
      const [kind, got] = [kindWord(p.kind), g(p.got)];
      return msg(str`Each entry (${kind}) must be an object; got ${got}.`, {
        id: 'problem.entry.notObject',
      });
    },
    'source.publishedMissing': (p) => {
      const what = w(p.what);
      return msg(str`${what} needs "published": an ISO 8601 date, or "unknown".`, {
        id: 'problem.source.publishedMissing',
      });
    },
    'layer.idSeparator': (p) => {
      const [what, suggestion] = [w(p.what), q(p.suggestion)];
      return msg(
        str`${what}: the id cannot contain spaces or commas (the layers attribute separates ids with them); use e.g. "${suggestion}".`,
        { id: 'problem.layer.idSeparator' },
      );
    },
    'measure.notObject': (p) => {
      const [what, got] = [w(p.what), g(p.got)];
      return msg(
        str`${what}: "measure" must be an object such as {"unit": "%", "label": "…"}; got ${got}.`,
        { id: 'problem.measure.notObject' },
      );
    },
    'measure.unused': (p) => {
      const [layer, unit] = [entry('layer', p.layer), q(p.unit)];
      const units =
        p.units.length > 0 ? list(p.units) : msg('none', { id: 'problem.measure.noUnits' });
      return msg(
        str`${layer} measures its widths in "${unit}", but no tie of the layer has a figure in that unit, so it sets no width (units its ties carry: ${units}).`,
        { id: 'problem.measure.unused' },
      );
    },
    'measure.mixed': (p) => {
      const [layer, unit, inForce, tentative] = [
        entry('layer', p.layer),
        q(p.unit),
        idListText(p.inForce),
        idListText(p.tentative),
      ];
      return msg(
        str`${layer} measures "${unit}" with figures in force (${inForce}) and planned or potential ones (${tentative}), two kinds of quantity: the planned and potential figures are drawn at the neutral width and set no width. Give them a unit of their own.`,
        { id: 'problem.measure.mixed' },
      );
    },
    'dataset.notObject': (p) => {
      const [format, got] = [q(p.format), g(p.got)];
      return msg(
        str`A ties-map dataset must be a JSON object with "format": "${format}"; got ${got}.`,
        { id: 'problem.dataset.notObject' },
      );
    },
    'format.missing': (p) => {
      const format = q(p.format);
      return msg(str`The dataset needs "format": "${format}".`, { id: 'problem.format.missing' });
    },
    'format.unknown': (p) => {
      const [format, got] = [q(p.format), g(p.got)];
      return msg(str`Only format "${format}" can be read; the dataset says ${got}.`, {
        id: 'problem.format.unknown',
      });
    },
    'source.uncited': (p) => {
      const source = entry('source', p.source);
      return msg(str`${source} is not cited by any tie.`, { id: 'problem.source.uncited' });
    },
    'json.invalid': (p) => {
      // The reason is the browser's own sentence (its language, not the page's).
      const reason = q(p.reason);
      if (p.line === undefined || p.column === undefined)
        return msg(str`The file is not valid JSON: ${reason}.`, { id: 'problem.json.invalid' });
      const [line, column] = [num(p.line), num(p.column)];
      return msg(str`The file is not valid JSON: line ${line}, column ${column}: ${reason}.`, {
        id: 'problem.json.invalidAt',
      });
    },
    'read.failed': (p) => {
      const reason = q(p.reason);
      return msg(str`The dataset could not be read: ${reason}.`, { id: 'problem.read.failed' });
    },
  } satisfies Partial<ProblemWords>;
}
