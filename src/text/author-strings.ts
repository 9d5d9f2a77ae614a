/**
 * The authoring page's own words (`<ties-author>`), one `AuthorStrings` object per language, made
 * as the element's are (strings.ts): English `msg()` sources, the other languages from xliff/.
 * Kept apart from the element's `Strings` so a page that only shows maps never builds them.
 * What the validator, the import and the quote checks say is told through problem-strings.ts.
 */
import { msg, str } from './msg.ts';
import { num, plural } from './strings/counting.ts';
import { perLanguage } from './strings/per-language.ts';

export interface AuthorStrings {
  /** The language these strings are in (a shipped one). */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** A number in this language's digits. */
  number: (value: number) => string;
  heading: string;
  intro: string;
  filesAndProblems: string;
  mapRegion: string;
  dropHere: string;
  /** Follows "Drop files here" in bold: what the page takes. */
  dropWhat: string;
  chooseFiles: string;
  chooseFolder: string;
  pasteInstead: string;
  pasteLabel: string;
  pasteAs: string;
  pasteAuto: string;
  pasteDataset: string;
  pasteUse: string;
  noProblems: string;
  errorsAndWarnings: (errors: number, warnings: number) => string;
  fixToDownload: string;
  quotesChecked: (quotes: number, texts: number, failures: number) => string;
  dropTexts: string;
  downloadDataset: string;
  downloadBriefing: string;
  removeAll: string;
  languagesBesides: string;
  noCredit: string;
  notReviewed: (method: string) => string;
  reviewedBy: (method: string, who: string) => string;
  translationProblems: string;
  listSeparator: string;
  severity: { error: string; warning: string };
  quoteCheck: string;
  /** Where a problem is: the parts of "ties.csv, row 14, column value". */
  placeDataset: string;
  placeRow: (row: number) => string;
  placeColumn: (column: string) => string;
  notesSummary: (withNotes: number, scenes: number) => string;
  notesHint: string;
  calloutsSummary: (count: number) => string;
  calloutsHint: string;
  calloutActor: (id: string) => string;
  calloutTie: (id: string) => string;
  calloutPoint: (lon: string, lat: string) => string;
  calloutEveryView: string;
  calloutKinds: Record<'label' | 'arrow' | 'circle', string>;
  calloutWhere: (kind: string, at: string, scenes: string) => string;
  fileCount: (count: number) => string;
  roles: { sheet: string; dataset: string; text: string; sidecar: string };
  latin1: string;
  remove: string;
  removeFile: (name: string) => string;
  mapAfterErrors: (errors: number) => string;
  mapAfterFiles: string;
  stale: string;
  thePage: string;
  pageFailed: (reason: string) => string;
  checkFailed: (reason: string) => string;
  // The intake's sentences, after the file's name.
  notFolderFile: (files: string) => string;
  notReadable: (files: string) => string;
  tooLarge: (size: string, limit: string) => string;
  cannotRead: (reason: string) => string;
  jsonKept: (problem: string) => string;
  notJson: (reason: string) => string;
  notJsonAt: (reason: string, line: number, character: number) => string;
  notObject: string;
  pastedText: string;
  pastedFile: (file: string) => string;
  pastedEmpty: string;
  pastedNoHeader: string;
  megabytes: (value: number) => string;
  kilobytes: (value: number) => string;
  setAsideForSheets: (file: string) => string;
  setAsideForDataset: (files: string, count: number, dataset: string) => string;
  noQuoteFromText: string;
  describesMissing: (text: string) => string;
  nonBodyLeftOut: (count: number) => string;
  quoteFailureTie: (tie: string, message: string) => string;
  notesTooLong: (scene: string, length: number, max: number) => string;
}

const count = (n: number, one: () => string, other: () => string): string =>
  plural(n, { one, other });

function build(lang: string, dir: 'ltr' | 'rtl'): AuthorStrings {
  // Rows, characters and lengths are places, written as an editor shows them: no grouping.
  const plain = new Intl.NumberFormat(lang === 'en' ? 'en-US' : lang, { useGrouping: false });
  const digits = (value: number): string => plain.format(value);
  const errorCount = (n: number) =>
    count(
      n,
      () => msg(str`${num(n)} error`, { id: 'author.errors.one' }),
      () => msg(str`${num(n)} errors`, { id: 'author.errors.other' }),
    );
  const warningCount = (n: number) =>
    count(
      n,
      () => msg(str`${num(n)} warning`, { id: 'author.warnings.one' }),
      () => msg(str`${num(n)} warnings`, { id: 'author.warnings.other' }),
    );
  const quoteCount = (n: number) =>
    count(
      n,
      () => msg(str`${num(n)} quote`, { id: 'author.quotes.one' }),
      () => msg(str`${num(n)} quotes`, { id: 'author.quotes.other' }),
    );
  const textCount = (n: number) =>
    count(
      n,
      () => msg(str`${num(n)} text`, { id: 'author.texts.one' }),
      () => msg(str`${num(n)} texts`, { id: 'author.texts.other' }),
    );
  const failureCount = (n: number) =>
    count(
      n,
      () => msg(str`${num(n)} failure`, { id: 'author.failures.one' }),
      () => msg(str`${num(n)} failures`, { id: 'author.failures.other' }),
    );
  const sceneCount = (n: number) =>
    count(
      n,
      () => msg(str`${num(n)} scene`, { id: 'author.scenes.one' }),
      () => msg(str`${num(n)} scenes`, { id: 'author.scenes.other' }),
    );
  const datasetJson = msg('dataset JSON', { id: 'author.roles.dataset' });
  return {
    lang,
    dir,
    number: num,
    heading: msg('ties-map authoring', { id: 'author.heading' }),
    intro: msg(
      'Check a dataset and see its map. The files are read in this browser; nothing is uploaded.',
      { id: 'author.intro' },
    ),
    filesAndProblems: msg('Files and problems', { id: 'author.filesAndProblems' }),
    mapRegion: msg('Map', { id: 'author.mapRegion' }),
    dropHere: msg('Drop files here', { id: 'author.dropHere' }),
    dropWhat: msg(
      ': the CSV files of the folder (or the folder itself), a dataset .json, source texts (.txt) and their .meta.json.',
      { id: 'author.dropWhat' },
    ),
    chooseFiles: msg('Choose files', { id: 'author.chooseFiles' }),
    chooseFolder: msg('Choose a folder', { id: 'author.chooseFolder' }),
    pasteInstead: msg('Paste text instead', { id: 'author.pasteInstead' }),
    pasteLabel: msg('A dataset JSON, or one CSV file with its header row', {
      id: 'author.pasteLabel',
    }),
    pasteAs: msg('Paste as', { id: 'author.pasteAs' }),
    pasteAuto: msg('(from its first row)', { id: 'author.pasteAuto' }),
    pasteDataset: datasetJson,
    pasteUse: msg('Use pasted text', { id: 'author.pasteUse' }),
    noProblems: msg('No problems.', { id: 'author.noProblems' }),
    errorsAndWarnings: (errors, warnings) =>
      msg(str`${errorCount(errors)}, ${warningCount(warnings)}.`, {
        id: 'author.errorsAndWarnings',
      }),
    fixToDownload: msg('Fix the errors to download the dataset.', { id: 'author.fixToDownload' }),
    quotesChecked: (quotes, texts, failures) =>
      msg(
        str`${quoteCount(quotes)} checked against ${textCount(texts)}: ${failures === 0 ? msg('all found', { id: 'author.allFound' }) : failureCount(failures)}.`,
        { id: 'author.quotesChecked' },
      ),
    dropTexts: msg('Drop the source texts (.txt, with their .meta.json) to check the quotes.', {
      id: 'author.dropTexts',
    }),
    downloadDataset: msg('Download dataset', { id: 'author.downloadDataset' }),
    downloadBriefing: msg('Download briefing file', { id: 'author.downloadBriefing' }),
    removeAll: msg('Remove all files', { id: 'author.removeAll' }),
    languagesBesides: msg('Languages besides English:', { id: 'author.languagesBesides' }),
    noCredit: msg('no translation credit', { id: 'author.noCredit' }),
    notReviewed: (method) => msg(str`${method}, not reviewed`, { id: 'author.notReviewed' }),
    reviewedBy: (method, who) =>
      msg(str`${method}, reviewed by ${who}`, { id: 'author.reviewedBy' }),
    translationProblems: msg('Translation problems are listed with the others below.', {
      id: 'author.translationProblems',
    }),
    listSeparator: msg(', ', { id: 'author.listSeparator' }),
    severity: {
      error: msg('error', { id: 'author.severity.error' }),
      warning: msg('warning', { id: 'author.severity.warning' }),
    },
    quoteCheck: msg('quote check', { id: 'author.quoteCheck' }),
    placeDataset: msg('dataset', { id: 'author.placeDataset' }),
    placeRow: (row) => msg(str`row ${digits(row)}`, { id: 'author.placeRow' }),
    placeColumn: (column) => msg(str`column ${column}`, { id: 'author.placeColumn' }),
    notesSummary: (withNotes, scenes) =>
      msg(str`Speaker notes (${sceneCount(withNotes)} of ${num(scenes)})`, {
        id: 'author.notesSummary',
      }),
    notesHint: msg(
      'Shown only in the presenter console, never on the map. Edits here go into the downloaded dataset; the files you dropped stay as they are.',
      { id: 'author.notesHint' },
    ),
    calloutsSummary: (n) => msg(str`Call-outs (${num(n)})`, { id: 'author.calloutsSummary' }),
    calloutsHint: msg(
      "The editor's words on the map, not evidence: each must say only what the quotes say. Edit them in the dataset or annotations.csv.",
      { id: 'author.calloutsHint' },
    ),
    calloutActor: (id) => msg(str`actor ${id}`, { id: 'author.calloutActor' }),
    calloutTie: (id) => msg(str`tie ${id}`, { id: 'author.calloutTie' }),
    calloutPoint: (lon, lat) => msg(str`point ${lon}, ${lat}`, { id: 'author.calloutPoint' }),
    calloutEveryView: msg('every view', { id: 'author.calloutEveryView' }),
    calloutKinds: {
      label: msg('label', { id: 'author.calloutKinds.label' }),
      arrow: msg('arrow', { id: 'author.calloutKinds.arrow' }),
      circle: msg('circle', { id: 'author.calloutKinds.circle' }),
    },
    calloutWhere: (kind, at, scenes) =>
      msg(str`(${kind} at ${at}; ${scenes})`, { id: 'author.calloutWhere' }),
    fileCount: (n) =>
      count(
        n,
        () => msg(str`${num(n)} file`, { id: 'author.files.one' }),
        () => msg(str`${num(n)} files`, { id: 'author.files.other' }),
      ),
    roles: {
      sheet: msg('CSV', { id: 'author.roles.sheet' }),
      dataset: datasetJson,
      text: msg('source text', { id: 'author.roles.text' }),
      sidecar: msg('sidecar', { id: 'author.roles.sidecar' }),
    },
    latin1: msg('Latin-1', { id: 'author.latin1' }),
    remove: msg('Remove', { id: 'author.remove' }),
    removeFile: (name) => msg(str`Remove ${name}`, { id: 'author.removeFile' }),
    mapAfterErrors: (errors) =>
      count(
        errors,
        () =>
          msg('The map appears here once the error of the dataset is fixed.', {
            id: 'author.mapAfterErrors.one',
          }),
        () =>
          msg(str`The map appears here once the ${num(errors)} errors of the dataset are fixed.`, {
            id: 'author.mapAfterErrors.other',
          }),
      ),
    mapAfterFiles: msg('The map appears here once the files make a dataset.', {
      id: 'author.mapAfterFiles',
    }),
    stale: msg('The map shows the last version without errors; fix the errors to update it.', {
      id: 'author.stale',
    }),
    thePage: msg('The page', { id: 'author.thePage' }),
    pageFailed: (reason) =>
      msg(str`could not take the files (${reason}); the files it had are kept.`, {
        id: 'author.pageFailed',
      }),
    checkFailed: (reason) =>
      msg(str`the files could not be checked (${reason}); remove the last file to go on.`, {
        id: 'author.checkFailed',
      }),
    notFolderFile: (files) =>
      msg(
        str`not a file of the folder, so it is not read; rename it to the tab it holds (${files}).`,
        { id: 'author.notFolderFile' },
      ),
    notReadable: (files) =>
      msg(
        str`not a file the page reads (the folder's ${files}, a dataset .json, or source texts (.txt with their .meta.json)); nothing else changed.`,
        { id: 'author.notReadable' },
      ),
    tooLarge: (size, limit) =>
      msg(str`is ${size}, over the page's limit of ${limit}; it is not read.`, {
        id: 'author.tooLarge',
      }),
    cannotRead: (reason) =>
      msg(str`cannot be read (${reason}); drop it again.`, { id: 'author.cannotRead' }),
    jsonKept: (problem) =>
      msg(str`${problem}; the page keeps the files it had.`, { id: 'author.jsonKept' }),
    notJson: (reason) => msg(str`is not valid JSON (${reason})`, { id: 'author.notJson' }),
    notJsonAt: (reason, line, character) =>
      msg(
        str`is not valid JSON (${reason}): line ${digits(line)}, character ${digits(character)}`,
        {
          id: 'author.notJsonAt',
        },
      ),
    notObject: msg('is JSON, but not an object ({ … })', { id: 'author.notObject' }),
    pastedText: msg('pasted text', { id: 'author.pastedText' }),
    pastedFile: (file) => msg(str`pasted ${file}`, { id: 'author.pastedFile' }),
    pastedEmpty: msg('is empty; paste a dataset JSON or the rows of one CSV file, header first.', {
      id: 'author.pastedEmpty',
    }),
    pastedNoHeader: msg(
      'its first row is not the header of any file of the folder; choose which file it is under "Paste as".',
      { id: 'author.pastedNoHeader' },
    ),
    megabytes: (value) =>
      msg(
        str`${new Intl.NumberFormat(lang === 'en' ? 'en-US' : lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)} MB`,
        { id: 'author.megabytes' },
      ),
    kilobytes: (value) => msg(str`${num(value)} KB`, { id: 'author.kilobytes' }),
    setAsideForSheets: (file) =>
      msg(str`${file} was set aside: the map now comes from the CSV files.`, {
        id: 'author.setAsideForSheets',
      }),
    setAsideForDataset: (files, n, dataset) =>
      count(
        n,
        () =>
          msg(str`${files} was set aside: the map now comes from ${dataset}.`, {
            id: 'author.setAsideForDataset.one',
          }),
        () =>
          msg(str`${files} were set aside: the map now comes from ${dataset}.`, {
            id: 'author.setAsideForDataset.other',
          }),
      ),
    noQuoteFromText: msg('no quote of the dataset comes from this text.', {
      id: 'author.noQuoteFromText',
    }),
    describesMissing: (text) =>
      msg(str`describes ${text}, which is not here; drop that text too.`, {
        id: 'author.describesMissing',
      }),
    nonBodyLeftOut: (n) =>
      msg(str`${num(n)} of its nonBody entries are not { kind, line, text }; they are left out.`, {
        id: 'author.nonBodyLeftOut',
      }),
    quoteFailureTie: (tie, message) =>
      msg(str`tie "${tie}": ${message}`, { id: 'author.quoteFailureTie' }),
    notesTooLong: (scene, length, max) =>
      msg(
        str`The notes typed for scene "${scene}" are ${digits(length)} characters long; speaker notes may hold at most ${digits(max)}. The dataset keeps its earlier notes until they are shortened.`,
        { id: 'author.notesTooLong' },
      ),
  };
}

/** The authoring page's words in `lang` ("he-IL" reads Hebrew), English until a language loads. */
export const authorStringsFor: (lang: string | null | undefined) => AuthorStrings =
  perLanguage(build);
