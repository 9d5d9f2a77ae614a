/**
 * What the validator and the spreadsheet import say, in the reader's language: each problem's code
 * and params (src/data/problems.ts) written through the messages, as the element's own words are.
 * English reads the problem's own sentence (`message`); a problem without a code (the loader's, the
 * quote checks') or in a language whose messages have not loaded reads that English too.
 */
import type {
  Got,
  HiddenReason,
  IdList,
  ProblemCode,
  ProblemParamsByCode,
  Subject,
  SubjectStep,
} from '../data/problem-params.ts';
import { isLoaded, resolveLanguage } from './languages.ts';
import { msg, str } from './msg.ts';
import { num } from './strings/counting.ts';
import { perLanguage } from './strings/per-language.ts';

/** A problem as the validator gives it: its English sentence, and its code and params when it has them. */
export interface ProblemLike {
  message: string;
  code?: ProblemCode | undefined;
  params?: unknown;
}

/** An id, a key or a value from the data, isolated so that it keeps its own direction in any text. */
const iso = (text: string | number): string => `\u2068${text}\u2069`;

type EntryKind = 'source' | 'layer' | 'actor' | 'tie' | 'scene' | 'annotation';

const kindWord = (kind: EntryKind): string => {
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

const kindsWord = (kind: EntryKind): string => {
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
const entry = (kind: EntryKind, id: string): string => {
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
function subjectText(what: Subject): string {
  return [root(what), ...(what.steps ?? []).map(stepText)].join(' › ');
}

function gotText(value: Got): string {
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
function character(char: string): string {
  if (char === '') return msg('the end of the text', { id: 'problem.quote.endOfText' });
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return iso(`${char} (${code})`);
}

const separator = (): string => msg(', ', { id: 'problem.listSeparator' });

/** Ids, keys and words of the data, as written, in a list. */
const list = (items: readonly (string | number)[]): string =>
  items.map((item) => iso(item)).join(separator());

function idListText(ids: IdList): string {
  if (ids.count === 0) return msg('none are defined', { id: 'problem.ids.none' });
  const shown = list(ids.shown);
  if (ids.count <= ids.shown.length) return shown;
  const count = num(ids.count);
  return msg(str`${shown}, … (${count} in all)`, { id: 'problem.ids.more' });
}

function hiddenText(why: HiddenReason): string {
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

function originalText(
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

type ProblemWords = { [C in ProblemCode]: (p: ProblemParamsByCode[C]) => string };

function build(): ProblemWords {
  const w = subjectText;
  const g = gotText;
  const q = iso;
  return {
    'field.unknown': (p) => {
      const [what, key, known] = [w(p.what), q(p.key), list(p.known)];
      return msg(
        str`${what} has a field "${key}" that ties-map/1 does not define; it is ignored (known fields: ${known}).`,
        { id: 'problem.field.unknown' },
      );
    },
    'text.missing': (p) => {
      const [what, key] = [w(p.what), q(p.key)];
      return msg(str`${what} needs "${key}" (a non-empty text).`, { id: 'problem.text.missing' });
    },
    'text.notString': (p) => {
      const [what, key, got] = [w(p.what), q(p.key), g(p.got)];
      return msg(str`${what}: "${key}" must be a text; got ${got}.`, {
        id: 'problem.text.notString',
      });
    },
    'text.empty': (p) => {
      const [what, key] = [w(p.what), q(p.key)];
      return msg(str`${what}: "${key}" is empty.`, { id: 'problem.text.empty' });
    },
    'text.bidi': (p) => {
      const [what, key, controls] = [w(p.what), q(p.key), list(p.controls)];
      return msg(
        str`${what}: "${key}" contains invisible bidirectional control characters (${controls}), which can change the order in which it reads; the evidence card writes them as code points. Remove them unless the text needs them.`,
        { id: 'problem.text.bidi' },
      );
    },
    'text.markup': (p) => {
      const [what, key, markup] = [w(p.what), q(p.key), q(p.markup)];
      return msg(
        str`${what}: "${key}" contains markup (${markup}); it is shown as plain text, never as HTML.`,
        { id: 'problem.text.markup' },
      );
    },
    'date.invalid': (p) => {
      const [what, key, got] = [w(p.what), q(p.key), g(p.got)];
      return p.unknownAllowed
        ? msg(
            str`${what}: "${key}" must be an ISO 8601 date such as "2025", "2025-10" or "2025-10-13", or "unknown"; got ${got}.`,
            { id: 'problem.date.invalidOrUnknown' },
          )
        : msg(
            str`${what}: "${key}" must be an ISO 8601 date such as "2025", "2025-10" or "2025-10-13"; got ${got}.`,
            { id: 'problem.date.invalid' },
          );
    },
    'list.missing': (p) => {
      const key = q(p.key);
      return msg(str`The dataset needs "${key}", a list.`, { id: 'problem.list.missing' });
    },
    'list.notList': (p) => {
      const [key, got] = [q(p.key), g(p.got)];
      return msg(str`"${key}" must be a list; got ${got}.`, { id: 'problem.list.notList' });
    },
    'id.duplicate': (p) => {
      const [what, id, first] = [w(p.what), q(p.id), q(p.first)];
      return msg(
        str`${what} reuses the id "${id}", already used at ${first}; ids must be unique.`,
        { id: 'problem.id.duplicate' },
      );
    },
    'url.invalid': (p) => {
      const [what, got] = [w(p.what), g(p.got)];
      return msg(str`${what}: "url" is not a valid absolute URL; got ${got}.`, {
        id: 'problem.url.invalid',
      });
    },
    'url.protocol': (p) => {
      const [what, protocol] = [w(p.what), q(p.protocol)];
      return msg(
        str`${what}: "url" must start with http:// or https://; "${protocol}" links are not allowed.`,
        { id: 'problem.url.protocol' },
      );
    },
    'point.invalid': (p) => {
      const [what, got] = [w(p.what), g(p.got)];
      return msg(str`${what} must be [longitude, latitude], two numbers; got ${got}.`, {
        id: 'problem.point.invalid',
      });
    },
    'point.offGlobe': (p) => {
      const [what, lon, lat] = [w(p.what), num(p.lon), num(p.lat)];
      return msg(
        str`${what} (longitude ${lon}, latitude ${lat}) is off the globe: longitude must lie between −180 and 180, latitude between −90 and 90.`,
        { id: 'problem.point.offGlobe' },
      );
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
    'actor.kind': (p) => {
      const [what, kinds, got] = [w(p.what), list(p.kinds), g(p.got)];
      return msg(str`${what}: "kind" must be one of ${kinds}; got ${got}.`, {
        id: 'problem.actor.kind',
      });
    },
    'actor.needsPoint': (p) => {
      const [what, kind] = [w(p.what), q(p.kind)];
      return msg(
        str`${what} is of kind "${kind}", which has no shape on the map, so it needs a "point": [longitude, latitude].`,
        { id: 'problem.actor.needsPoint' },
      );
    },
    'actor.noShape': (p) => {
      const [what, kind, id] = [w(p.what), q(p.kind), q(p.id)];
      return msg(
        str`${what} is of kind "${kind}", but the geodata has no shape with the id "${id}"; use an ISO 3166-1 alpha-3 code (e.g. "AZE") or an ISO 3166-2 code the geodata has (e.g. "PS-GZA"), or give a "point": [longitude, latitude].`,
        { id: 'problem.actor.noShape' },
      );
    },
    'lang.invalid': (p) => {
      const [what, got] = [w(p.what), g(p.got)];
      return msg(
        str`${what} must be a language tag (BCP 47) such as "ar", "he" or "fa-IR"; got ${got}.`,
        { id: 'problem.lang.invalid' },
      );
    },
    'lang.notCanonical': (p) => {
      const [what, tag, canonical] = [w(p.what), q(p.tag), q(p.canonical)];
      return msg(str`${what}: the language tag "${tag}" is written "${canonical}"; write that.`, {
        id: 'problem.lang.notCanonical',
      });
    },
    'names.notObject': (p) => {
      const [what, got] = [w(p.what), g(p.got)];
      return msg(
        str`${what}: "names" must be an object of names by language, such as {"he": "…", "ar": "…"}; got ${got}.`,
        { id: 'problem.names.notObject' },
      );
    },
    'credit.reviewed': (p) => {
      const [what, got] = [w(p.what), g(p.got)];
      return msg(
        str`${what} needs "reviewed": who reviewed the translation, or false when no one has; got ${got}.`,
        { id: 'problem.credit.reviewed' },
      );
    },
    'quoteTranslations.notList': (p) => {
      const [what, got] = [w(p.what), g(p.got)];
      return msg(str`${what}: "translations" must be a list of {"lang", "text"}; got ${got}.`, {
        id: 'problem.quoteTranslations.notList',
      });
    },
    'quoteTranslation.notObject': (p) => {
      const got = g(p.got);
      return msg(
        str`Each translation of a quote must be an object with "lang" and "text"; got ${got}.`,
        { id: 'problem.quoteTranslation.notObject' },
      );
    },
    'quoteTranslation.langMissing': (p) => {
      const what = w(p.what);
      return msg(str`${what} needs "lang": the language it is written in, such as "ar".`, {
        id: 'problem.quoteTranslation.langMissing',
      });
    },
    'quoteTranslation.duplicate': (p) => {
      const [what, lang, first] = [w(p.what), q(p.lang), q(p.first)];
      return msg(
        str`${what}: the quote has two translations into "${lang}" (the first at ${first}); keep one.`,
        { id: 'problem.quoteTranslation.duplicate' },
      );
    },
    'translation.addedNumbers': (p) => {
      const [what, numbers, original, text] = [
        w(p.what),
        list(p.numbers.map((n) => num(n))),
        originalText(p.original),
        q(p.originalText),
      ];
      return msg(
        str`${what} states numbers that ${original} does not (${numbers}; the original: "${text}"); a translation says what the original says.`,
        { id: 'problem.translation.addedNumbers' },
      );
    },
    'translatedEntries.notObject': (p) => {
      const [what, kinds, got] = [w(p.what), kindsWord(p.kind as EntryKind), g(p.got)];
      return msg(str`${what} must be an object of ${kinds} by id; got ${got}.`, {
        id: 'problem.translatedEntries.notObject',
      });
    },
    'translatedEntries.unknown': (p) => {
      const kind = p.kind as EntryKind;
      const [what, named, kinds, known] = [
        w(p.what),
        entry(kind, p.id),
        kindsWord(kind),
        idListText(p.known),
      ];
      return msg(
        str`${what} translates ${named}, which is not defined; known ${kinds}: ${known}.`,
        {
          id: 'problem.translatedEntries.unknown',
        },
      );
    },
    'translatedEntry.notObject': (p) => {
      const [what, fields, got] = [
        subjectText({
          ...p.what,
          steps: [...(p.what.steps ?? []), { entry: p.kind as 'tie', id: p.id }],
        }),
        list(p.fields.map((f) => `"${f}"`)),
        g(p.got),
      ];
      return msg(str`${what} must be an object with ${fields}; got ${got}.`, {
        id: 'problem.translatedEntry.notObject',
      });
    },
    'translations.notObject': (p) => {
      const got = g(p.got);
      return msg(
        str`"translations" must be an object of translations by language tag, such as {"ar": {…}, "he": {…}}; got ${got}.`,
        { id: 'problem.translations.notObject' },
      );
    },
    'translation.notObject': (p) => {
      const [lang, got] = [q(p.lang), g(p.got)];
      return msg(
        str`The translation into "${lang}" must be an object with "translator", "method" and "reviewed"; got ${got}.`,
        { id: 'problem.translation.notObject' },
      );
    },
    'translation.measureUnused': (p) => {
      const [what, layer] = [w(p.what), entry('layer', p.layer)];
      return msg(
        str`${what} gives ${layer} a measure label, but the layer declares no measure; it is not shown.`,
        { id: 'problem.translation.measureUnused' },
      );
    },
    'translation.ofUnused': (p) => {
      const [what, tie] = [w(p.what), entry('tie', p.tie)];
      return msg(
        str`${what} translates the figure's "of" of ${tie}, which has none; it is not shown.`,
        { id: 'problem.translation.ofUnused' },
      );
    },
    'annotationTexts.notObject': (p) => {
      const [what, got] = [w(p.what), g(p.got)];
      return msg(
        str`${what} must be an object of call-out texts by id, such as {"undecided": "…"}; got ${got}.`,
        { id: 'problem.annotationTexts.notObject' },
      );
    },
    'annotationTexts.unknown': (p) => {
      const [what, named, known] = [w(p.what), entry('annotation', p.id), idListText(p.known)];
      return msg(
        str`${what} translates ${named}, which is not defined; known call-outs: ${known}.`,
        {
          id: 'problem.annotationTexts.unknown',
        },
      );
    },
    'annotation.tooLong': (p) => {
      const [what, length, max] = [w(p.what), num(p.length), num(p.max)];
      return msg(
        str`${what}: the text is ${length} characters long; a call-out may hold at most ${max} (a phrase on the map). Shorten it, or say the rest in the scene's caption.`,
        { id: 'problem.annotation.tooLong' },
      );
    },
    'annotation.notObject': (p) => {
      const got = g(p.got);
      return msg(str`Each call-out must be an object with "id", "text" and "at"; got ${got}.`, {
        id: 'problem.annotation.notObject',
      });
    },
    'annotation.atMissing': (p) => {
      const what = w(p.what);
      return msg(str`${what} needs "at": an actor id, a tie id, or [longitude, latitude].`, {
        id: 'problem.annotation.atMissing',
      });
    },
    'annotation.atUnknown': (p) => {
      const [what, at, actors, ties] = [
        w(p.what),
        q(p.at),
        idListText(p.actors),
        idListText(p.ties),
      ];
      return msg(
        str`${what} points at "${at}", which is neither an actor nor a tie; known actors: ${actors}; known ties: ${ties}.`,
        { id: 'problem.annotation.atUnknown' },
      );
    },
    'annotation.kind': (p) => {
      const [what, kinds, got] = [w(p.what), list(p.kinds), g(p.got)];
      return msg(str`${what}: "kind" must be one of ${kinds}; got ${got}.`, {
        id: 'problem.annotation.kind',
      });
    },
    'credit.missing': (p) => {
      const [lang, missing] = [q(p.lang), list(p.missing.map((k) => `"${k}"`))];
      return msg(
        str`This translation into "${lang}" does not say ${missing}; give them here, or in the dataset's "translations" for every text in that language.`,
        { id: 'problem.credit.missing' },
      );
    },
    'figure.notObject': (p) => {
      const [what, got] = [w(p.what), g(p.got)];
      return msg(
        str`${what}: "figure" must be an object with a "value" and a "unit"; got ${got}.`,
        {
          id: 'problem.figure.notObject',
        },
      );
    },
    'figure.valueMissing': (p) => {
      const what = w(p.what);
      return msg(str`${what}: the figure needs a "value", a number.`, {
        id: 'problem.figure.valueMissing',
      });
    },
    'figure.valueNotNumber': (p) => {
      const [what, got] = [w(p.what), g(p.got)];
      if (p.unquoted === undefined)
        return msg(str`${what}: the figure's "value" must be a number; got ${got}.`, {
          id: 'problem.figure.valueNotNumber',
        });
      const unquoted = q(p.unquoted);
      return msg(
        str`${what}: the figure's "value" must be a number; got ${got} (write ${unquoted} without quotes).`,
        { id: 'problem.figure.valueQuoted' },
      );
    },
    'figure.valueNotFinite': (p) => {
      const [what, got] = [w(p.what), g(p.got)];
      return msg(str`${what}: the figure's "value" must be a finite number; got ${got}.`, {
        id: 'problem.figure.valueNotFinite',
      });
    },
    'figure.negative': (p) => {
      const [what, value] = [w(p.what), num(p.value)];
      return msg(
        str`${what}: the figure's "value" is ${value}; figures must be 0 or more (put direction in "from" and "to", and hostility in "stance").`,
        { id: 'problem.figure.negative' },
      );
    },
    'figure.tooLarge': (p) => {
      const [what, value, max] = [w(p.what), num(p.value), num(p.max)];
      return msg(
        str`${what}: the figure's "value" is ${value}, above the largest figure ties-map accepts (${max}); write it in a larger unit (e.g. "US$ bn" instead of "US$").`,
        { id: 'problem.figure.tooLarge' },
      );
    },
    'figure.upperInvalid': (p) => {
      const [what, got] = [w(p.what), g(p.got)];
      return msg(
        str`${what}: the figure's "upper" (the top of a range) must be a finite number; got ${got}.`,
        { id: 'problem.figure.upperInvalid' },
      );
    },
    'figure.backwards': (p) => {
      const [what, upper, value] = [w(p.what), num(p.upper), num(p.value)];
      return msg(
        str`${what}: the figure runs backwards: "upper" ${upper} is below "value" ${value}; a range 60–69 is "value": 60, "upper": 69.`,
        { id: 'problem.figure.backwards' },
      );
    },
    'when.notObject': (p) => {
      const [what, got] = [w(p.what), g(p.got)];
      return msg(
        str`${what}: "when" must be an object such as {"from": "2016", "to": "2020"}; got ${got}.`,
        { id: 'problem.when.notObject' },
      );
    },
    'when.backwards': (p) => {
      const [what, from, to] = [w(p.what), q(p.from), q(p.to)];
      return msg(str`${what}: the period runs backwards: "from" ${from} is after "to" ${to}.`, {
        id: 'problem.when.backwards',
      });
    },
    'field.oneOf': (p) => {
      const [what, key, words, got] = [
        w(p.what),
        q(p.key),
        list(p.words.map((x) => `"${x}"`)),
        g(p.got),
      ];
      return msg(str`${what}: "${key}" must be one of ${words}; got ${got}.`, {
        id: 'problem.field.oneOf',
      });
    },
    'evidence.notObject': (p) => {
      const got = g(p.got);
      return msg(
        str`Each evidence entry must be an object with "source" and "quote"; got ${got}.`,
        { id: 'problem.evidence.notObject' },
      );
    },
    'evidence.unknownSource': (p) => {
      const [what, source, known] = [w(p.what), q(p.source), idListText(p.known)];
      return msg(
        str`${what} cites source "${source}", which is not defined; known sources: ${known}.`,
        { id: 'problem.evidence.unknownSource' },
      );
    },
    'tie.unknownLayer': (p) => {
      const [what, layer, known] = [w(p.what), q(p.layer), idListText(p.known)];
      return msg(
        str`${what} is in layer "${layer}", which is not defined; known layers: ${known}.`,
        {
          id: 'problem.tie.unknownLayer',
        },
      );
    },
    'tie.unknownActor': (p) => {
      const [what, actor, known] = [w(p.what), q(p.actor), idListText(p.known)];
      return p.end === 'from'
        ? msg(
            str`${what} comes from actor "${actor}", which is not defined; known actors: ${known}.`,
            { id: 'problem.tie.unknownFrom' },
          )
        : msg(
            str`${what} points to actor "${actor}", which is not defined; known actors: ${known}.`,
            { id: 'problem.tie.unknownTo' },
          );
    },
    'tie.selfLoop': (p) => {
      const [what, actor] = [w(p.what), q(p.actor)];
      return msg(str`${what} runs from "${actor}" to itself; a tie needs two different actors.`, {
        id: 'problem.tie.selfLoop',
      });
    },
    'tie.stance': (p) => {
      const [what, got] = [w(p.what), g(p.got)];
      return msg(str`${what}: "stance" must be "cooperative" or "adversarial"; got ${got}.`, {
        id: 'problem.tie.stance',
      });
    },
    'tie.noEvidence': (p) => {
      const what = w(p.what);
      return msg(
        str`${what} has no evidence; every tie needs at least one {"source", "quote"} from a source text.`,
        { id: 'problem.tie.noEvidence' },
      );
    },
    'tie.evidenceNotList': (p) => {
      const [what, got] = [w(p.what), g(p.got)];
      return msg(str`${what}: "evidence" must be a list of {"source", "quote"}; got ${got}.`, {
        id: 'problem.tie.evidenceNotList',
      });
    },
    'idList.notList': (p) => {
      const [what, kinds, got] = [w(p.what), kindsWord(p.kind as EntryKind), g(p.got)];
      return msg(str`${what} must be a list of ids of ${kinds}; got ${got}.`, {
        id: 'problem.idList.notList',
      });
    },
    'idList.notString': (p) => {
      const [what, kinds, got] = [w(p.what), kindsWord(p.kind as EntryKind), g(p.got)];
      return msg(str`${what} must hold ids of ${kinds} (texts); got ${got}.`, {
        id: 'problem.idList.notString',
      });
    },
    'idList.unknown': (p) => {
      const kind = p.kind as EntryKind;
      const [what, named, kinds, known] = [
        w(p.what),
        entry(kind, p.id),
        kindsWord(kind),
        idListText(p.known),
      ];
      return msg(str`${what} names ${named}, which is not defined; known ${kinds}: ${known}.`, {
        id: 'problem.idList.unknown',
      });
    },
    'scene.unknownFocus': (p) => {
      const [what, actor, known] = [w(p.what), q(p.actor), idListText(p.known)];
      return msg(
        str`${what} focuses actor "${actor}", which is not defined; known actors: ${known}.`,
        { id: 'problem.scene.unknownFocus' },
      );
    },
    'scene.cameraInvalid': (p) => {
      const [what, got] = [w(p.what), g(p.got)];
      return msg(str`${what}: "camera" must be [[west, south], [east, north]]; got ${got}.`, {
        id: 'problem.scene.cameraInvalid',
      });
    },
    'scene.cameraUpsideDown': (p) => {
      const [what, south, north] = [w(p.what), num(p.south), num(p.north)];
      return msg(
        str`${what}: the camera is upside down: its south edge ${south} is not below its north edge ${north}.`,
        { id: 'problem.scene.cameraUpsideDown' },
      );
    },
    'notes.tooLong': (p) => {
      const [what, length, max] = [w(p.what), num(p.length), num(p.max)];
      return msg(
        str`${what}: the speaker notes are ${length} characters long; they may hold at most ${max} (about a page a presenter can glance at). Shorten them or split the scene.`,
        { id: 'problem.notes.tooLong' },
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
    'scene.tieLayerHidden': (p) => {
      const [what, tie, layer, layers] = [
        w(p.what),
        entry('tie', p.tie),
        q(p.layer),
        list(p.layers),
      ];
      return msg(
        str`${what} highlights ${tie} of layer "${layer}", which the scene does not show (its layers: ${layers}).`,
        { id: 'problem.scene.tieLayerHidden' },
      );
    },
    'scene.tieDateHidden': (p) => {
      const [what, tie, asOf, why] = [w(p.what), entry('tie', p.tie), q(p.asOf), hiddenText(p.why)];
      return msg(
        str`${what} highlights ${tie}, which its date ${asOf} does not show: ${why}. Date the scene later, or highlight another tie.`,
        { id: 'problem.scene.tieDateHidden' },
      );
    },
    'scene.focusDateHidden': (p) => {
      const [what, focus, asOf] = [w(p.what), q(p.focus), q(p.asOf)];
      const ties =
        p.ties.map((t) => `${entry('tie', t.tie)}: ${hiddenText(t.why)}`).join('; ') +
        (p.more ? '; …' : '');
      return msg(
        str`${what} focuses "${focus}", but its date ${asOf} shows none of its ties on the scene's layers (${ties}).`,
        { id: 'problem.scene.focusDateHidden' },
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
  };
}

const problemWordsFor = perLanguage(build);

/**
 * A problem's sentence in `lang` (a tag: "fa-IR" reads Persian), or undefined where the English
 * `message` is what there is to show: English itself, a problem without a known code, a language
 * whose messages are not loaded yet.
 */
export function localisedProblem(
  problem: ProblemLike,
  lang: string | null | undefined,
): string | undefined {
  const { code } = resolveLanguage(lang);
  if (
    code === 'en' ||
    !isLoaded(code) ||
    problem.code === undefined ||
    problem.params === undefined
  )
    return undefined;
  const words = problemWordsFor(code);
  if (!Object.hasOwn(words, problem.code)) return undefined;
  const format = words[problem.code] as (params: unknown) => string;
  try {
    // A sentence that opens with its subject ("this tie", "связь «t3»") starts with a capital.
    const text = format(problem.params);
    const first = text.charAt(0);
    return /\p{Ll}/u.test(first) ? first.toLocaleUpperCase(code) + text.slice(1) : text;
  } catch {
    // Params that do not fit their code (a problem handed in by a page script): say it in English.
    return undefined;
  }
}

/** A problem's sentence in `lang`, and the language it is in (English where there is no other). */
export function problemText(
  problem: ProblemLike,
  lang: string | null | undefined,
): { text: string; lang: string } {
  const text = localisedProblem(problem, lang);
  return text === undefined
    ? { text: problem.message, lang: 'en' }
    : { text, lang: resolveLanguage(lang).code };
}
