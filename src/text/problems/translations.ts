/**
 * The sentences about translations: names by language, translated entries, quote translations and their credits.
 */
import { msg, str } from '../msg.ts';
import { num } from '../strings/counting.ts';
import {
  entry,
  gotText,
  idListText,
  iso,
  kindsWord,
  list,
  originalText,
  subjectText,
  type EntryKind,
  type ProblemWords,
} from './parts.ts';

/** Translations: each code's sentence in the language of the messages in force. */
export function translationWords() {
  const w = subjectText;
  const g = gotText;
  const q = iso;
  return {
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
    'credit.missing': (p) => {
      const [lang, missing] = [q(p.lang), list(p.missing.map((k) => `"${k}"`))];
      return msg(
        str`This translation into "${lang}" does not say ${missing}; give them here, or in the dataset's "translations" for every text in that language.`,
        { id: 'problem.credit.missing' },
      );
    },
  } satisfies Partial<ProblemWords>;
}
