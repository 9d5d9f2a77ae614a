/**
 * Each problem's sentence in English, made from its code and params: the validator's `message`,
 * which the command lines, the JSON output and the tests read.
 */
import type {
  Got,
  HiddenReason,
  IdList,
  NonBodyKind,
  ProblemCode,
  ProblemParamsByCode,
  QuotePlace,
  Subject,
} from './problem-params.ts';
import { expectedWords } from './quote-numbers.ts';
import { describeCharacter } from './quotes.ts';

const KIND_WORDS: Record<NonBodyKind, string> = {
  navigation: 'site navigation',
  caption: 'a photo caption',
  teaser: 'a teaser (a card for another article)',
  byline: 'a byline',
  'author-note': 'the author note',
};

/** `a photo caption (line 12 of gazette.txt)`. */
function placeEn(p: QuotePlace): string {
  const kinds = [...new Set(p.kinds)].map((k) => KIND_WORDS[k]).join(' and ');
  return `${kinds} (line ${p.lines.join(', ')} of ${p.file})`;
}

const fieldEn = (field: string, value: string | undefined): string =>
  value === undefined ? `no ${field}` : `${field} “${value}”`;

const ROOT_EN: Record<
  'source' | 'layer' | 'actor' | 'tie' | 'scene' | 'annotation',
  [string, string]
> = {
  source: ['Source', 'This source'],
  layer: ['Layer', 'This layer'],
  actor: ['Actor', 'This actor'],
  tie: ['Tie', 'This tie'],
  scene: ['Scene', 'This scene'],
  annotation: ['Annotation', 'This annotation'],
};

const PART_EN = {
  measure: "'s measure",
  figure: "'s figure",
  evidence: "'s evidence",
  translation: "'s translation",
  namesKey: `'s "names" key`,
  quoteLang: `'s quote "lang"`,
  cameraSouthWest: "'s camera south-west corner",
  cameraNorthEast: "'s camera north-east corner",
} as const;

/** The subject in the validator's English: `Tie "t3"'s evidence's translation`. */
export function subjectEn(what: Subject): string {
  let text: string;
  switch (what.root) {
    case 'dataset':
      text = 'The dataset';
      break;
    case 'translation':
      text = `The translation into "${what.id}"`;
      break;
    case 'translationKey':
      text = "A translation's key";
      break;
    case 'translatedSummary':
      text = `The "${what.lang}" summary of tie "${what.id}"`;
      break;
    case 'translatedOf':
      text = `The "${what.lang}" figure "of" of tie "${what.id}"`;
      break;
    case 'translatedAnnotation':
      text = `The "${what.lang}" text of annotation "${what.id}"`;
      break;
    default: {
      const [named, unnamed] = ROOT_EN[what.root];
      text = what.id === undefined ? unnamed : `${named} "${what.id}"`;
    }
  }
  for (const s of what.steps ?? []) {
    if ('field' in s) text += `'s "${s.field}"`;
    else if ('part' in s) text += PART_EN[s.part];
    else if ('entry' in s) text += ` for ${s.entry} "${s.id}"`;
    else text += ` into "${s.into}"`;
  }
  return text;
}

export function gotEn(value: Got): string {
  switch (value.type) {
    case 'null':
      return 'null';
    case 'array':
      return 'an array';
    case 'string':
      return `the string ${JSON.stringify(value.value)}`;
    case 'number':
      return `the number ${value.value}`;
    case 'object':
      return 'an object';
    case 'nothing':
      return 'nothing';
    case 'boolean':
      return `boolean ${value.value}`;
    default:
      return value.value ?? '';
  }
}

export function idListEn(list: IdList): string {
  if (list.count === 0) return 'none are defined';
  return list.count > list.shown.length
    ? `${list.shown.join(', ')}, … (${list.count} in all)`
    : list.shown.join(', ');
}

function quotedEn(list: IdList): string {
  const shown = list.shown.map((id) => `"${id}"`).join(', ');
  return list.count > list.shown.length ? `${shown}, … (${list.count} in all)` : shown;
}

export function hiddenEn(why: HiddenReason): string {
  if ('ended' in why) return `it ended in ${why.ended}`;
  if ('starts' in why) return `it starts in ${why.starts}`;
  return `it is undated, and its earliest source ("${why.source}") dates from ${why.undated}`;
}

const ORIGINAL_EN = {
  quote: 'the quote',
  summary: 'the English summary',
  of: 'the English "of"',
  text: 'the English text',
} as const;

const w = subjectEn;

/** Each code's English sentence: the validator's `message`. */
export const PROBLEM_EN: { [C in ProblemCode]: (p: ProblemParamsByCode[C]) => string } = {
  'field.unknown': (p) =>
    `${w(p.what)} has a field "${p.key}" that ties-map/1 does not define; it is ignored (known fields: ${p.known.join(', ')}).`,
  'text.missing': (p) =>
    `${w(p.what)} needs ${p.key === 'id' ? 'an' : 'a'} "${p.key}" (a non-empty string).`,
  'text.notString': (p) => `${w(p.what)}'s "${p.key}" must be a string; got ${gotEn(p.got)}.`,
  'text.empty': (p) => `${w(p.what)}'s "${p.key}" is empty.`,
  'text.bidi': (p) =>
    `${w(p.what)}'s "${p.key}" contains invisible bidirectional control characters (${p.controls.join(', ')}), which can reorder how it reads (after U+202E, "gnp.exe" shows as "exe.png"); the evidence card writes them as code points. Remove them unless the text needs them.`,
  'text.markup': (p) =>
    `${w(p.what)}'s "${p.key}" contains markup (${JSON.stringify(p.markup)}); it will be shown as plain text, never rendered as HTML.`,
  'date.invalid': (p) =>
    `${w(p.what)}'s "${p.key}" must be an ISO 8601 date such as "2025", "2025-10" or "2025-10-13"${p.unknownAllowed ? ', or "unknown"' : ''}; got ${gotEn(p.got)}.`,
  'list.missing': (p) => `The dataset needs "${p.key}", a list.`,
  'list.notList': (p) => `"${p.key}" must be a list; got ${gotEn(p.got)}.`,
  'id.duplicate': (p) =>
    `${w(p.what)} reuses the id "${p.id}", already used at ${p.first}; ids must be unique.`,
  'url.invalid': (p) => `${w(p.what)}'s "url" is not a valid absolute URL; got ${gotEn(p.got)}.`,
  'url.protocol': (p) =>
    `${w(p.what)}'s "url" must start with http:// or https://; "${p.protocol}" links are not allowed.`,
  'point.invalid': (p) =>
    `${w(p.what)} must be [longitude, latitude], two numbers; got ${gotEn(p.got)}.`,
  'point.offGlobe': (p) =>
    `${w(p.what)} [${p.lon}, ${p.lat}] is off the globe: longitude must lie in −180…180 and latitude in −90…90.`,
  'entry.notObject': (p) => `Each ${p.kind} must be an object; got ${gotEn(p.got)}.`,
  'source.publishedMissing': (p) =>
    `${w(p.what)} needs "published": an ISO 8601 date, or "unknown".`,
  'layer.idSeparator': (p) =>
    `${w(p.what)}'s id cannot contain spaces or commas (the layers attribute separates ids with them); use e.g. "${p.suggestion}".`,
  'measure.notObject': (p) =>
    `${w(p.what)}'s "measure" must be an object such as {"unit": "%", "label": "share of the partner's supply"}; got ${gotEn(p.got)}.`,
  'actor.kind': (p) =>
    `${w(p.what)}'s "kind" must be one of ${p.kinds.join(', ')}; got ${gotEn(p.got)}.`,
  'actor.needsPoint': (p) =>
    `${w(p.what)} is of kind "${p.kind}", which has no shape on the map, so it needs a "point": [longitude, latitude].`,
  'actor.noShape': (p) =>
    `${w(p.what)} is a ${p.kind}, but the geodata has no shape with the id "${p.id}"; use an ISO 3166-1 alpha-3 code (e.g. "AZE") or an ISO 3166-2 code the geodata has (e.g. "PS-GZA"), or give a "point": [longitude, latitude].`,
  'lang.invalid': (p) =>
    `${w(p.what)} must be a language tag (BCP 47) such as "ar", "he" or "fa-IR"; got ${gotEn(p.got)}.`,
  'lang.notCanonical': (p) =>
    `${w(p.what)} ${JSON.stringify(p.tag)} is written "${p.canonical}" as a language tag; write that.`,
  'names.notObject': (p) =>
    `${w(p.what)}'s "names" must be an object of names by language, such as {"he": "…", "ar": "…"}; got ${gotEn(p.got)}.`,
  'credit.reviewed': (p) =>
    `${w(p.what)} needs "reviewed": who reviewed the translation, or false when no one has; got ${gotEn(p.got)}.`,
  'quoteTranslations.notList': (p) =>
    `${w(p.what)}'s "translations" must be a list of {"lang", "text"}; got ${gotEn(p.got)}.`,
  'quoteTranslation.notObject': (p) =>
    `Each translation of a quote must be an object with "lang" and "text"; got ${gotEn(p.got)}.`,
  'quoteTranslation.langMissing': (p) =>
    `${w(p.what)} needs "lang": the language it is written in, such as "ar".`,
  'quoteTranslation.duplicate': (p) =>
    `${w(p.what)}'s quote has two translations into "${p.lang}" (the first at ${p.first}); keep one.`,
  'translation.addedNumbers': (p) =>
    `${w(p.what)} states ${p.numbers.map((n) => `the number ${n}`).join(', ')}, which ${ORIGINAL_EN[p.original]} does not (${JSON.stringify(p.originalText)}); a translation says what the original says.`,
  'translatedEntries.notObject': (p) =>
    `${w(p.what)} must be an object of ${p.kind}s by id; got ${gotEn(p.got)}.`,
  'translatedEntries.unknown': (p) =>
    `${w(p.what)} translates ${p.kind} "${p.id}", which is not defined; known ${p.kind}s: ${idListEn(p.known)}.`,
  'translatedEntry.notObject': (p) =>
    `${w(p.what)} for ${p.kind} "${p.id}" must be an object with ${p.fields.map((f) => `"${f}"`).join(' or ')}; got ${gotEn(p.got)}.`,
  'translations.notObject': (p) =>
    `"translations" must be an object of translations by language tag, such as {"ar": {…}, "he": {…}}; got ${gotEn(p.got)}.`,
  'translation.notObject': (p) =>
    `The translation into ${JSON.stringify(p.lang)} must be an object with "translator", "method" and "reviewed"; got ${gotEn(p.got)}.`,
  'translation.measureUnused': (p) =>
    `${w(p.what)} gives layer "${p.layer}" a measure label, but the layer declares no measure; it is not shown.`,
  'translation.ofUnused': (p) =>
    `${w(p.what)} translates the figure's "of" of tie "${p.tie}", which has none; it is not shown.`,
  'annotationTexts.notObject': (p) =>
    `${w(p.what)} must be an object of call-out texts by annotation id, such as {"undecided": "…"}; got ${gotEn(p.got)}.`,
  'annotationTexts.unknown': (p) =>
    `${w(p.what)} translates annotation "${p.id}", which is not defined; known annotations: ${idListEn(p.known)}.`,
  'annotation.tooLong': (p) =>
    `${w(p.what)}'s text is ${p.length} characters long; a call-out may hold at most ${p.max} (a phrase on the map). Shorten it, or say the rest in the scene's caption.`,
  'annotation.notObject': (p) =>
    `Each annotation must be an object with "id", "text" and "at"; got ${gotEn(p.got)}.`,
  'annotation.atMissing': (p) =>
    `${w(p.what)} needs "at": an actor id, a tie id, or [longitude, latitude].`,
  'annotation.atUnknown': (p) =>
    `${w(p.what)} points at "${p.at}", which is neither an actor nor a tie; known actors: ${idListEn(p.actors)}; known ties: ${idListEn(p.ties)}.`,
  'annotation.kind': (p) =>
    `${w(p.what)}'s "kind" must be one of ${p.kinds.join(', ')}; got ${gotEn(p.got)}.`,
  'credit.missing': (p) =>
    `This translation into "${p.lang}" does not say ${p.missing.map((k) => `"${k}"`).join(', ')}; give ${p.missing.length > 1 ? 'them' : 'it'} here, or in $.translations["${p.lang}"] for every text in that language.`,
  'figure.notObject': (p) =>
    `${w(p.what)}'s "figure" must be an object with a "value" and a "unit"; got ${gotEn(p.got)}.`,
  'figure.valueMissing': (p) => `${w(p.what)}'s figure needs a "value", a number.`,
  'figure.valueNotNumber': (p) =>
    `${w(p.what)}'s figure "value" must be a number; got ${gotEn(p.got)}${p.unquoted !== undefined ? ` (write ${p.unquoted} without quotes)` : ''}.`,
  'figure.valueNotFinite': (p) =>
    `${w(p.what)}'s figure "value" must be a finite number; got ${gotEn(p.got)}.`,
  'figure.negative': (p) =>
    `${w(p.what)}'s figure "value" is ${p.value}; figures must be 0 or more (put direction in "from" and "to", and hostility in "stance").`,
  'figure.tooLarge': (p) =>
    `${w(p.what)}'s figure "value" is ${p.value}, above the largest figure ties-map accepts (${p.max.toLocaleString('en-US')}); write it in a larger unit (e.g. "US$ bn" instead of "US$").`,
  'figure.upperInvalid': (p) =>
    `${w(p.what)}'s figure "upper" (the top of a range) must be a finite number; got ${gotEn(p.got)}.`,
  'figure.backwards': (p) =>
    `${w(p.what)}'s figure runs backwards: "upper" ${p.upper} is below "value" ${p.value}; a range "60–69" is "value": 60, "upper": 69.`,
  'when.notObject': (p) =>
    `${w(p.what)}'s "when" must be an object such as {"from": "2016", "to": "2020"}; got ${gotEn(p.got)}.`,
  'when.backwards': (p) =>
    `${w(p.what)}'s period runs backwards: "from" ${p.from} is after "to" ${p.to}.`,
  'field.oneOf': (p) =>
    `${w(p.what)}'s "${p.key}" must be one of ${p.words.map((x) => `"${x}"`).join(', ')}; got ${gotEn(p.got)}.`,
  'evidence.notObject': (p) =>
    `Each evidence entry must be an object with "source" and "quote"; got ${gotEn(p.got)}.`,
  'evidence.unknownSource': (p) =>
    `${w(p.what)} cites source "${p.source}", which is not defined; known sources: ${idListEn(p.known)}.`,
  'tie.unknownLayer': (p) =>
    `${w(p.what)} is in layer "${p.layer}", which is not defined; known layers: ${idListEn(p.known)}.`,
  'tie.unknownActor': (p) =>
    `${w(p.what).replace(/^Tie/, 'tie')} ${p.end === 'from' ? 'comes from' : 'points to'} actor "${p.actor}", which is not defined; known actors: ${idListEn(p.known)}.`,
  'tie.selfLoop': (p) =>
    `${w(p.what)} runs from "${p.actor}" to itself; a tie needs two different actors.`,
  'tie.stance': (p) =>
    `${w(p.what)}'s "stance" must be "cooperative" or "adversarial"; got ${gotEn(p.got)}.`,
  'tie.noEvidence': (p) =>
    `${w(p.what)} has no evidence; every tie needs at least one {"source", "quote"} from a source text.`,
  'tie.evidenceNotList': (p) =>
    `${w(p.what)}'s "evidence" must be a list of {"source", "quote"}; got ${gotEn(p.got)}.`,
  'idList.notList': (p) => `${w(p.what)} must be a list of ${p.kind} ids; got ${gotEn(p.got)}.`,
  'idList.notString': (p) => `${w(p.what)} must hold ${p.kind} ids (strings); got ${gotEn(p.got)}.`,
  'idList.unknown': (p) =>
    `${w(p.what)} names ${p.kind} "${p.id}", which is not defined; known ${p.kind}s: ${idListEn(p.known)}.`,
  'scene.unknownFocus': (p) =>
    `${w(p.what)} focuses actor "${p.actor}", which is not defined; known actors: ${idListEn(p.known)}.`,
  'scene.cameraInvalid': (p) =>
    `${w(p.what)}'s "camera" must be [[west, south], [east, north]]; got ${gotEn(p.got)}.`,
  'scene.cameraUpsideDown': (p) =>
    `${w(p.what)}'s camera is upside down: its south edge ${p.south} is not below its north edge ${p.north}.`,
  'notes.tooLong': (p) =>
    `${w(p.what)}'s "notes" are ${p.length} characters long; speaker notes may hold at most ${p.max} (about a page a presenter can glance at). Shorten them or split the scene.`,
  'measure.unused': (p) =>
    `Layer "${p.layer}" measures its widths in "${p.unit}", but no tie of the layer has a figure in that unit, so no width is set by it (units its ties carry: ${p.units.length > 0 ? p.units.join(', ') : 'none'}).`,
  'measure.mixed': (p) =>
    `Layer "${p.layer}" measures "${p.unit}" with figures in force (${quotedEn(p.inForce)}) and planned or potential ones (${quotedEn(p.tentative)}), two kinds of quantity: the planned and potential figures draw at the neutral width, written, and set no width. Give them a unit of their own (e.g. "${p.unit} offered" or "${p.unit} targeted").`,
  'scene.tieLayerHidden': (p) =>
    `${w(p.what)} highlights tie "${p.tie}" of layer "${p.layer}", which the scene does not show (its layers: ${p.layers.join(', ')}).`,
  'scene.tieDateHidden': (p) =>
    `${w(p.what)} highlights tie "${p.tie}", which its date ${p.asOf} does not show: ${hiddenEn(p.why)}. Date the scene later, or highlight another tie.`,
  'scene.focusDateHidden': (p) =>
    `${w(p.what)} focuses "${p.focus}", but its date ${p.asOf} shows none of its ties on the scene's layers (${p.ties
      .map((t) => `"${t.tie}": ${hiddenEn(t.why)}`)
      .join('; ')}${p.more ? '; …' : ''}).`,
  'dataset.notObject': (p) =>
    `A ties-map dataset must be a JSON object with "format": "${p.format}"; got ${gotEn(p.got)}.`,
  'format.missing': (p) => `The dataset needs "format": "${p.format}".`,
  'format.unknown': (p) =>
    `Only format "${p.format}" can be read; the dataset says ${gotEn(p.got)}.`,
  'source.uncited': (p) => `Source "${p.source}" is not cited by any tie.`,
  'json.invalid': (p) =>
    p.line === undefined
      ? `The file is not valid JSON: ${p.reason}.`
      : `The file is not valid JSON: line ${p.line}, column ${p.column}: ${p.reason}.`,
  'read.failed': (p) => `The dataset could not be read: ${p.reason}.`,
  'sheet.columnTwice': (p) => `the column "${p.column}" appears twice; keep one.`,
  'sheet.columnUnknown': (p) =>
    `"${p.column}" (column ${p.index}) is not a column ${p.file} defines; its cells are ignored (columns: ${p.known.join(', ')}).`,
  'sheet.columnUnnamed': (p) =>
    `column ${p.index} has no header but holds data; its cells are ignored (name the column or delete it).`,
  'sheet.columnMissing': (p) =>
    `the header row has no column "${p.column}"; ${p.file} needs ${p.required.join(', ')} (and may have ${p.optional.join(', ')}).`,
  'sheet.languageColumn': (p) =>
    `"${p.tag}" is not a language tag (BCP 47); write the column as ${p.base}@ar, ${p.base}@he, ${p.base}@fa-IR …`,
  'sheet.numberPercent': (p) =>
    `${JSON.stringify(p.text)} is not a number; write ${p.write} and put % in unit.`,
  'sheet.numberThousands': (p) =>
    `${JSON.stringify(p.text)} is not a number; write ${p.write} without thousands separators.`,
  'sheet.numberComma': (p) =>
    `${JSON.stringify(p.text)} is not a number; write ${p.write} with a decimal point.`,
  'sheet.numberDigits': (p) =>
    `${JSON.stringify(p.text)} is not a number; write digits only (e.g. ${p.write})${p.unitHint ? ' and put the unit in unit' : ''}.`,
  'sheet.pointHalf': (p) =>
    `the actor has a ${p.has} but no ${p.lacks}; give both, or neither for a country with a shape.`,
  'sheet.tieDisagrees': (p) =>
    `tie "${p.tie}" has ${JSON.stringify(p.text)} here but ${JSON.stringify(p.first)} in row ${p.firstRow}; rows of one tie must agree (leave the cell empty on its further rows).`,
  'sheet.tieNoId': () =>
    'this row has no tie id; every row of ties.csv names the tie its quote supports.',
  'sheet.cameraPartial': (p) =>
    `the camera needs all four of west, south, east, north; ${p.missing.join(', ')} ${p.missing.length === 1 ? 'is' : 'are'} empty.`,
  'sheet.datasetRows': () =>
    'only the first row under the header is read; the dataset has one title.',
  'sheet.fileMissing': (p) =>
    `the folder has no ${p.file}; export that tab as CSV (UTF-8) under this name.`,
  'quote.notFound': (p) => {
    const where = p.named !== undefined ? `${p.named} (the text its source is quoted from)` : '';
    const base = `quote not found in ${p.named !== undefined ? where : 'any text'}: “${p.quote}”`;
    if (!p.closest) return `${base}; no passage of ${where || 'any of the texts'} comes close.`;
    const c = p.closest;
    return `${base}; closest passage in ${c.file}: “${c.passage}”; first difference at character ${c.at} of the quote: it has ${describeCharacter(c.has)} where the text has ${describeCharacter(c.textHas)}.`;
  },
  'quote.elsewhere': (p) =>
    `source "${p.source}" is quoted from ${p.named} elsewhere, but this quote is only in ${p.found.join(', ')}.`,
  'quote.notEvidence': () =>
    'not an evidence entry with a "quote" string; run npm run validate on it.',
  'quote.captionInBody': (p) =>
    `the evidence says "in": "caption", but the quote stands in the body of ${p.file}; drop "in" (the card would say "photo caption").`,
  'quote.captionNotEvidence': (p) =>
    `the evidence says "in": "caption", but the quote stands only in ${placeEn(p)}, which is never evidence.`,
  'quote.onlyCaption': (p) =>
    `the quote stands only in ${placeEn(p)}, not in the article's body; if the caption is the evidence you mean, mark it "in": "caption" (the card then says "photo caption"), otherwise quote the body.`,
  'quote.notBody': (p) =>
    `the quote stands only in ${placeEn(p)}, which is never evidence; quote the article's body.`,
  'quote.unstated': (p) =>
    `${p.field} states ${expectedWords(p)}, which none of the tie's quotes states; quotes searched: ${p.quotes.length === 0 ? 'no quotes' : p.quotes.map((q) => `“${q}”`).join(' · ')}`,
  'quote.sidecarStale': (p) =>
    `the sidecar says line ${p.line} is “${p.says}”, but that line of ${p.file} reads “${p.reads}”; the sidecar is out of date.`,
  'quote.sourceMismatch': (p) =>
    `source "${p.source}" gives ${fieldEn(p.field, p.ours)}, but the sidecar of ${p.file} says ${fieldEn(p.field, p.theirs)}${p.field === 'url' ? ' (never guess a URL)' : ''}.`,
  'import.latin1': () =>
    'is not UTF-8; read as Latin-1 (Windows-1252). Check its accents and typographic quotes, or export it again as "CSV UTF-8".',
  'sheet.titleMissing': () =>
    'The dataset needs a "title" (a non-empty string). Add a dataset.csv with a title column (and optionally description).',
};
