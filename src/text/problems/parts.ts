/**
 * The parts every problem's sentence is made of, in the reader's language: its subject (`tie "t3"
 * › evidence`), the value the data holds, lists of ids and words, and why a tie is hidden. The
 * builders in this folder write each code's sentence from them.
 */
import type {
  Got,
  HiddenReason,
  IdList,
  ProblemCode,
  ProblemParamsByCode,
  Subject,
  SubjectStep,
} from '../../data/problem-params.ts';
import { msg, str } from '../msg.ts';
import { num } from '../strings/counting.ts';

/** An id, a key or a value from the data, isolated so that it keeps its own direction in any text. */
export const iso = (text: string | number): string => `\u2068${text}\u2069`;

export type EntryKind = 'source' | 'layer' | 'actor' | 'tie' | 'scene' | 'annotation';

export const kindWord = (kind: EntryKind): string => {
  switch (kind) {
    case 'source':
      return msg('source', { id: 'problem.kind.source' });
    case 'layer':
      return msg('layer', { id: 'problem.kind.layer' });
    case 'actor':
      return msg('actor', { id: 'problem.kind.actor' });
    case 'tie':
      return msg('tie', { id: 'problem.kind.tie' });
    case 'scene':
      return msg('scene', { id: 'problem.kind.scene' });
    case 'annotation':
      return msg('call-out', { id: 'problem.kind.annotation' });
  }
};

export const kindsWord = (kind: EntryKind): string => {
  switch (kind) {
    case 'source':
      return msg('sources', { id: 'problem.kinds.source' });
    case 'layer':
      return msg('layers', { id: 'problem.kinds.layer' });
    case 'actor':
      return msg('actors', { id: 'problem.kinds.actor' });
    case 'tie':
      return msg('ties', { id: 'problem.kinds.tie' });
    case 'scene':
      return msg('scenes', { id: 'problem.kinds.scene' });
    case 'annotation':
      return msg('call-outs', { id: 'problem.kinds.annotation' });
  }
};

/** `tie "t3"`: an entry named by its id. */
export const entry = (kind: EntryKind, id: string): string => {
  const what = kindWord(kind);
  const named = iso(id);
  return msg(str`${what} "${named}"`, { id: 'problem.entry' });
};

const thisEntry = (kind: EntryKind): string => {
  switch (kind) {
    case 'source':
      return msg('this source', { id: 'problem.this.source' });
    case 'layer':
      return msg('this layer', { id: 'problem.this.layer' });
    case 'actor':
      return msg('this actor', { id: 'problem.this.actor' });
    case 'tie':
      return msg('this tie', { id: 'problem.this.tie' });
    case 'scene':
      return msg('this scene', { id: 'problem.this.scene' });
    case 'annotation':
      return msg('this call-out', { id: 'problem.this.annotation' });
  }
};

function root(what: Subject): string {
  const lang = iso(what.lang ?? '');
  const id = iso(what.id ?? '');
  switch (what.root) {
    case 'dataset':
      return msg('the dataset', { id: 'problem.subject.dataset' });
    case 'translation':
      return msg(str`the translation into "${id}"`, { id: 'problem.subject.translation' });
    case 'translationKey':
      return msg("a translation's language tag", { id: 'problem.subject.translationKey' });
    case 'translatedSummary':
      return msg(str`the "${lang}" summary of tie "${id}"`, {
        id: 'problem.subject.translatedSummary',
      });
    case 'translatedOf':
      return msg(str`the "${lang}" "of" of the figure of tie "${id}"`, {
        id: 'problem.subject.translatedOf',
      });
    case 'translatedAnnotation':
      return msg(str`the "${lang}" text of call-out "${id}"`, {
        id: 'problem.subject.translatedAnnotation',
      });
    default:
      return what.id === undefined ? thisEntry(what.root) : entry(what.root, what.id);
  }
}

function stepText(s: SubjectStep): string {
  if ('field' in s) return `"${iso(s.field)}"`;
  if ('entry' in s) return entry(s.entry, s.id);
  if ('into' in s) {
    const lang = iso(s.into);
    return msg(str`into "${lang}"`, { id: 'problem.step.into' });
  }
  switch (s.part) {
    case 'measure':
      return msg('measure', { id: 'problem.step.measure' });
    case 'figure':
      return msg('figure', { id: 'problem.step.figure' });
    case 'evidence':
      return msg('evidence', { id: 'problem.step.evidence' });
    case 'translation':
      return msg('translation', { id: 'problem.step.translation' });
    case 'namesKey':
      return msg('language tag of "names"', { id: 'problem.step.namesKey' });
    case 'quoteLang':
      return msg('language of the quote ("lang")', { id: 'problem.step.quoteLang' });
    case 'cameraSouthWest':
      return msg("camera's south-west corner", { id: 'problem.step.cameraSouthWest' });
    case 'cameraNorthEast':
      return msg("camera's north-east corner", { id: 'problem.step.cameraNorthEast' });
  }
}

/** What a problem is about, from the entry down to the part: `tie "t3" › evidence › translation`. */
export function subjectText(what: Subject): string {
  return [root(what), ...(what.steps ?? []).map(stepText)].join(' › ');
}

export function gotText(value: Got): string {
  switch (value.type) {
    case 'array':
      return msg('a list', { id: 'problem.got.array' });
    case 'string': {
      const text = iso(value.value ?? '');
      return msg(str`the text "${text}"`, { id: 'problem.got.string' });
    }
    case 'number': {
      const n = num(Number(value.value));
      return msg(str`the number ${n}`, { id: 'problem.got.number' });
    }
    case 'object':
      return msg('an object', { id: 'problem.got.object' });
    case 'nothing':
      return msg('nothing', { id: 'problem.got.nothing' });
    default:
      // null, true, false, NaN, Infinity: as JavaScript writes them.
      return iso(value.value ?? value.type);
  }
}

/** A character as its code point says it: `’ (U+2019)`, or the end of the text. */
export function character(char: string): string {
  if (char === '') return msg('the end of the text', { id: 'problem.quote.endOfText' });
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return iso(`${char} (${code})`);
}

export const separator = (): string => msg(', ', { id: 'problem.listSeparator' });

/** Ids, keys and words of the data, as written, in a list. */
export const list = (items: readonly (string | number)[]): string =>
  items.map((item) => iso(item)).join(separator());

export function idListText(ids: IdList): string {
  if (ids.count === 0) return msg('none are defined', { id: 'problem.ids.none' });
  const shown = list(ids.shown);
  if (ids.count <= ids.shown.length) return shown;
  const count = num(ids.count);
  return msg(str`${shown}, … (${count} in all)`, { id: 'problem.ids.more' });
}

export function hiddenText(why: HiddenReason): string {
  if ('ended' in why) {
    const date = iso(why.ended);
    return msg(str`it ended in ${date}`, { id: 'problem.hidden.ended' });
  }
  if ('starts' in why) {
    const date = iso(why.starts);
    return msg(str`it starts in ${date}`, { id: 'problem.hidden.starts' });
  }
  const source = iso(why.source);
  const date = iso(why.undated);
  return msg(str`it is undated, and its earliest source ("${source}") dates from ${date}`, {
    id: 'problem.hidden.undated',
  });
}

export function originalText(
  original: ProblemParamsByCode['translation.addedNumbers']['original'],
): string {
  switch (original) {
    case 'quote':
      return msg('the quote', { id: 'problem.original.quote' });
    case 'summary':
      return msg('the English summary', { id: 'problem.original.summary' });
    case 'of':
      return msg('the English "of"', { id: 'problem.original.of' });
    case 'text':
      return msg('the English text', { id: 'problem.original.text' });
  }
}

/** Each code's sentence in the reader's language, made from its params. */
export type ProblemWords = { [C in ProblemCode]: (p: ProblemParamsByCode[C]) => string };
