/**
 * Parser and validator for `ties-map/1` datasets.
 *
 * `validateDataset` never throws: whatever it is given (JSON text, `null`, an array, megabytes of
 * junk) it returns every problem it found, each located by a JSON path and told in a plain
 * sentence, and a normalised Dataset only when there are no errors.
 */
import { bidiControls } from './bidi.ts';
import { isIsoDate, isShownAt, periodEnd, periodStart, sourceDates, tieStart } from './dates.ts';
import { canonicalTag } from './lang-tags.ts';
import { ownValue } from './own.ts';
import type { HiddenReason, ProblemCode, ProblemParamsByCode, Subject } from './problem-params.ts';
import { got, idList, problemEn, step, subject } from './problems.ts';
import { addedNumbers } from './quote-numbers.ts';
import {
  DEFAULT_LAYERS,
  FORMAT,
  isTentative,
  type Actor,
  type ActorKind,
  ANNOTATION_KINDS,
  type Annotation,
  type AnnotationKind,
  type Dataset,
  type DatasetTranslation,
  TIE_STATUSES,
  type Evidence,
  type EvidencePlace,
  type Figure,
  type Layer,
  type Measure,
  type Period,
  type Problem,
  type QuoteTranslation,
  type SceneStep,
  type Source,
  type Stance,
  type Tie,
  type TieStatus,
  type TranslationCredit,
} from './types.ts';

export interface ValidateOptions {
  /** Ids that have a shape in the geodata (ISO 3166-1 alpha-3, ISO 3166-2). */
  shapeIds?: ReadonlySet<string>;
}

export interface ValidationResult {
  /** Present only when there are no errors. */
  dataset?: Dataset;
  problems: Problem[];
  errors: Problem[];
  warnings: Problem[];
}

type Json = Record<string, unknown>;

const ACTOR_KINDS: readonly ActorKind[] = ['country', 'territory', 'organisation', 'other'];
const STANCES: readonly Stance[] = ['cooperative', 'adversarial'];
const EVIDENCE_PLACES: readonly EvidencePlace[] = ['body', 'caption'];
// `[^<>]` (not `[^>]`) keeps the scan linear on text full of unclosed `<`.
const MARKUP = /<\s*\/?\s*[a-z!][^<>]*>/i;
/**
 * The largest figure value accepted. Widths divide by a layer's largest figure, and sums or
 * products of values near Number.MAX_VALUE overflow to Infinity; 1e12 leaves room for any stated
 * amount (a trillion of a unit) while keeping every width computation finite.
 */
export const MAX_FIGURE_VALUE = 1e12;
/** The longest speaker notes a scene (or a translation of them) may carry, in characters. */
export const MAX_NOTES_LENGTH = 4000;
/** The longest call-out (or translation of one), in characters: a phrase on the map, not a paragraph. */
export const MAX_ANNOTATION_LENGTH = 120;

/** Fields each object may hold; anything else is reported as a warning. */
const KNOWN_FIELDS = {
  root: [
    '$schema',
    'format',
    'title',
    'description',
    'sources',
    'layers',
    'actors',
    'ties',
    'scenes',
    'annotations',
    'translations',
  ],
  annotation: ['id', 'text', 'at', 'kind', 'scenes'],
  source: ['id', 'title', 'publisher', 'published', 'notBefore', 'url', 'note'],
  layer: ['id', 'label', 'measure'],
  measure: ['unit', 'label'],
  actor: ['id', 'name', 'kind', 'point', 'names'],
  tie: [
    'id',
    'layer',
    'from',
    'to',
    'stance',
    'status',
    'summary',
    'figure',
    'when',
    'ended',
    'evidence',
    'note',
  ],
  figure: ['value', 'upper', 'unit', 'of', 'qualifier'],
  when: ['from', 'to'],
  evidence: ['source', 'quote', 'in', 'lang', 'translations'],
  quoteTranslation: ['lang', 'text', 'translator', 'method', 'reviewed', 'note'],
  translation: [
    'translator',
    'method',
    'reviewed',
    'note',
    'title',
    'description',
    'layers',
    'ties',
    'scenes',
    'annotations',
  ],
  layerTranslation: ['label', 'measure'],
  tieTranslation: ['summary', 'of'],
  sceneTranslation: ['title', 'caption', 'notes'],
  scene: ['id', 'title', 'caption', 'notes', 'layers', 'focus', 'ties', 'asOf', 'camera'],
} as const;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keys as JSON paths write them: `.name` for identifiers, `["odd key"]` otherwise. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/**
 * Where JSON.parse stopped, for engines that leave the position out of "Unexpected token" errors
 * (V8 in Node 20): the shortest prefix that fails the same way ends at the offending character.
 * A binary search over prefixes costs about log2(length) parses, only when the file is broken.
 */
function unexpectedTokenOffset(text: string): number | null {
  const fails = (length: number): boolean => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (error) {
      return error instanceof Error && /^Unexpected token/.test(error.message);
    }
  };
  if (!fails(text.length)) return null;
  let lo = 0;
  let hi = text.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (fails(mid)) hi = mid;
    else lo = mid;
  }
  return hi - 1;
}

/** Turns a JSON.parse error into "line L, column C: …", one line, whatever the engine's wording. */
function describeJsonError(text: string, error: unknown): ProblemParamsByCode['json.invalid'] {
  const message = (error instanceof Error ? error.message : String(error)).replace(
    /^JSON\.parse: /,
    '',
  );
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : unexpectedTokenOffset(text);
  // V8 appends a snippet of the text ("…" is not valid JSON): drop it, it may hold line breaks.
  const reason = message
    .replace(/\s*in JSON at position \d+.*$/s, '')
    .replace(/\s*at position \d+.*$/s, '')
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/\s+/g, ' ');
  if (offset === null) return { reason };
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { reason, line, column };
}

class Checker {
  readonly problems: Problem[] = [];
  /** Quote translations whose credit may come from the dataset's translation into their language. */
  private readonly pendingCredits: { translation: QuoteTranslation; path: string }[] = [];

  constructor(private readonly shapeIds: ReadonlySet<string> | undefined) {}

  error<C extends ProblemCode>(path: string, code: C, params: ProblemParamsByCode[C]): void {
    this.problems.push({ severity: 'error', path, message: problemEn(code, params), code, params });
  }

  warn<C extends ProblemCode>(path: string, code: C, params: ProblemParamsByCode[C]): void {
    this.problems.push({
      severity: 'warning',
      path,
      message: problemEn(code, params),
      code,
      params,
    });
  }

  unknownFields(path: string, value: Json, known: readonly string[], what: Subject): void {
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) {
        this.warn(childPath(path, key), 'field.unknown', { what, key, known });
      }
    }
  }

  /** A required or optional string; returns undefined when absent or wrong. */
  text(obj: Json, key: string, path: string, what: Subject, required: boolean): string | undefined {
    const value = obj[key];
    const at = childPath(path, key);
    if (value === undefined) {
      if (required) this.error(at, 'text.missing', { what, key });
      return undefined;
    }
    if (typeof value !== 'string') {
      this.error(at, 'text.notString', { what, key, got: got(value) });
      return undefined;
    }
    if (value.trim() === '') {
      this.error(at, 'text.empty', { what, key });
      return undefined;
    }
    const controls = bidiControls(value);
    if (controls.length > 0) {
      this.warn(at, 'text.bidi', { what, key, controls: [...new Set(controls)] });
    }
    if (MARKUP.test(value)) {
      this.warn(at, 'text.markup', { what, key, markup: MARKUP.exec(value)?.[0] ?? '' });
    }
    return value;
  }

  date(
    obj: Json,
    key: string,
    path: string,
    what: Subject,
    allowUnknown = false,
  ): string | undefined {
    const value = this.text(obj, key, path, what, false);
    if (value === undefined) return undefined;
    if (allowUnknown && value === 'unknown') return value;
    if (!isIsoDate(value)) {
      this.error(childPath(path, key), 'date.invalid', {
        what,
        key,
        unknownAllowed: allowUnknown,
        got: got(value),
      });
      return undefined;
    }
    return value;
  }

  array(root: Json, key: string, path: string, required: boolean): unknown[] {
    const value = root[key];
    const at = childPath(path, key);
    if (value === undefined) {
      if (required) this.error(at, 'list.missing', { key });
      return [];
    }
    if (!Array.isArray(value)) {
      this.error(at, 'list.notList', { key, got: got(value) });
      return [];
    }
    return value;
  }

  /** Checks an entry's id and that it is unique among `seen`; returns it when usable. */
  id(obj: Json, path: string, what: Subject, seen: Map<string, string>): string | undefined {
    const id = this.text(obj, 'id', path, what, true);
    if (id === undefined) return undefined;
    const first = seen.get(id);
    if (first !== undefined) {
      this.error(childPath(path, 'id'), 'id.duplicate', { what, id, first });
      return undefined;
    }
    seen.set(id, path);
    return id;
  }

  url(obj: Json, path: string, what: Subject): string | undefined {
    const value = this.text(obj, 'url', path, what, false);
    if (value === undefined) return undefined;
    let protocol: string;
    try {
      protocol = new URL(value).protocol;
    } catch {
      this.error(childPath(path, 'url'), 'url.invalid', { what, got: got(value) });
      return undefined;
    }
    if (protocol !== 'http:' && protocol !== 'https:') {
      this.error(childPath(path, 'url'), 'url.protocol', { what, protocol });
      return undefined;
    }
    return value;
  }

  lonLat(value: unknown, path: string, what: Subject): [number, number] | undefined {
    if (
      !Array.isArray(value) ||
      value.length !== 2 ||
      !value.every((n) => typeof n === 'number' && Number.isFinite(n))
    ) {
      this.error(path, 'point.invalid', { what, got: got(value) });
      return undefined;
    }
    const [lon, lat] = value as [number, number];
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
      this.error(path, 'point.offGlobe', { what, lon, lat });
      return undefined;
    }
    return [lon, lat];
  }

  source(value: unknown, path: string, seen: Map<string, string>): Source | undefined {
    if (!isObject(value)) {
      this.error(path, 'entry.notObject', { kind: 'source', got: got(value) });
      return undefined;
    }
    const label = subject('source', typeof value.id === 'string' ? value.id : undefined);
    this.unknownFields(path, value, KNOWN_FIELDS.source, label);
    const id = this.id(value, path, label, seen);
    const title = this.text(value, 'title', path, label, true);
    const publisher = this.text(value, 'publisher', path, label, true);
    const published = this.date(value, 'published', path, label, true);
    if (value.published === undefined) {
      this.error(childPath(path, 'published'), 'source.publishedMissing', { what: label });
    }
    const notBefore = this.date(value, 'notBefore', path, label);
    const url = this.url(value, path, label);
    const note = this.text(value, 'note', path, label, false);
    if (
      id === undefined ||
      title === undefined ||
      publisher === undefined ||
      published === undefined
    )
      return undefined;
    return { id, title, publisher, published, notBefore, url, note };
  }

  layer(value: unknown, path: string, seen: Map<string, string>): Layer | undefined {
    if (!isObject(value)) {
      this.error(path, 'entry.notObject', { kind: 'layer', got: got(value) });
      return undefined;
    }
    const label = subject('layer', typeof value.id === 'string' ? value.id : undefined);
    this.unknownFields(path, value, KNOWN_FIELDS.layer, label);
    const id = this.id(value, path, label, seen);
    // The `layers` attribute lists ids separated by spaces or commas, so an id cannot hold them.
    if (id !== undefined && /[\s,]/.test(id)) {
      this.error(childPath(path, 'id'), 'layer.idSeparator', {
        what: label,
        suggestion: id.replace(/[\s,]+/g, '-'),
      });
      return undefined;
    }
    const text = this.text(value, 'label', path, label, true);
    const measure =
      value.measure === undefined
        ? undefined
        : this.measure(value.measure, childPath(path, 'measure'), label);
    if (id === undefined || text === undefined) return undefined;
    return measure ? { id, label: text, measure } : { id, label: text };
  }

  measure(value: unknown, path: string, what: Subject): Measure | undefined {
    if (!isObject(value)) {
      this.error(path, 'measure.notObject', { what, got: got(value) });
      return undefined;
    }
    const measure = step(what, { part: 'measure' });
    this.unknownFields(path, value, KNOWN_FIELDS.measure, measure);
    const unit = this.text(value, 'unit', path, measure, true);
    const label = this.text(value, 'label', path, measure, true);
    return unit === undefined || label === undefined ? undefined : { unit, label };
  }

  actor(value: unknown, path: string, seen: Map<string, string>): Actor | undefined {
    if (!isObject(value)) {
      this.error(path, 'entry.notObject', { kind: 'actor', got: got(value) });
      return undefined;
    }
    const label = subject('actor', typeof value.id === 'string' ? value.id : undefined);
    this.unknownFields(path, value, KNOWN_FIELDS.actor, label);
    const id = this.id(value, path, label, seen);
    const name = this.text(value, 'name', path, label, true);
    const kindText = this.text(value, 'kind', path, label, true);
    let kind: ActorKind | undefined;
    if (kindText !== undefined) {
      if ((ACTOR_KINDS as readonly string[]).includes(kindText)) kind = kindText as ActorKind;
      else
        this.error(childPath(path, 'kind'), 'actor.kind', {
          what: label,
          kinds: ACTOR_KINDS,
          got: got(kindText),
        });
    }
    const point =
      value.point === undefined
        ? undefined
        : this.lonLat(value.point, childPath(path, 'point'), step(label, { field: 'point' }));
    const names =
      value.names === undefined
        ? undefined
        : this.names(value.names, childPath(path, 'names'), label);
    if (id !== undefined && kind !== undefined && value.point === undefined) {
      if (kind === 'organisation' || kind === 'other') {
        this.error(path, 'actor.needsPoint', { what: label, kind });
      } else if (this.shapeIds && !this.shapeIds.has(id)) {
        this.error(childPath(path, 'id'), 'actor.noShape', { what: label, kind, id });
      }
    }
    if (id === undefined || name === undefined || kind === undefined) return undefined;
    const actor: Actor = point ? { id, name, kind, point } : { id, name, kind };
    if (names) actor.names = names;
    return actor;
  }

  /** A language tag (BCP 47) as its canonical form writes it; reports what is not one. */
  languageTag(value: unknown, path: string, what: Subject): string | undefined {
    const canonical = typeof value === 'string' ? canonicalTag(value) : undefined;
    if (typeof value !== 'string' || canonical === undefined) {
      this.error(path, 'lang.invalid', { what, got: got(value) });
      return undefined;
    }
    if (canonical !== value) {
      this.error(path, 'lang.notCanonical', { what, tag: value, canonical });
      return undefined;
    }
    return value;
  }

  /** An actor's `names`: its name per language tag. */
  names(value: unknown, path: string, what: Subject): Record<string, string> | undefined {
    if (!isObject(value)) {
      this.error(path, 'names.notObject', { what, got: got(value) });
      return undefined;
    }
    const names: [string, string][] = [];
    for (const key of Object.keys(value)) {
      const tag = this.languageTag(key, childPath(path, key), step(what, { part: 'namesKey' }));
      const name = this.text(value, key, path, step(what, { field: 'names' }), true);
      if (tag !== undefined && name !== undefined) names.push([tag, name]);
    }
    return Object.fromEntries(names);
  }

  /** Who translated, how, and who reviewed it; each part required only where `required`. */
  credit(value: Json, path: string, what: Subject, required: boolean): Partial<TranslationCredit> {
    const credit: Partial<TranslationCredit> = {};
    const translator = this.text(value, 'translator', path, what, required);
    const method = this.text(value, 'method', path, what, required);
    const note = this.text(value, 'note', path, what, false);
    if (translator !== undefined) credit.translator = translator;
    if (method !== undefined) credit.method = method;
    if (note !== undefined) credit.note = note;
    if (value.reviewed === false) credit.reviewed = false;
    else if (value.reviewed !== undefined || required) {
      const reviewed =
        typeof value.reviewed === 'string'
          ? this.text(value, 'reviewed', path, what, true)
          : undefined;
      if (reviewed === undefined && typeof value.reviewed !== 'string') {
        this.error(childPath(path, 'reviewed'), 'credit.reviewed', {
          what,
          got: got(value.reviewed),
        });
      }
      if (reviewed !== undefined) credit.reviewed = reviewed;
    }
    return credit;
  }

  /** A quote's `translations`: each shown beneath the quote, never in its place. */
  quoteTranslations(
    value: unknown,
    path: string,
    what: Subject,
    quote: string | undefined,
  ): QuoteTranslation[] {
    if (!Array.isArray(value)) {
      this.error(path, 'quoteTranslations.notList', { what, got: got(value) });
      return [];
    }
    const seen = new Map<string, string>();
    const translations: QuoteTranslation[] = [];
    value.forEach((entry, i) => {
      const at = childPath(path, i);
      if (!isObject(entry)) {
        this.error(at, 'quoteTranslation.notObject', { got: got(entry) });
        return;
      }
      const label = step(what, { part: 'translation' });
      this.unknownFields(at, entry, KNOWN_FIELDS.quoteTranslation, label);
      const lang =
        entry.lang === undefined
          ? undefined
          : this.languageTag(entry.lang, childPath(at, 'lang'), step(label, { field: 'lang' }));
      if (entry.lang === undefined)
        this.error(childPath(at, 'lang'), 'quoteTranslation.langMissing', { what: label });
      const text = this.text(entry, 'text', at, label, true);
      const credit = this.credit(entry, at, label, false);
      if (lang !== undefined && seen.has(lang)) {
        this.error(childPath(at, 'lang'), 'quoteTranslation.duplicate', {
          what,
          lang,
          first: seen.get(lang) ?? '',
        });
        return;
      }
      if (lang !== undefined) seen.set(lang, at);
      if (quote !== undefined && text !== undefined)
        this.addedNumbers(
          quote,
          text,
          childPath(at, 'text'),
          step(label, { into: lang ?? '?' }),
          'quote',
        );
      if (lang === undefined || text === undefined) return;
      const translation = { ...credit, lang, text } as QuoteTranslation;
      this.pendingCredits.push({ translation, path: at });
      translations.push(translation);
    });
    return translations;
  }

  /** A translation may state no number its original does not (digits compared in any script). */
  addedNumbers(
    original: string,
    translation: string,
    path: string,
    what: Subject,
    originalName: ProblemParamsByCode['translation.addedNumbers']['original'],
  ): void {
    const added = addedNumbers(original, translation);
    if (added.length > 0) {
      this.error(path, 'translation.addedNumbers', {
        what,
        numbers: added,
        original: originalName,
        originalText: original,
      });
    }
  }

  /**
   * One kind of translated entry by id (`layers`, `ties`, `scenes`): each id must be the dataset's,
   * each entry an object of the given text fields.
   */
  translatedEntries(
    value: unknown,
    path: string,
    what: Subject,
    kind: 'layer' | 'tie' | 'scene',
    known: ReadonlySet<string>,
    fields: readonly string[],
  ): Record<string, Record<string, string>> | undefined {
    if (!isObject(value)) {
      this.error(path, 'translatedEntries.notObject', { what, kind, got: got(value) });
      return undefined;
    }
    const entries: [string, Record<string, string>][] = [];
    for (const [id, entry] of Object.entries(value)) {
      const at = childPath(path, id);
      if (!known.has(id)) {
        this.error(at, 'translatedEntries.unknown', { what, kind, id, known: idList(known) });
        continue;
      }
      if (!isObject(entry)) {
        this.error(at, 'translatedEntry.notObject', { what, kind, id, fields, got: got(entry) });
        continue;
      }
      const label = step(what, { entry: kind, id });
      this.unknownFields(at, entry, fields, label);
      const texts: [string, string][] = [];
      for (const field of fields) {
        const text =
          field === 'notes'
            ? this.notes(entry, at, label)
            : this.text(entry, field, at, label, false);
        if (text !== undefined) texts.push([field, text]);
      }
      entries.push([id, Object.fromEntries(texts)]);
    }
    return Object.fromEntries(entries);
  }

  /** The dataset's `translations`: its own words per language, each with who translated them. */
  translations(
    value: unknown,
    refs: {
      layers: readonly Layer[];
      ties: readonly Tie[];
      scenes: readonly SceneStep[];
      annotations: readonly Annotation[];
    },
  ): Record<string, DatasetTranslation> | undefined {
    const path = '$.translations';
    if (!isObject(value)) {
      this.error(path, 'translations.notObject', { got: got(value) });
      return undefined;
    }
    const layers = new Map(refs.layers.map((l) => [l.id, l]));
    const ties = new Map(refs.ties.map((t) => [t.id, t]));
    const scenes = new Set(refs.scenes.map((s) => s.id));
    const out: [string, DatasetTranslation][] = [];
    for (const [key, entry] of Object.entries(value)) {
      const at = childPath(path, key);
      const tag = this.languageTag(key, at, subject('translationKey'));
      if (!isObject(entry)) {
        this.error(at, 'translation.notObject', { lang: key, got: got(entry) });
        continue;
      }
      const label = subject('translation', key);
      this.unknownFields(at, entry, KNOWN_FIELDS.translation, label);
      const credit = this.credit(entry, at, label, true);
      const translation = { ...credit } as DatasetTranslation;
      const title = this.text(entry, 'title', at, label, false);
      const description = this.text(entry, 'description', at, label, false);
      if (title !== undefined) translation.title = title;
      if (description !== undefined) translation.description = description;
      if (entry.layers !== undefined) {
        const layerTexts = this.translatedEntries(
          entry.layers,
          childPath(at, 'layers'),
          step(label, { field: 'layers' }),
          'layer',
          new Set(layers.keys()),
          KNOWN_FIELDS.layerTranslation,
        );
        if (layerTexts) translation.layers = layerTexts;
        for (const [id, texts] of Object.entries(layerTexts ?? {})) {
          if (texts.measure !== undefined && !layers.get(id)?.measure) {
            this.warn(
              childPath(childPath(childPath(at, 'layers'), id), 'measure'),
              'translation.measureUnused',
              { what: label, layer: id },
            );
          }
        }
      }
      if (entry.ties !== undefined) {
        const tiesAt = childPath(at, 'ties');
        const tieTexts = this.translatedEntries(
          entry.ties,
          tiesAt,
          step(label, { field: 'ties' }),
          'tie',
          new Set(ties.keys()),
          KNOWN_FIELDS.tieTranslation,
        );
        if (tieTexts) translation.ties = tieTexts;
        for (const [id, texts] of Object.entries(tieTexts ?? {})) {
          const tie = ties.get(id);
          if (!tie) continue;
          const tieAt = childPath(tiesAt, id);
          if (texts.summary !== undefined)
            this.addedNumbers(
              tie.summary,
              texts.summary,
              childPath(tieAt, 'summary'),
              { root: 'translatedSummary', id, lang: key },
              'summary',
            );
          if (texts.of !== undefined && tie.figure?.of === undefined) {
            this.warn(childPath(tieAt, 'of'), 'translation.ofUnused', { what: label, tie: id });
          } else if (texts.of !== undefined && tie.figure?.of !== undefined) {
            this.addedNumbers(
              tie.figure.of,
              texts.of,
              childPath(tieAt, 'of'),
              { root: 'translatedOf', id, lang: key },
              'of',
            );
          }
        }
      }
      if (entry.scenes !== undefined) {
        const sceneTexts = this.translatedEntries(
          entry.scenes,
          childPath(at, 'scenes'),
          step(label, { field: 'scenes' }),
          'scene',
          scenes,
          KNOWN_FIELDS.sceneTranslation,
        );
        if (sceneTexts) translation.scenes = sceneTexts;
      }
      if (entry.annotations !== undefined) {
        const texts = this.annotationTexts(
          entry.annotations,
          childPath(at, 'annotations'),
          step(label, { field: 'annotations' }),
          refs.annotations,
          key,
        );
        if (texts) translation.annotations = texts;
      }
      if (
        tag !== undefined &&
        credit.translator !== undefined &&
        credit.method !== undefined &&
        credit.reviewed !== undefined
      )
        out.push([tag, translation]);
    }
    return Object.fromEntries(out);
  }

  /** A translation's call-outs: by annotation id, the text in that language. */
  annotationTexts(
    value: unknown,
    path: string,
    what: Subject,
    annotations: readonly Annotation[],
    lang: string,
  ): Record<string, string> | undefined {
    if (!isObject(value)) {
      this.error(path, 'annotationTexts.notObject', { what, got: got(value) });
      return undefined;
    }
    const byId = new Map(annotations.map((a) => [a.id, a]));
    const out: [string, string][] = [];
    for (const id of Object.keys(value)) {
      const annotation = byId.get(id);
      if (!annotation) {
        this.error(childPath(path, id), 'annotationTexts.unknown', {
          what,
          id,
          known: idList(new Set(byId.keys())),
        });
        continue;
      }
      const text = this.annotationText(value, id, path, step(what, { entry: 'annotation', id }));
      if (text === undefined) continue;
      this.addedNumbers(
        annotation.text,
        text,
        childPath(path, id),
        { root: 'translatedAnnotation', id, lang },
        'text',
      );
      out.push([id, text]);
    }
    return Object.fromEntries(out);
  }

  /** A call-out's text: plain, short enough to sit on the map. */
  annotationText(obj: Json, key: string, path: string, what: Subject): string | undefined {
    const text = this.text(obj, key, path, what, true);
    if (text !== undefined && text.length > MAX_ANNOTATION_LENGTH) {
      this.error(childPath(path, key), 'annotation.tooLong', {
        what,
        length: text.length,
        max: MAX_ANNOTATION_LENGTH,
      });
      return undefined;
    }
    return text;
  }

  /** One call-out: what it points at must exist, and so must the scenes it names. */
  annotation(
    value: unknown,
    path: string,
    seen: Map<string, string>,
    refs: { actors: ReadonlySet<string>; ties: ReadonlySet<string>; scenes: ReadonlySet<string> },
  ): Annotation | undefined {
    if (!isObject(value)) {
      this.error(path, 'annotation.notObject', { got: got(value) });
      return undefined;
    }
    const label = subject('annotation', typeof value.id === 'string' ? value.id : undefined);
    this.unknownFields(path, value, KNOWN_FIELDS.annotation, label);
    const id = this.id(value, path, label, seen);
    const text = this.annotationText(value, 'text', path, label);
    const atPath = childPath(path, 'at');
    let at: Annotation['at'] | undefined;
    if (value.at === undefined) {
      this.error(atPath, 'annotation.atMissing', { what: label });
    } else if (typeof value.at === 'string') {
      if (refs.actors.has(value.at) || refs.ties.has(value.at)) at = value.at;
      else
        this.error(atPath, 'annotation.atUnknown', {
          what: label,
          at: value.at,
          actors: idList(refs.actors),
          ties: idList(refs.ties),
        });
    } else {
      at = this.lonLat(value.at, atPath, step(label, { field: 'at' }));
    }
    let kind: AnnotationKind | undefined;
    const kindText = this.text(value, 'kind', path, label, false);
    if (kindText !== undefined) {
      if ((ANNOTATION_KINDS as readonly string[]).includes(kindText))
        kind = kindText as AnnotationKind;
      else
        this.error(childPath(path, 'kind'), 'annotation.kind', {
          what: label,
          kinds: ANNOTATION_KINDS,
          got: got(kindText),
        });
    }
    const scenes =
      value.scenes === undefined
        ? undefined
        : this.idList(
            value.scenes,
            childPath(path, 'scenes'),
            step(label, { field: 'scenes' }),
            refs.scenes,
            'scene',
          );
    if (
      id === undefined ||
      text === undefined ||
      at === undefined ||
      (kindText !== undefined && kind === undefined)
    )
      return undefined;
    const annotation: Annotation = { id, text, at };
    if (kind !== undefined) annotation.kind = kind;
    if (scenes) annotation.scenes = scenes;
    return annotation;
  }

  /** A quote's translation takes whatever credit it leaves out from the dataset's translation into its language. */
  creditQuoteTranslations(
    translations: Readonly<Record<string, DatasetTranslation>> | undefined,
  ): void {
    for (const { translation, path } of this.pendingCredits) {
      const base = translations && ownValue(translations, translation.lang);
      const note = translation.note ?? base?.note;
      Object.assign(translation, {
        translator: translation.translator ?? base?.translator,
        method: translation.method ?? base?.method,
        reviewed: translation.reviewed ?? base?.reviewed,
        ...(note === undefined ? {} : { note }),
      });
      const missing = (['translator', 'method', 'reviewed'] as const).filter(
        (k) => translation[k] === undefined,
      );
      if (missing.length > 0) {
        this.error(path, 'credit.missing', { lang: translation.lang, missing });
      }
    }
  }

  figure(value: unknown, path: string, what: Subject): Figure | undefined {
    if (!isObject(value)) {
      this.error(path, 'figure.notObject', { what, got: got(value) });
      return undefined;
    }
    const figureOf = step(what, { part: 'figure' });
    this.unknownFields(path, value, KNOWN_FIELDS.figure, figureOf);
    const raw = value.value;
    let figureValue: number | undefined;
    const at = childPath(path, 'value');
    if (raw === undefined) this.error(at, 'figure.valueMissing', { what });
    else if (typeof raw !== 'number') {
      const unquoted =
        typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(Number(raw))
          ? raw
          : undefined;
      this.error(at, 'figure.valueNotNumber', {
        what,
        got: got(raw),
        ...(unquoted === undefined ? {} : { unquoted }),
      });
    } else if (!Number.isFinite(raw))
      this.error(at, 'figure.valueNotFinite', { what, got: got(raw) });
    else if (raw < 0) this.error(at, 'figure.negative', { what, value: raw });
    else if (raw > MAX_FIGURE_VALUE)
      this.error(at, 'figure.tooLarge', { what, value: raw, max: MAX_FIGURE_VALUE });
    else figureValue = raw;
    const unit = this.text(value, 'unit', path, figureOf, true);
    const of = this.text(value, 'of', path, figureOf, false);
    const qualifier = this.text(value, 'qualifier', path, figureOf, false);
    const upper = this.upper(value.upper, childPath(path, 'upper'), what, figureValue);
    if (figureValue === undefined || unit === undefined) return undefined;
    const figure: Figure = { value: figureValue, unit };
    if (upper !== undefined) figure.upper = upper;
    if (of !== undefined) figure.of = of;
    if (qualifier !== undefined) figure.qualifier = qualifier;
    return figure;
  }

  /** A range's upper end: a finite number, at least the figure's `value`. */
  upper(raw: unknown, path: string, what: Subject, lower: number | undefined): number | undefined {
    if (raw === undefined) return undefined;
    if (typeof raw !== 'number' || !Number.isFinite(raw)) {
      this.error(path, 'figure.upperInvalid', { what, got: got(raw) });
      return undefined;
    }
    if (lower !== undefined && raw < lower) {
      this.error(path, 'figure.backwards', { what, upper: raw, value: lower });
      return undefined;
    }
    return raw;
  }

  period(value: unknown, path: string, what: Subject): Period | undefined {
    if (!isObject(value)) {
      this.error(path, 'when.notObject', { what, got: got(value) });
      return undefined;
    }
    const when = step(what, { field: 'when' });
    this.unknownFields(path, value, KNOWN_FIELDS.when, when);
    const from = this.date(value, 'from', path, when);
    const to = this.date(value, 'to', path, when);
    if (from !== undefined && to !== undefined && periodStart(from) > periodEnd(to)) {
      this.error(path, 'when.backwards', { what, from, to });
    }
    const period: Period = {};
    if (from !== undefined) period.from = from;
    if (to !== undefined) period.to = to;
    return period;
  }

  /** An optional field that must be one of a few words; returns undefined when absent or wrong. */
  oneOf<T extends string>(
    obj: Json,
    key: string,
    path: string,
    what: Subject,
    words: readonly T[],
  ): T | undefined {
    const value = obj[key];
    if (value === undefined) return undefined;
    if (typeof value === 'string' && (words as readonly string[]).includes(value))
      return value as T;
    this.error(childPath(path, key), 'field.oneOf', { what, key, words, got: got(value) });
    return undefined;
  }

  evidence(
    value: unknown,
    path: string,
    what: Subject,
    sourceIds: ReadonlySet<string>,
  ): Evidence | undefined {
    if (!isObject(value)) {
      this.error(path, 'evidence.notObject', { got: got(value) });
      return undefined;
    }
    const evidenceOf = step(what, { part: 'evidence' });
    this.unknownFields(path, value, KNOWN_FIELDS.evidence, evidenceOf);
    const source = this.text(value, 'source', path, evidenceOf, true);
    const quote = this.text(value, 'quote', path, evidenceOf, true);
    const place = this.oneOf(value, 'in', path, evidenceOf, EVIDENCE_PLACES);
    const lang =
      value.lang === undefined
        ? undefined
        : this.languageTag(value.lang, childPath(path, 'lang'), step(what, { part: 'quoteLang' }));
    const translations =
      value.translations === undefined
        ? undefined
        : this.quoteTranslations(
            value.translations,
            childPath(path, 'translations'),
            evidenceOf,
            quote,
          );
    if (source !== undefined && !sourceIds.has(source)) {
      this.error(childPath(path, 'source'), 'evidence.unknownSource', {
        what,
        source,
        known: idList(sourceIds),
      });
      return undefined;
    }
    if (source === undefined || quote === undefined) return undefined;
    const evidence: Evidence =
      place === undefined ? { source, quote } : { source, quote, in: place };
    if (lang !== undefined) evidence.lang = lang;
    if (translations !== undefined && translations.length > 0) evidence.translations = translations;
    return evidence;
  }

  tie(
    value: unknown,
    path: string,
    seen: Map<string, string>,
    refs: {
      actors: ReadonlySet<string>;
      layers: ReadonlySet<string>;
      sources: ReadonlySet<string>;
    },
  ): Tie | undefined {
    if (!isObject(value)) {
      this.error(path, 'entry.notObject', { kind: 'tie', got: got(value) });
      return undefined;
    }
    const label = subject('tie', typeof value.id === 'string' ? value.id : undefined);
    this.unknownFields(path, value, KNOWN_FIELDS.tie, label);
    const id = this.id(value, path, label, seen);
    const layer = this.text(value, 'layer', path, label, true);
    if (layer !== undefined && !refs.layers.has(layer)) {
      this.error(childPath(path, 'layer'), 'tie.unknownLayer', {
        what: label,
        layer,
        known: idList(refs.layers),
      });
    }
    const ends: Partial<Record<'from' | 'to', string>> = {};
    for (const end of ['from', 'to'] as const) {
      const actor = this.text(value, end, path, label, true);
      if (actor === undefined) continue;
      if (!refs.actors.has(actor)) {
        this.error(childPath(path, end), 'tie.unknownActor', {
          what: label,
          end,
          actor,
          known: idList(refs.actors),
        });
      } else ends[end] = actor;
    }
    if (ends.from !== undefined && ends.from === ends.to) {
      this.error(childPath(path, 'to'), 'tie.selfLoop', { what: label, actor: ends.from });
    }
    let stance: Stance = 'cooperative';
    if (value.stance !== undefined) {
      if (typeof value.stance === 'string' && (STANCES as readonly string[]).includes(value.stance))
        stance = value.stance as Stance;
      else
        this.error(childPath(path, 'stance'), 'tie.stance', {
          what: label,
          got: got(value.stance),
        });
    }
    const status: TieStatus | undefined = this.oneOf(value, 'status', path, label, TIE_STATUSES);
    const summary = this.text(value, 'summary', path, label, true);
    const figure =
      value.figure === undefined
        ? undefined
        : this.figure(value.figure, childPath(path, 'figure'), label);
    const when =
      value.when === undefined
        ? undefined
        : this.period(value.when, childPath(path, 'when'), label);
    const ended = this.date(value, 'ended', path, label);
    const note = this.text(value, 'note', path, label, false);
    const evidence: Evidence[] = [];
    const evidencePath = childPath(path, 'evidence');
    if (!Array.isArray(value.evidence) || value.evidence.length === 0) {
      if (value.evidence === undefined || Array.isArray(value.evidence))
        this.error(evidencePath, 'tie.noEvidence', { what: label });
      else
        this.error(evidencePath, 'tie.evidenceNotList', { what: label, got: got(value.evidence) });
    } else {
      value.evidence.forEach((entry, i) => {
        const checked = this.evidence(entry, childPath(evidencePath, i), label, refs.sources);
        if (checked) evidence.push(checked);
      });
    }
    if (
      id === undefined ||
      layer === undefined ||
      ends.from === undefined ||
      ends.to === undefined ||
      summary === undefined
    ) {
      return undefined;
    }
    const tie: Tie = { id, layer, from: ends.from, to: ends.to, stance, summary, evidence };
    if (status !== undefined) tie.status = status;
    if (figure) tie.figure = figure;
    if (when) tie.when = when;
    if (ended !== undefined) tie.ended = ended;
    if (note !== undefined) tie.note = note;
    return tie;
  }

  idList(
    value: unknown,
    path: string,
    what: Subject,
    known: ReadonlySet<string>,
    kind: 'layer' | 'tie' | 'scene',
  ): string[] | undefined {
    if (!Array.isArray(value)) {
      this.error(path, 'idList.notList', { what, kind, got: got(value) });
      return undefined;
    }
    const ids: string[] = [];
    value.forEach((id, i) => {
      if (typeof id !== 'string')
        this.error(childPath(path, i), 'idList.notString', { what, kind, got: got(id) });
      else if (!known.has(id))
        this.error(childPath(path, i), 'idList.unknown', {
          what,
          kind,
          id,
          known: idList(known),
        });
      else ids.push(id);
    });
    return ids;
  }

  scene(
    value: unknown,
    path: string,
    seen: Map<string, string>,
    refs: { actors: ReadonlySet<string>; layers: ReadonlySet<string>; ties: ReadonlySet<string> },
  ): SceneStep | undefined {
    if (!isObject(value)) {
      this.error(path, 'entry.notObject', { kind: 'scene', got: got(value) });
      return undefined;
    }
    const label = subject('scene', typeof value.id === 'string' ? value.id : undefined);
    this.unknownFields(path, value, KNOWN_FIELDS.scene, label);
    const id = this.id(value, path, label, seen);
    const title = this.text(value, 'title', path, label, true);
    const caption = this.text(value, 'caption', path, label, false);
    const notes = this.notes(value, path, label);
    const layers =
      value.layers === undefined
        ? undefined
        : this.idList(
            value.layers,
            childPath(path, 'layers'),
            step(label, { field: 'layers' }),
            refs.layers,
            'layer',
          );
    const ties =
      value.ties === undefined
        ? undefined
        : this.idList(
            value.ties,
            childPath(path, 'ties'),
            step(label, { field: 'ties' }),
            refs.ties,
            'tie',
          );
    const focus = this.text(value, 'focus', path, label, false);
    if (focus !== undefined && !refs.actors.has(focus)) {
      this.error(childPath(path, 'focus'), 'scene.unknownFocus', {
        what: label,
        actor: focus,
        known: idList(refs.actors),
      });
    }
    const asOf = this.date(value, 'asOf', path, label);
    let camera: SceneStep['camera'];
    if (value.camera !== undefined) {
      const at = childPath(path, 'camera');
      if (!Array.isArray(value.camera) || value.camera.length !== 2) {
        this.error(at, 'scene.cameraInvalid', { what: label, got: got(value.camera) });
      } else {
        const sw = this.lonLat(
          value.camera[0],
          childPath(at, 0),
          step(label, { part: 'cameraSouthWest' }),
        );
        const ne = this.lonLat(
          value.camera[1],
          childPath(at, 1),
          step(label, { part: 'cameraNorthEast' }),
        );
        if (sw && ne && sw[1] >= ne[1])
          this.error(at, 'scene.cameraUpsideDown', { what: label, south: sw[1], north: ne[1] });
        else if (sw && ne) camera = [sw, ne];
      }
    }
    if (id === undefined || title === undefined) return undefined;
    const scene: SceneStep = { id, title };
    if (caption !== undefined) scene.caption = caption;
    if (notes !== undefined) scene.notes = notes;
    if (layers) scene.layers = layers;
    if (focus !== undefined && refs.actors.has(focus)) scene.focus = focus;
    if (ties) scene.ties = ties;
    if (asOf !== undefined) scene.asOf = asOf;
    if (camera) scene.camera = camera;
    return scene;
  }

  /**
   * A scene's speaker notes: plain text (paragraphs separated by a blank line) read from the
   * presenter console, so longer than any caption but short enough to read at a glance.
   */
  notes(obj: Json, path: string, what: Subject): string | undefined {
    const notes = this.text(obj, 'notes', path, what, false);
    if (notes !== undefined && notes.length > MAX_NOTES_LENGTH) {
      this.error(childPath(path, 'notes'), 'notes.tooLong', {
        what,
        length: notes.length,
        max: MAX_NOTES_LENGTH,
      });
      return undefined;
    }
    return notes;
  }

  /** A declared measure no tie of its layer carries sets no width: probably a typo in the unit. */
  unusedMeasures(layers: readonly Layer[], ties: readonly Tie[], rawLayers: unknown): void {
    if (!Array.isArray(rawLayers)) return;
    layers.forEach((layer) => {
      if (!layer.measure) return;
      const unit = layer.measure.unit;
      if (ties.some((t) => t.layer === layer.id && t.figure?.unit === unit)) return;
      const units = [
        ...new Set(ties.filter((t) => t.layer === layer.id && t.figure).map((t) => t.figure!.unit)),
      ];
      const index = rawLayers.findIndex((l) => isObject(l) && l.id === layer.id);
      this.warn(`$.layers[${index}].measure.unit`, 'measure.unused', {
        layer: layer.id,
        unit,
        units,
      });
    });
  }

  /**
   * DESIGN.md, "One measure counts one kind of quantity": a figure in force and a planned or
   * potential one (a target, an offer) in the same measure are two kinds of quantity. The scene
   * draws the planned and potential ones at the neutral width; the warning asks for a unit of their
   * own, so that the measure's label can say what its widths count.
   */
  mixedMeasures(layers: readonly Layer[], ties: readonly Tie[], rawLayers: unknown): void {
    if (!Array.isArray(rawLayers)) return;
    const quoted = (list: readonly Tie[]) => ({
      shown: list.slice(0, 4).map((t) => t.id),
      count: list.length,
    });
    layers.forEach((layer) => {
      if (!layer.measure) return;
      const measured = ties.filter(
        (t) => t.layer === layer.id && t.figure?.unit === layer.measure!.unit,
      );
      const tentative = measured.filter((t) => isTentative(t.status));
      if (tentative.length === 0 || tentative.length === measured.length) return;
      const inForce = measured.filter((t) => !tentative.includes(t));
      const index = rawLayers.findIndex((l) => isObject(l) && l.id === layer.id);
      this.warn(`$.layers[${index}].measure`, 'measure.mixed', {
        layer: layer.id,
        unit: layer.measure.unit,
        inForce: quoted(inForce),
        tentative: quoted(tentative),
      });
    });
  }

  /**
   * DESIGN.md, "What is visible": a scene's date hides the ties that start after it or ended before
   * it, so a tie it highlights, or a focus none of whose ties it shows, is a scene that does not show
   * what it says (an `arms` scene of 2020 pointing at a text of 2025).
   */
  sceneDates(
    scenes: readonly SceneStep[],
    ties: readonly Tie[],
    sources: readonly Source[],
    rawScenes: unknown,
  ): void {
    if (!Array.isArray(rawScenes)) return;
    const byId = new Map(ties.map((t) => [t.id, t]));
    const published = sourceDates(sources);
    for (const scene of scenes) {
      const i = rawScenes.findIndex((s) => isObject(s) && s.id === scene.id);
      const label = subject('scene', scene.id);
      const shownLayer = (tie: Tie) =>
        scene.layers === undefined || scene.layers.includes(tie.layer);
      scene.ties?.forEach((id, j) => {
        const tie = byId.get(id);
        const at = `$.scenes[${i}].ties[${j}]`;
        if (!tie) return; // an invalid tie, already reported
        if (!shownLayer(tie)) {
          this.warn(at, 'scene.tieLayerHidden', {
            what: label,
            tie: id,
            layer: tie.layer,
            layers: scene.layers!,
          });
        } else if (scene.asOf !== undefined && !isShownAt(tie, scene.asOf, published)) {
          this.warn(at, 'scene.tieDateHidden', {
            what: label,
            tie: id,
            asOf: scene.asOf,
            why: whyHidden(tie, scene.asOf, published),
          });
        }
      });
      if (scene.asOf !== undefined && scene.focus !== undefined) {
        const asOf = scene.asOf;
        const focused = ties.filter(
          (t) => (t.from === scene.focus || t.to === scene.focus) && shownLayer(t),
        );
        if (focused.length > 0 && !focused.some((t) => isShownAt(t, asOf, published))) {
          this.warn(`$.scenes[${i}].focus`, 'scene.focusDateHidden', {
            what: label,
            focus: scene.focus,
            asOf,
            ties: focused
              .slice(0, 3)
              .map((t) => ({ tie: t.id, why: whyHidden(t, asOf, published) })),
            more: focused.length > 3,
          });
        }
      }
    }
  }

  /** The whole dataset's checks, pausing (`yield`) after each actor and each tie. */
  *dataset(root: unknown): Generator<void, Dataset | undefined, void> {
    if (!isObject(root)) {
      this.error('$', 'dataset.notObject', { format: FORMAT, got: got(root) });
      return undefined;
    }
    const theDataset = subject('dataset');
    this.unknownFields('$', root, KNOWN_FIELDS.root, theDataset);
    if (root.format !== FORMAT) {
      if (root.format === undefined) this.error('$.format', 'format.missing', { format: FORMAT });
      else this.error('$.format', 'format.unknown', { format: FORMAT, got: got(root.format) });
    }
    const title = this.text(root, 'title', '$', theDataset, true);
    const description = this.text(root, 'description', '$', theDataset, false);

    const sourceIds = new Map<string, string>();
    const sources = this.array(root, 'sources', '$', true)
      .map((s, i) => this.source(s, `$.sources[${i}]`, sourceIds))
      .filter((s): s is Source => s !== undefined);

    const layerIds = new Map<string, string>();
    const layers =
      root.layers === undefined
        ? DEFAULT_LAYERS.map((l) => ({ ...l }))
        : this.array(root, 'layers', '$', false)
            .map((l, i) => this.layer(l, `$.layers[${i}]`, layerIds))
            .filter((l): l is Layer => l !== undefined);
    if (root.layers === undefined) DEFAULT_LAYERS.forEach((l) => layerIds.set(l.id, '(default)'));

    const actorIds = new Map<string, string>();
    const actors: Actor[] = [];
    for (const [i, a] of this.array(root, 'actors', '$', true).entries()) {
      const actor = this.actor(a, `$.actors[${i}]`, actorIds);
      if (actor !== undefined) actors.push(actor);
      yield;
    }

    const tieIds = new Map<string, string>();
    const refs = {
      actors: new Set(actorIds.keys()),
      layers: new Set(layerIds.keys()),
      sources: new Set(sourceIds.keys()),
    };
    const ties: Tie[] = [];
    for (const [i, t] of this.array(root, 'ties', '$', true).entries()) {
      const tie = this.tie(t, `$.ties[${i}]`, tieIds, refs);
      if (tie !== undefined) ties.push(tie);
      yield;
    }

    const sceneIds = new Map<string, string>();
    const sceneRefs = { actors: refs.actors, layers: refs.layers, ties: new Set(tieIds.keys()) };
    const scenes = this.array(root, 'scenes', '$', false)
      .map((s, i) => this.scene(s, `$.scenes[${i}]`, sceneIds, sceneRefs))
      .filter((s): s is SceneStep => s !== undefined);

    const annotationIds = new Map<string, string>();
    const annotationRefs = {
      actors: refs.actors,
      ties: sceneRefs.ties,
      scenes: new Set(sceneIds.keys()),
    };
    const annotations = this.array(root, 'annotations', '$', false)
      .map((a, i) => this.annotation(a, `$.annotations[${i}]`, annotationIds, annotationRefs))
      .filter((a): a is Annotation => a !== undefined);

    const translations =
      root.translations === undefined
        ? undefined
        : this.translations(root.translations, { layers, ties, scenes, annotations });
    this.creditQuoteTranslations(translations);

    this.unusedMeasures(layers, ties, root.layers);
    this.mixedMeasures(layers, ties, root.layers);
    this.sceneDates(scenes, ties, sources, root.scenes);

    const cited = new Set(ties.flatMap((t) => t.evidence.map((e) => e.source)));
    sources.forEach((s, i) => {
      if (!cited.has(s.id)) this.warn(`$.sources[${i}]`, 'source.uncited', { source: s.id });
    });

    if (title === undefined || root.format !== FORMAT) return undefined;
    const dataset: Dataset = { format: FORMAT, title, sources, layers, actors, ties, scenes };
    if (description !== undefined) dataset.description = description;
    if (root.annotations !== undefined) dataset.annotations = annotations;
    if (translations !== undefined && Object.keys(translations).length > 0)
      dataset.translations = translations;
    return dataset;
  }
}

/** Why a tie is hidden at `asOf`, in words: when it starts, or when it ended. */
function whyHidden(tie: Tie, asOf: string, published: ReadonlyMap<string, string>): HiddenReason {
  if (tie.ended !== undefined && periodEnd(tie.ended) < periodStart(asOf))
    return { ended: tie.ended };
  const start = tieStart(tie, published);
  if (tie.when?.from !== undefined) return { starts: String(start) };
  const source = tie.evidence.find((e) => published.get(e.source) === start)?.source;
  return { undated: String(start), source: String(source) };
}

/**
 * Validates a dataset given as JSON text or as an already parsed value.
 * Returns all problems at once; `dataset` is set only when none of them is an error.
 */
export function validateDataset(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const steps = validateDatasetSteps(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * validateDataset as steps: it pauses (`yield`) after the JSON parse and after each actor and tie,
 * so a caller can spread the work over several tasks (the element does, for a fetched dataset).
 */
export function* validateDatasetSteps(
  input: unknown,
  options: ValidateOptions = {},
): Generator<void, ValidationResult, void> {
  const checker = new Checker(options.shapeIds);
  let dataset: Dataset | undefined;
  try {
    let root = input;
    if (typeof input === 'string') {
      try {
        root = JSON.parse(input) as unknown;
      } catch (error) {
        checker.error('$', 'json.invalid', describeJsonError(input, error));
        return finish(checker.problems, undefined);
      }
      yield;
    }
    dataset = yield* checker.dataset(root);
  } catch (error) {
    // Last line of defence (e.g. a getter that throws on an object handed in by a page script).
    checker.error('$', 'read.failed', {
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  return finish(checker.problems, dataset);
}

function finish(problems: Problem[], dataset: Dataset | undefined): ValidationResult {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  return errors.length === 0 && dataset
    ? { dataset, problems, errors, warnings }
    : { problems, errors, warnings };
}
