/**
 * The sentences about fields and values any entry may hold: texts, dates, ids, links, points, lists of ids and language tags.
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
  subjectText,
  type EntryKind,
  type ProblemWords,
} from './parts.ts';

/** Fields and values: each code's sentence in the language of the messages in force. */
export function valueWords() {
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
  } satisfies Partial<ProblemWords>;
}
