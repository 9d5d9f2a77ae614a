/**
 * The values each problem's sentence names, by code: what a problem is about (its subject), the
 * value the data holds where it should hold another, lists of ids, and the params of every code.
 * The English table (problem-en.ts) and the translated one (src/text/problems/) both read them.
 */

/** What a problem is about, before the part of it that is wrong: `Tie "t3"`, `This actor`. */
export type SubjectRoot =
  | 'dataset'
  | 'source'
  | 'layer'
  | 'actor'
  | 'tie'
  | 'scene'
  | 'annotation'
  /** `The translation into "ar"` (`id` holds the tag as written). */
  | 'translation'
  /** `A translation's key`. */
  | 'translationKey'
  /** `The "ar" summary of tie "t3"` (`lang`, `id`). */
  | 'translatedSummary'
  /** `The "ar" figure "of" of tie "t3"`. */
  | 'translatedOf'
  /** `The "ar" text of annotation "a1"`. */
  | 'translatedAnnotation';

/** One step from the subject's root to the part in question. */
export type SubjectStep =
  /** `'s "point"`: a field, named as the data writes it. */
  | { field: string }
  /** `'s measure`, `'s figure`, `'s evidence`, `'s translation`, `'s "names" key`, `'s quote "lang"`, camera corners. */
  | {
      part:
        | 'measure'
        | 'figure'
        | 'evidence'
        | 'translation'
        | 'namesKey'
        | 'quoteLang'
        | 'cameraSouthWest'
        | 'cameraNorthEast';
    }
  /** ` for layer "x"`: one entry of a translation's layers, ties, scenes or annotations. */
  | { entry: 'layer' | 'tie' | 'scene' | 'annotation'; id: string }
  /** ` into "ar"`. */
  | { into: string };

export interface Subject {
  root: SubjectRoot;
  /** The entry's id (absent: "This tie"), or the translation's tag. */
  id?: string;
  /** The language of a translated text (translatedSummary, translatedOf, translatedAnnotation). */
  lang?: string;
  steps?: readonly SubjectStep[];
}

/** A value the data holds where it should hold another, as `describe` tells it. */
export interface Got {
  type:
    | 'null'
    | 'array'
    | 'string'
    | 'number'
    | 'nonFinite'
    | 'object'
    | 'nothing'
    | 'boolean'
    | 'other';
  /** The string (cut at 40 characters), the number, `NaN`, `true`, or the JavaScript type. */
  value?: string;
}

/** The first few ids of a list and how many it holds. */
export interface IdList {
  shown: readonly string[];
  count: number;
}

/** The values each code's sentence names. */
export interface ProblemParamsByCode {
  'field.unknown': { what: Subject; key: string; known: readonly string[] };
  'text.missing': { what: Subject; key: string };
  'text.notString': { what: Subject; key: string; got: Got };
  'text.empty': { what: Subject; key: string };
  'text.bidi': { what: Subject; key: string; controls: readonly string[] };
  'text.markup': { what: Subject; key: string; markup: string };
  'date.invalid': { what: Subject; key: string; unknownAllowed: boolean; got: Got };
  'list.missing': { key: string };
  'list.notList': { key: string; got: Got };
  'id.duplicate': { what: Subject; id: string; first: string };
  'url.invalid': { what: Subject; got: Got };
  'url.protocol': { what: Subject; protocol: string };
  'point.invalid': { what: Subject; got: Got };
  'point.offGlobe': { what: Subject; lon: number; lat: number };
  'entry.notObject': { kind: 'source' | 'layer' | 'actor' | 'tie' | 'scene'; got: Got };
  'source.publishedMissing': { what: Subject };
  'layer.idSeparator': { what: Subject; suggestion: string };
  'measure.notObject': { what: Subject; got: Got };
  'actor.kind': { what: Subject; kinds: readonly string[]; got: Got };
  'actor.needsPoint': { what: Subject; kind: string };
  'actor.noShape': { what: Subject; kind: string; id: string };
  'lang.invalid': { what: Subject; got: Got };
  'lang.notCanonical': { what: Subject; tag: string; canonical: string };
  'names.notObject': { what: Subject; got: Got };
  'credit.reviewed': { what: Subject; got: Got };
  'quoteTranslations.notList': { what: Subject; got: Got };
  'quoteTranslation.notObject': { got: Got };
  'quoteTranslation.langMissing': { what: Subject };
  'quoteTranslation.duplicate': { what: Subject; lang: string; first: string };
  'translation.addedNumbers': {
    what: Subject;
    numbers: readonly number[];
    original: 'quote' | 'summary' | 'of' | 'text';
    originalText: string;
  };
  'translatedEntries.notObject': { what: Subject; kind: string; got: Got };
  'translatedEntries.unknown': { what: Subject; kind: string; id: string; known: IdList };
  'translatedEntry.notObject': {
    what: Subject;
    kind: string;
    id: string;
    fields: readonly string[];
    got: Got;
  };
  'translations.notObject': { got: Got };
  'translation.notObject': { lang: string; got: Got };
  'translation.measureUnused': { what: Subject; layer: string };
  'translation.ofUnused': { what: Subject; tie: string };
  'annotationTexts.notObject': { what: Subject; got: Got };
  'annotationTexts.unknown': { what: Subject; id: string; known: IdList };
  'annotation.tooLong': { what: Subject; length: number; max: number };
  'annotation.notObject': { got: Got };
  'annotation.atMissing': { what: Subject };
  'annotation.atUnknown': { what: Subject; at: string; actors: IdList; ties: IdList };
  'annotation.kind': { what: Subject; kinds: readonly string[]; got: Got };
  'credit.missing': { lang: string; missing: readonly string[] };
  'figure.notObject': { what: Subject; got: Got };
  'figure.valueMissing': { what: Subject };
  'figure.valueNotNumber': { what: Subject; got: Got; unquoted?: string };
  'figure.valueNotFinite': { what: Subject; got: Got };
  'figure.negative': { what: Subject; value: number };
  'figure.tooLarge': { what: Subject; value: number; max: number };
  'figure.upperInvalid': { what: Subject; got: Got };
  'figure.backwards': { what: Subject; upper: number; value: number };
  'when.notObject': { what: Subject; got: Got };
  'when.backwards': { what: Subject; from: string; to: string };
  'field.oneOf': { what: Subject; key: string; words: readonly string[]; got: Got };
  'evidence.notObject': { got: Got };
  'evidence.unknownSource': { what: Subject; source: string; known: IdList };
  'tie.unknownLayer': { what: Subject; layer: string; known: IdList };
  'tie.unknownActor': { what: Subject; end: 'from' | 'to'; actor: string; known: IdList };
  'tie.selfLoop': { what: Subject; actor: string };
  'tie.stance': { what: Subject; got: Got };
  'tie.noEvidence': { what: Subject };
  'tie.evidenceNotList': { what: Subject; got: Got };
  'idList.notList': { what: Subject; kind: string; got: Got };
  'idList.notString': { what: Subject; kind: string; got: Got };
  'idList.unknown': { what: Subject; kind: string; id: string; known: IdList };
  'scene.unknownFocus': { what: Subject; actor: string; known: IdList };
  'scene.cameraInvalid': { what: Subject; got: Got };
  'scene.cameraUpsideDown': { what: Subject; south: number; north: number };
  'notes.tooLong': { what: Subject; length: number; max: number };
  'measure.unused': { layer: string; unit: string; units: readonly string[] };
  'measure.mixed': {
    layer: string;
    unit: string;
    inForce: IdList;
    tentative: IdList;
  };
  'scene.tieLayerHidden': { what: Subject; tie: string; layer: string; layers: readonly string[] };
  'scene.tieDateHidden': { what: Subject; tie: string; asOf: string; why: HiddenReason };
  'scene.focusDateHidden': {
    what: Subject;
    focus: string;
    asOf: string;
    ties: readonly { tie: string; why: HiddenReason }[];
    more: boolean;
  };
  'dataset.notObject': { format: string; got: Got };
  'format.missing': { format: string };
  'format.unknown': { format: string; got: Got };
  'source.uncited': { source: string };
  'json.invalid': { reason: string; line?: number; column?: number };
  'read.failed': { reason: string };
  // The spreadsheet import (src/import/), about its own cells and columns; located by file, row, column.
  'sheet.columnTwice': { column: string };
  'sheet.columnUnknown': { column: string; index: number; file: string; known: readonly string[] };
  'sheet.columnUnnamed': { index: number };
  'sheet.columnMissing': {
    column: string;
    file: string;
    required: readonly string[];
    optional: readonly string[];
  };
  'sheet.languageColumn': { tag: string; base: string };
  'sheet.numberPercent': { text: string; write: string };
  'sheet.numberThousands': { text: string; write: string };
  'sheet.numberComma': { text: string; write: string };
  'sheet.numberDigits': { text: string; write: string; unitHint: boolean };
  'sheet.pointHalf': { has: 'lon' | 'lat'; lacks: 'lon' | 'lat' };
  'sheet.tieDisagrees': { tie: string; text: string; first: string; firstRow: number };
  'sheet.tieNoId': Record<string, never>;
  'sheet.cameraPartial': { missing: readonly string[] };
  'sheet.datasetRows': Record<string, never>;
  'sheet.fileMissing': { file: string };
  // The quote checks (evidence-check.ts).
  'quote.notFound': {
    quote: string;
    /** The text the quote's source is quoted from elsewhere, when one is known. */
    named?: string;
    closest?: { file: string; passage: string; at: number; has: string; textHas: string };
  };
  'quote.elsewhere': { source: string; named: string; found: readonly string[] };
  'quote.notEvidence': Record<string, never>;
  /** Marked `"in": "caption"`, but the quote stands in the body of `file`. */
  'quote.captionInBody': { file: string };
  /** Marked `"in": "caption"`, but the quote stands only in lines that are never evidence. */
  'quote.captionNotEvidence': QuotePlace;
  /** Not marked, and the quote stands only in a caption. */
  'quote.onlyCaption': QuotePlace;
  /** The quote stands only in lines that are never evidence. */
  'quote.notBody': QuotePlace;
  /** A number or date of the tie's `field` that none of its quotes states. */
  'quote.unstated': { field: string; quotes: readonly string[] } & (
    { number: number } | { date: string }
  );
  /** A sidecar's non-body entry whose text is no longer its line's. */
  'quote.sidecarStale': { line: number; says: string; file: string; reads: string };
  /** A dataset source's field that its text's sidecar gives otherwise (absent: not given). */
  'quote.sourceMismatch': {
    source: string;
    field: 'title' | 'publisher' | 'published' | 'notBefore' | 'url';
    ours?: string;
    theirs?: string;
    file: string;
  };
  // The reading of files (src/import/decode.ts) and the folder's dataset.csv.
  'import.latin1': Record<string, never>;
  'sheet.titleMissing': Record<string, never>;
}

/** The kinds of a sidecar's non-body lines (see ../shared/sources/README.md). */
export type NonBodyKind = 'navigation' | 'caption' | 'teaser' | 'byline' | 'author-note';

/** Where a quote stands outside an article's body: the kinds of its lines, the lines, the text. */
export interface QuotePlace {
  file: string;
  kinds: readonly NonBodyKind[];
  lines: readonly number[];
}

/** Why a tie is hidden at a scene's date. */
export type HiddenReason =
  { ended: string } | { starts: string } | { undated: string; source: string };

export type ProblemCode = keyof ProblemParamsByCode;
export type ProblemParams = ProblemParamsByCode[ProblemCode];
