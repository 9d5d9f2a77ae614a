/** `annotations.csv`: call-outs from a spreadsheet (an id, a tie or a "lon lat" point in `at`), translations in `text@TAG`, problems located by row and column. */
import { describe, expect, it } from 'vitest';
import { exportSheets } from '../../../src/import/export-sheets.ts';
import { importSheets } from '../../../src/import/sheets.ts';
import { folder, sheet } from './sheet-folder.ts';

const credit = { 'translator@he': 'desk', 'method@he': 'human', 'reviewed@he': 'no' };
const datasetColumns = ['title', 'description', 'translator@he', 'method@he', 'reviewed@he'];

describe('annotations.csv', () => {
  it('reads call-outs at an actor, a tie and a point, their kinds, scenes and translations, and writes them back', () => {
    const files = folder({
      dataset: sheet('dataset', [{ title: 'Test map', ...credit }], datasetColumns),
      scenes: sheet('scenes', [{ id: 'energy', title: 'Energy' }]),
      annotations: sheet(
        'annotations',
        [
          { id: 'a', text: 'Baku', at: 'AZE', kind: 'label', scenes: 'energy', 'text@he': 'באקו' },
          { id: 'b', text: 'Gasoline', at: 'aze-isr-gasoline', kind: 'arrow' },
          { id: 'c', text: 'Here', at: '45.5 39.2', kind: 'circle' },
        ],
        ['id', 'text', 'at', 'kind', 'scenes', 'text@he'],
      ),
    });
    const { dataset, problems } = importSheets(files);
    expect(problems).toEqual([]);
    expect(dataset!.annotations).toEqual([
      { id: 'a', text: 'Baku', at: 'AZE', kind: 'label', scenes: ['energy'] },
      { id: 'b', text: 'Gasoline', at: 'aze-isr-gasoline', kind: 'arrow' },
      { id: 'c', text: 'Here', at: [45.5, 39.2], kind: 'circle' },
    ]);
    expect((dataset!.translations!['he'] as { annotations: unknown }).annotations).toEqual({
      a: 'באקו',
    });
    const back = exportSheets(dataset);
    expect(back.files!['annotations.csv']).toContain('c,Here,45.5 39.2,circle,');
    expect(back.files!['annotations.csv']).toContain('a,Baku,AZE,label,energy,באקו');
  });

  it('an anchor that is neither an actor nor a tie is reported at its row and column', () => {
    const { problems } = importSheets(
      folder({ annotations: sheet('annotations', [{ id: 'a', text: 'Baku', at: 'ARM' }]) }),
    );
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', file: 'annotations.csv', row: 2, column: 'at' }),
    ]);
    expect(problems[0]!.message).toContain('neither an actor nor a tie');
  });
});
