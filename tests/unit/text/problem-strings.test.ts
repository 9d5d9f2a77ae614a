/**
 * The validator's problems in every shipped language (src/text/problem-strings.ts): each code's
 * sentence, with its params in place, in the language's script and digits; English stays the
 * validator's own sentence.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/data/figure-text.ts';
import type { ProblemCode, ProblemParamsByCode } from '../../../src/data/problem-params.ts';
import { PROBLEM_CODES, problemEn, subject } from '../../../src/data/problems.ts';
import { validateDataset } from '../../../src/data/validate.ts';
import { SHEET_FILES } from '../../../src/import/columns.ts';
import { importSheets } from '../../../src/import/sheets.ts';
import { folder, sheet, tieRow } from '../import/sheet-folder.ts';
import { loadLanguage, registerLanguage } from '../../../src/text/languages.ts';
import { targetLocales } from '../../../src/text/locale-codes.ts';
import { localisedProblem, problemText } from '../../../src/text/problem-strings.ts';

const tie = subject('tie', 'tie-42', { part: 'evidence' }, { part: 'translation' });
const layer = subject('layer', 'arms-7');
const scene = subject('scene', 'opening-9');
const known = { shown: ['known-a', 'known-b'], count: 30 };

/** One problem of every code, its params chosen so that each can be found in the sentence. */
const SAMPLES: { [C in ProblemCode]: ProblemParamsByCode[C] } = {
  'field.unknown': { what: tie, key: 'colour-x', known: ['id', 'name'] },
  'text.missing': { what: tie, key: 'quote-x' },
  'text.notString': { what: tie, key: 'quote-x', got: { type: 'number', value: '1234.5' } },
  'text.empty': { what: tie, key: 'quote-x' },
  'text.bidi': { what: tie, key: 'quote-x', controls: ['U+202E'] },
  'text.markup': { what: tie, key: 'quote-x', markup: '<b-x>' },
  'date.invalid': {
    what: tie,
    key: 'ended-x',
    unknownAllowed: true,
    got: { type: 'string', value: 'soon-x' },
  },
  'list.missing': { key: 'ties-x' },
  'list.notList': { key: 'ties-x', got: { type: 'object' } },
  'id.duplicate': { what: tie, id: 'dup-x', first: '$.ties[3]' },
  'url.invalid': { what: tie, got: { type: 'string', value: 'nowhere-x' } },
  'url.protocol': { what: tie, protocol: 'ftp-x:' },
  'point.invalid': { what: tie, got: { type: 'array' } },
  'point.offGlobe': { what: tie, lon: 1234, lat: 4567 },
  'entry.notObject': { kind: 'actor', got: { type: 'null', value: 'null' } },
  'source.publishedMissing': { what: subject('source', 'src-x') },
  'layer.idSeparator': { what: layer, suggestion: 'arms-sales-x' },
  'measure.notObject': { what: layer, got: { type: 'boolean', value: 'true' } },
  'actor.kind': { what: subject('actor'), kinds: ['country', 'other'], got: { type: 'nothing' } },
  'actor.needsPoint': { what: subject('actor', 'un-x'), kind: 'organisation' },
  'actor.noShape': { what: subject('actor', 'XYZ'), kind: 'country', id: 'XYZ' },
  'lang.invalid': { what: subject('translationKey'), got: { type: 'string', value: 'ar_EG' } },
  'lang.notCanonical': { what: tie, tag: 'AR-eg', canonical: 'ar-EG' },
  'names.notObject': { what: subject('actor', 'ISR'), got: { type: 'array' } },
  'credit.reviewed': { what: subject('translation', 'ar'), got: { type: 'number', value: '1234' } },
  'quoteTranslations.notList': { what: tie, got: { type: 'object' } },
  'quoteTranslation.notObject': { got: { type: 'string', value: 'text-x' } },
  'quoteTranslation.langMissing': { what: tie },
  'quoteTranslation.duplicate': { what: tie, lang: 'he', first: '$.ties[0].evidence[0]' },
  'translation.addedNumbers': {
    what: { root: 'translatedSummary', id: 'tie-42', lang: 'fa' },
    numbers: [1234],
    original: 'summary',
    originalText: 'Sales of arms-x',
  },
  'translatedEntries.notObject': {
    what: subject('translation', 'ar', { field: 'ties' }),
    kind: 'tie',
    got: { type: 'array' },
  },
  'translatedEntries.unknown': {
    what: subject('translation', 'ar', { field: 'layers' }),
    kind: 'layer',
    id: 'ghost-x',
    known,
  },
  'translatedEntry.notObject': {
    what: subject('translation', 'ar', { field: 'scenes' }),
    kind: 'scene',
    id: 'opening-9',
    fields: ['title', 'caption'],
    got: { type: 'number', value: '1234' },
  },
  'translations.notObject': { got: { type: 'array' } },
  'translation.notObject': { lang: 'ar-x', got: { type: 'null', value: 'null' } },
  'translation.measureUnused': { what: subject('translation', 'he'), layer: 'arms-7' },
  'translation.ofUnused': { what: subject('translation', 'he'), tie: 'tie-42' },
  'annotationTexts.notObject': {
    what: subject('translation', 'he', { field: 'annotations' }),
    got: { type: 'array' },
  },
  'annotationTexts.unknown': {
    what: subject('translation', 'he', { field: 'annotations' }),
    id: 'ghost-x',
    known,
  },
  'annotation.tooLong': { what: subject('annotation', 'note-x'), length: 1234, max: 120 },
  'annotation.notObject': { got: { type: 'nothing' } },
  'annotation.atMissing': { what: subject('annotation', 'note-x') },
  'annotation.atUnknown': {
    what: subject('annotation', 'note-x'),
    at: 'ghost-x',
    actors: known,
    ties: { shown: [], count: 0 },
  },
  'annotation.kind': {
    what: subject('annotation', 'note-x'),
    kinds: ['label', 'arrow'],
    got: { type: 'string', value: 'star-x' },
  },
  'credit.missing': { lang: 'ar-x', missing: ['translator', 'method'] },
  'figure.notObject': { what: subject('tie', 'tie-42'), got: { type: 'number', value: '1234' } },
  'figure.valueMissing': { what: subject('tie', 'tie-42') },
  'figure.valueNotNumber': {
    what: subject('tie', 'tie-42'),
    got: { type: 'string', value: '1234' },
    unquoted: '1234',
  },
  'figure.valueNotFinite': {
    what: subject('tie', 'tie-42'),
    got: { type: 'nonFinite', value: 'Infinity' },
  },
  'figure.negative': { what: subject('tie', 'tie-42'), value: -1234 },
  'figure.tooLarge': { what: subject('tie', 'tie-42'), value: 1234e12, max: 1e12 },
  'figure.upperInvalid': { what: subject('tie', 'tie-42'), got: { type: 'object' } },
  'figure.backwards': { what: subject('tie', 'tie-42'), upper: 1234, value: 4567 },
  'when.notObject': { what: subject('tie', 'tie-42'), got: { type: 'array' } },
  'when.backwards': { what: subject('tie', 'tie-42'), from: '2025-10', to: '2020-01' },
  'field.oneOf': {
    what: subject('tie', 'tie-42'),
    key: 'status',
    words: ['planned', 'reported'],
    got: { type: 'string', value: 'maybe-x' },
  },
  'evidence.notObject': { got: { type: 'array' } },
  'evidence.unknownSource': { what: subject('tie', 'tie-42'), source: 'ghost-x', known },
  'tie.unknownLayer': { what: subject('tie', 'tie-42'), layer: 'ghost-x', known },
  'tie.unknownActor': { what: subject('tie', 'tie-42'), end: 'to', actor: 'ghost-x', known },
  'tie.selfLoop': { what: subject('tie', 'tie-42'), actor: 'AZE' },
  'tie.stance': { what: subject('tie', 'tie-42'), got: { type: 'string', value: 'friendly-x' } },
  'tie.noEvidence': { what: subject('tie') },
  'tie.evidenceNotList': { what: subject('tie', 'tie-42'), got: { type: 'object' } },
  'idList.notList': { what: scene, kind: 'layer', got: { type: 'object' } },
  'idList.notString': { what: scene, kind: 'tie', got: { type: 'number', value: '1234' } },
  'idList.unknown': { what: scene, kind: 'scene', id: 'ghost-x', known },
  'scene.unknownFocus': { what: scene, actor: 'ghost-x', known },
  'scene.cameraInvalid': { what: scene, got: { type: 'array' } },
  'scene.cameraUpsideDown': { what: scene, south: 45.5, north: 12.25 },
  'notes.tooLong': { what: scene, length: 4567, max: 4000 },
  'measure.unused': { layer: 'arms-7', unit: 'US$ bn', units: ['%', 'units-x'] },
  'measure.mixed': {
    layer: 'arms-7',
    unit: 'US$ bn',
    inForce: { shown: ['tie-a'], count: 1 },
    tentative: { shown: ['tie-b', 'tie-c', 'tie-d', 'tie-e'], count: 9 },
  },
  'scene.tieLayerHidden': { what: scene, tie: 'tie-42', layer: 'arms-7', layers: ['energy-x'] },
  'scene.tieDateHidden': { what: scene, tie: 'tie-42', asOf: '2020-01', why: { starts: '2025' } },
  'scene.focusDateHidden': {
    what: scene,
    focus: 'AZE',
    asOf: '2020-01',
    ties: [
      { tie: 'tie-42', why: { ended: '2019' } },
      { tie: 'tie-43', why: { undated: '2024', source: 'src-x' } },
    ],
    more: true,
  },
  'dataset.notObject': { format: 'ties-map/1', got: { type: 'array' } },
  'format.missing': { format: 'ties-map/1' },
  'format.unknown': { format: 'ties-map/1', got: { type: 'string', value: 'ties-map/9' } },
  'source.uncited': { source: 'src-x' },
  'json.invalid': { reason: 'Unexpected end of JSON input' },
  'read.failed': { reason: 'getter exploded' },
  'sheet.columnTwice': { column: 'name-x' },
  'sheet.columnUnknown': {
    column: 'colour-x',
    index: 1234,
    file: 'ties.csv',
    known: ['id', 'name'],
  },
  'sheet.columnUnnamed': { index: 1234 },
  'sheet.columnMissing': {
    column: 'quote-x',
    file: 'ties.csv',
    required: ['id', 'quote-x'],
    optional: ['note-x'],
  },
  'sheet.languageColumn': { tag: 'arabic-x', base: 'summary' },
  'sheet.numberPercent': { text: '69 %', write: '69-x' },
  'sheet.numberThousands': { text: '1,234', write: '1234-x' },
  'sheet.numberComma': { text: '1,5', write: '1.5-x' },
  'sheet.numberDigits': { text: 'about 5', write: '5-x', unitHint: true },
  'sheet.pointHalf': { has: 'lat', lacks: 'lon' },
  'sheet.tieDisagrees': { tie: 'tie-42', text: 'arms-x', first: 'energy-x', firstRow: 1234 },
  'sheet.tieNoId': {},
  'sheet.cameraPartial': { missing: ['south-x', 'north-x'] },
  'sheet.datasetRows': {},
  'sheet.fileMissing': { file: 'ties-x' },
  'quote.notFound': {
    quote: 'Over 60-x',
    named: 'gazette-x',
    closest: { file: 'gazette-x', passage: 'over 60-x', at: 1234, has: 'O', textHas: 'o' },
  },
  'quote.elsewhere': { source: 'src-x', named: 'a-x', found: ['b-x'] },
  'quote.notEvidence': {},
  'quote.captionInBody': { file: 'gazette-x' },
  'quote.captionNotEvidence': { file: 'gazette-x', kinds: ['byline'], lines: [1234] },
  'quote.onlyCaption': { file: 'gazette-x', kinds: ['caption'], lines: [1234, 4567] },
  'quote.notBody': { file: 'gazette-x', kinds: ['navigation', 'teaser'], lines: [1234] },
  'quote.unstated': { field: 'summary-x', number: 1234, quotes: ['Over 60-x', 'in May-x'] },
  'quote.sidecarStale': { line: 1234, says: 'Home-x', file: 'gazette-x', reads: 'News-x' },
  'quote.sourceMismatch': { source: 'src-x', field: 'url', ours: 'a-x', file: 'gazette-x' },
  'import.latin1': {},
  'sheet.titleMissing': {},
};

/** Further params of codes whose sentence has more than one form, each checked like the samples. */
const VARIANTS: { [C in ProblemCode]?: ProblemParamsByCode[C][] } = {
  'quote.unstated': [
    { field: 'when.from-x', date: '2025-08-14', quotes: ['in May-x'] },
    { field: 'when.to-x', date: '2026', quotes: [] },
  ],
  'quote.sourceMismatch': [
    { source: 'src-x', field: 'title', theirs: 'Gazette-x', file: 'gazette-x' },
  ],
};

/** The ids, keys and words of the data a sample names: each must reach the sentence as written. */
function named(params: unknown): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string' && /-x$|^tie-\d+$|^arms-7$|^opening-9$|^known-/.test(value))
      out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(params);
  return out;
}

const problemOf = (code: ProblemCode, params: unknown = SAMPLES[code]) => ({
  code,
  params,
  message: problemEn(code, params as never),
});

/** Every sample and variant, as problems. */
const allProblems = () =>
  PROBLEM_CODES.flatMap((code) => [
    problemOf(code),
    ...((VARIANTS[code] ?? []) as unknown[]).map((params) => problemOf(code, params)),
  ]);

/** Letters of each script: a sentence in the language holds some (Latin for Azerbaijani and Turkish). */
const SCRIPT: Record<string, RegExp> = {
  ar: /\p{Script=Arabic}/u,
  fa: /\p{Script=Arabic}/u,
  he: /\p{Script=Hebrew}/u,
  ru: /\p{Script=Cyrillic}/u,
  hy: /\p{Script=Armenian}/u,
  az: /\p{Script=Latin}/u,
  tr: /\p{Script=Latin}/u,
};

beforeAll(async () => {
  await Promise.all(targetLocales.map((code) => loadLanguage(code)));
  // A language with no messages of its own: its sentences are the English sources.
  registerLanguage('qqq', {});
});

describe("the validator's problems in the reader's language", () => {
  it('has a sample of every code', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...PROBLEM_CODES].sort());
  });

  it('reads the validator’s own English sentence in English', () => {
    for (const problem of allProblems()) {
      expect(localisedProblem(problem, 'en')).toBeUndefined();
      expect(problemText(problem, 'en-GB')).toEqual({ text: problem.message, lang: 'en' });
    }
  });

  it.each([...targetLocales])('writes every code in %s, its params in place', (lang) => {
    for (const problem of allProblems()) {
      const { code } = problem;
      const text = localisedProblem(problem, lang);
      expect(text, code).toBeDefined();
      expect(problemText(problem, lang), code).toEqual({ text, lang });
      expect(text, code).not.toContain('${');
      expect(text, code).not.toMatch(/undefined|NaN|\[object/);
      expect(text, code).toMatch(SCRIPT[lang]!);
      // Translated, not the English source the messages fall back to.
      expect(text, code).not.toBe(localisedProblem(problem, 'qqq'));
      for (const value of named(problem.params)) expect(text, `${code}: ${value}`).toContain(value);
    }
  });

  it('writes the numbers a problem names in Persian digits in Persian', () => {
    const fa = (code: ProblemCode) => localisedProblem(problemOf(code), 'fa')!;
    expect(fa('annotation.tooLong')).toContain(formatNumber(1234, 'fa'));
    expect(fa('annotation.tooLong')).toContain('۱');
    expect(fa('notes.tooLong')).toContain(formatNumber(4000, 'fa'));
    expect(fa('point.offGlobe')).toContain(formatNumber(4567, 'fa'));
    expect(fa('text.notString')).toContain(formatNumber(1234.5, 'fa'));
    expect(fa('json.invalid')).toContain('Unexpected end of JSON input');
    for (const code of ['annotation.tooLong', 'notes.tooLong', 'figure.backwards'] as const)
      expect(fa(code), code).not.toMatch(/1234|4567|4000/);
    // The quote checks' line numbers and the numbers a tie states; a date with its month's name.
    for (const code of ['quote.sidecarStale', 'quote.onlyCaption'] as const) {
      expect(fa(code), code).toContain(formatNumber(1234, 'fa'));
      expect(fa(code), code).not.toMatch(/1234|4567/);
    }
    // A number a tie states reads as the data writes it, ungrouped (a year is 2023, not 2,023).
    expect(fa('quote.unstated')).toContain('۱۲۳۴');
    const date = { field: 'when.from', date: '2025-08-14', quotes: ['q'] };
    expect(localisedProblem(problemOf('quote.unstated', date), 'ru')).toMatch(/авг/);
    expect(localisedProblem(problemOf('quote.unstated', date), 'ru')).toContain('2025-08-14');
  });

  it('tells a real dataset’s problems in Persian, each with its ids, falling back for the unknown', () => {
    const { problems } = validateDataset({
      format: 'ties-map/1',
      title: 'x',
      sources: [{ id: 's1', title: 't', publisher: 'p', published: '2020' }],
      actors: [{ id: 'AZE', name: 'Azerbaijan', kind: 'country' }],
      ties: [{ id: 't3', layer: 'arms', from: 'AZE', to: 'ISR', summary: 's', evidence: [] }],
    });
    const texts = problems.map((p) => problemText(p, 'fa-IR'));
    expect(texts.map((t) => t.lang)).toEqual(problems.map(() => 'fa'));
    expect(texts.find((t) => t.text.includes('ISR'))?.text).toMatch(/پیوند «\u2068t3\u2069»/);
    // A problem with no code (the loader's) or an unknown one reads in English.
    expect(problemText({ message: 'Could not fetch.' }, 'fa')).toEqual({
      text: 'Could not fetch.',
      lang: 'en',
    });
    expect(
      problemText({ message: 'Odd.', code: 'no.such' as ProblemCode, params: {} }, 'fa'),
    ).toEqual({ text: 'Odd.', lang: 'en' });
    // Params that do not fit their code (a problem a page script built): English, no exception.
    expect(problemText({ message: 'Bad.', code: 'tie.selfLoop', params: null }, 'ru')).toEqual({
      text: 'Bad.',
      lang: 'en',
    });
  });

  it('tells a spreadsheet folder’s problems in Persian, the import’s and the validator’s', () => {
    const ties = sheet('ties', [tieRow({ value: '1,234' }), tieRow({ id: 't2', to: 'XXX' })]);
    const problems = importSheets(folder({ ties })).problems.filter((p) => p.severity === 'error');
    expect(problems.map((p) => p.code)).toEqual(
      expect.arrayContaining(['sheet.numberThousands', 'tie.unknownActor']),
    );
    for (const p of problems) {
      const { text, lang } = problemText(p, 'fa');
      expect(lang, p.message).toBe('fa');
      expect(text).toMatch(/\p{Script=Arabic}/u);
    }
    expect(
      problemText(
        problems.find((p) => p.code === 'sheet.numberThousands')!,
        'fa',
      ).text,
    ).toContain('1234');
  });

  it('tells a validator problem that no cell holds in Persian, its JSON path kept for the place', () => {
    const columns = [...SHEET_FILES.ties.columns, 'summary@ar'];
    const ties = sheet('ties', [tieRow({ 'summary@ar': 'نص' })], columns);
    // Without a dataset.csv, no file holds the translation's credits or the title.
    const files = folder({ ties });
    delete files.dataset;
    const { problems } = importSheets(files);
    const credit = problems.find((p) => p.path === '$.translations.ar.translator')!;
    // The command line reads the path first, as before.
    expect(credit.message).toBe(
      '$.translations.ar.translator: The translation into "ar" needs a "translator" (a non-empty string).',
    );
    expect(credit.code).toBe('text.missing');
    expect(problemText(credit, 'fa')).toEqual({
      text: expect.stringMatching(/\p{Script=Arabic}/u),
      lang: 'fa',
    });
    // The title's sentence says where to give it.
    const title = problems.find((p) => p.path === '$.title')!;
    expect(title.message).toBe(
      'The dataset needs a "title" (a non-empty string). Add a dataset.csv with a title column (and optionally description).',
    );
    expect(problemText(title, 'fa').lang).toBe('fa');
    expect(problemText(title, 'fa').text).toContain('\u2068dataset.csv\u2069');
  });

  it('starts a sentence that opens with its subject with a capital', () => {
    expect(localisedProblem(problemOf('tie.noEvidence'), 'ru')).toMatch(/^Эта связь/);
    expect(localisedProblem(problemOf('tie.noEvidence'), 'tr')).toMatch(/^Bu ilişki/);
  });
});
