/**
 * Language columns in the CSV folder (docs/authoring.md): `title@ar`, `name@he`, `summary@he`,
 * `quote@ar`, `reviewed@ar` … read into the dataset's translations, names and quote translations,
 * written back by the export, and every problem located at its file, row and column.
 */
import { describe, expect, it } from 'vitest';
import { SHEET_FILES } from '../../../src/import/columns.ts';
import { exportSheets } from '../../../src/import/export-sheets.ts';
import { importSheets } from '../../../src/import/sheets.ts';
import { folder, QUOTE_A, sheet, tieRow } from './sheet-folder.ts';

const credit = {
  'translator@ar': 'an AI language model',
  'method@ar': 'machine-assisted',
  'reviewed@ar': 'false',
  'translator@he': 'A. Editor',
  'method@he': 'human',
  'reviewed@he': 'B. Editor',
};
const datasetColumns = [...SHEET_FILES.dataset.columns, 'title@ar', ...Object.keys(credit)];
const tieColumns = [...SHEET_FILES.ties.columns, 'summary@he', 'summary@ar', 'quote@ar'];

function translatedFolder(summaryAr = 'أذربيجان تزوّد إسرائيل بأكثر من ٦٠٪ من البنزين.') {
  return folder({
    dataset: sheet(
      'dataset',
      [{ title: 'Test map', 'title@ar': 'خريطة اختبار', ...credit }],
      datasetColumns,
    ),
    actors: sheet(
      'actors',
      [
        { id: 'AZE', name: 'Azerbaijan', kind: 'country', 'name@HE': 'אזרבייג׳ן' },
        { id: 'ISR', name: 'Israel', kind: 'country' },
      ],
      [...SHEET_FILES.actors.columns, 'name@HE'],
    ),
    ties: sheet(
      'ties',
      [
        tieRow({
          lang: 'en',
          'summary@he': 'אזרבייג׳ן מספקת יותר מ-60% מהבנזין של ישראל.',
          'summary@ar': summaryAr,
          'quote@ar': 'أذربيجان تزوّد أكثر من ٦٠٪ من بنزين إسرائيل',
        }),
      ],
      tieColumns,
    ),
  });
}

describe('language columns', () => {
  it('read into translations, names and quote translations', () => {
    const { dataset, problems } = importSheets(translatedFolder());
    expect(problems).toEqual([]);
    expect(dataset?.translations).toEqual({
      ar: {
        title: 'خريطة اختبار',
        translator: 'an AI language model',
        method: 'machine-assisted',
        reviewed: false,
        ties: { 'aze-isr-gasoline': { summary: 'أذربيجان تزوّد إسرائيل بأكثر من ٦٠٪ من البنزين.' } },
      },
      he: {
        translator: 'A. Editor',
        method: 'human',
        reviewed: 'B. Editor',
        ties: { 'aze-isr-gasoline': { summary: 'אזרבייג׳ן מספקת יותר מ-60% מהבנזין של ישראל.' } },
      },
    });
    expect(dataset?.actors[0]?.names).toEqual({ he: 'אזרבייג׳ן' });
    expect(dataset?.ties[0]?.evidence).toEqual([
      {
        source: 'src-a',
        quote: QUOTE_A,
        lang: 'en',
        translations: [{ lang: 'ar', text: 'أذربيجان تزوّد أكثر من ٦٠٪ من بنزين إسرائيل' }],
      },
    ]);
  });

  it('locate a translated summary that states another number at its cell, and a bad tag at its header', () => {
    const errorsOf = (files: Parameters<typeof importSheets>[0]) =>
      importSheets(files).problems.filter((p) => p.severity === 'error');
    expect(errorsOf(translatedFolder('أذربيجان تزوّد إسرائيل بأكثر من ٧٠٪ من البنزين.'))).toEqual([
      expect.objectContaining({
        file: 'ties.csv',
        row: 2,
        column: 'summary@ar',
        message: expect.stringContaining('the number 70'),
      }),
    ]);
    const files = translatedFolder();
    files.scenes = sheet(
      'scenes',
      [{ id: 's', title: 'S', 'caption@ar_EG': 'x' }],
      [...SHEET_FILES.scenes.columns, 'caption@ar_EG'],
    );
    expect(errorsOf(files)).toContainEqual(
      expect.objectContaining({
        file: 'scenes.csv',
        row: 1,
        column: 'caption@ar_eg',
        message: expect.stringContaining('not a language tag'),
      }),
    );
  });

  it('are written back by the export, so the folder round-trips', () => {
    const { dataset } = importSheets(translatedFolder());
    const { files, errors } = exportSheets(dataset);
    expect(errors).toEqual([]);
    expect(files?.['ties.csv']?.split('\n')[0]).toContain('summary@ar,quote@ar,summary@he');
    const again = importSheets({
      dataset: files?.['dataset.csv'],
      sources: files?.['sources.csv'],
      actors: files?.['actors.csv'],
      layers: files?.['layers.csv'],
      ties: files?.['ties.csv'],
    });
    expect(again.problems).toEqual([]);
    expect(again.dataset?.translations).toEqual(dataset?.translations);
  });

  it('refuse to export a quote translation with a credit of its own, which a cell cannot hold', () => {
    const { dataset } = importSheets(translatedFolder());
    const translation = dataset?.ties[0]?.evidence[0]?.translations?.[0];
    if (translation) translation.translator = 'someone else';
    expect(exportSheets(dataset).errors).toEqual([
      expect.stringMatching(
        /^\$\.ties\[0\]\.evidence\[0\]\.translations\[0\]: .*credit of its own/,
      ),
    ]);
  });
});
