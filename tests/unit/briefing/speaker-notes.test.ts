/**
 * Speaker notes as an author meets them: the validator keeps them, locates what is wrong with them,
 * and the spreadsheet folder carries them (and their translations) there and back.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHEET_FILES, type SheetKind } from '../../../src/import/columns.ts';
import { exportSheets } from '../../../src/import/export-sheets.ts';
import { importSheets, type SheetFiles } from '../../../src/import/sheets.ts';
import { MAX_NOTES_LENGTH, validateDataset } from '../../../src/data/validate.ts';

const shapeIds: ReadonlySet<string> = new Set(['AZE', 'ISR']);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function dataset(scene: Record<string, unknown>, translations?: any): any {
  return {
    format: 'ties-map/1',
    title: 'Notes',
    sources: [{ id: 's', title: 'T', publisher: 'P', published: '2025' }],
    actors: [
      { id: 'AZE', name: 'Azerbaijan', kind: 'country' },
      { id: 'ISR', name: 'Israel', kind: 'country' },
    ],
    ties: [
      {
        id: 't',
        layer: 'energy',
        from: 'AZE',
        to: 'ISR',
        stance: 'cooperative',
        summary: 'Oil',
        evidence: [{ source: 's', quote: 'oil' }],
      },
    ],
    scenes: [{ id: 'energy', title: 'Energy', ...scene }],
    ...(translations ? { translations } : {}),
  };
}

describe('speaker notes in the validator', () => {
  it("keeps a scene's notes, paragraphs and all", () => {
    const notes = 'First say this.\n\nThen point at Baku.';
    const result = validateDataset(dataset({ notes }), { shapeIds });
    expect(result.problems).toEqual([]);
    expect(result.dataset?.scenes[0]?.notes).toBe(notes);
  });

  it('rejects notes that are not text, at their path', () => {
    const result = validateDataset(dataset({ notes: ['a', 'b'] }), { shapeIds });
    expect(result.errors).toEqual([
      expect.objectContaining({
        path: '$.scenes[0].notes',
        message: expect.stringContaining('must be a string'),
      }),
    ]);
  });

  it('warns about markup in notes and keeps them as plain text', () => {
    const result = validateDataset(dataset({ notes: 'Say <b>this</b>' }), { shapeIds });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        path: '$.scenes[0].notes',
        message: expect.stringContaining('contains markup'),
      }),
    ]);
    expect(result.dataset?.scenes[0]?.notes).toBe('Say <b>this</b>');
  });

  it('refuses notes longer than the cap, naming the length and the cap', () => {
    const result = validateDataset(dataset({ notes: 'x'.repeat(MAX_NOTES_LENGTH + 1) }), {
      shapeIds,
    });
    expect(result.errors).toEqual([
      expect.objectContaining({
        path: '$.scenes[0].notes',
        message: expect.stringContaining(`${MAX_NOTES_LENGTH + 1} characters long`),
      }),
    ]);
    expect(result.errors[0]!.message).toContain(`at most ${MAX_NOTES_LENGTH}`);
  });

  it('takes translated notes like titles and captions, with the same cap', () => {
    const credit = { translator: 'A desk', method: 'human', reviewed: false };
    const ok = validateDataset(
      dataset(
        { notes: 'Say this.' },
        { he: { ...credit, scenes: { energy: { notes: 'אמרו את זה.' } } } },
      ),
      { shapeIds },
    );
    expect(ok.problems).toEqual([]);
    expect(ok.dataset?.translations?.he?.scenes?.energy?.notes).toBe('אמרו את זה.');
    const long = validateDataset(
      dataset(
        {},
        { he: { ...credit, scenes: { energy: { notes: 'א'.repeat(MAX_NOTES_LENGTH + 1) } } } },
      ),
      { shapeIds },
    );
    expect(long.errors.map((e) => e.path)).toEqual(['$.translations.he.scenes.energy.notes']);
  });
});

describe('speaker notes in the spreadsheet folder', () => {
  function roundTrip(data: unknown) {
    const { files, errors } = exportSheets(data);
    expect(errors).toEqual([]);
    const byKind: SheetFiles = {};
    for (const kind of Object.keys(SHEET_FILES) as SheetKind[])
      byKind[kind] = files![SHEET_FILES[kind].file];
    return { files: files!, imported: importSheets(byKind) };
  }

  it('writes a notes column (and notes@LANG) and reads the notes back verbatim, line breaks kept', () => {
    const credit = { translator: 'A desk', method: 'human', reviewed: false };
    const data = dataset(
      { notes: '  Start slowly.\n\nThen, "quote" it.' },
      { ar: { ...credit, scenes: { energy: { notes: 'ابدأ ببطء.' } } } },
    );
    const { files, imported } = roundTrip(data);
    const header = files['scenes.csv']!.replace(/^\uFEFF/, '').split('\n')[0]!;
    expect(header.split(',')).toEqual(expect.arrayContaining(['notes', 'notes@ar']));
    expect(imported.problems).toEqual([]);
    expect(imported.dataset?.scenes?.[0]?.notes).toBe('  Start slowly.\n\nThen, "quote" it.');
    expect(
      (
        imported.dataset as {
          translations?: { ar?: { scenes?: Record<string, { notes?: string }> } };
        }
      ).translations?.ar?.scenes?.energy?.notes,
    ).toBe('ابدأ ببطء.');
  });

  it('shipped dataset: every one of the six scenes has notes', () => {
    const shipped = JSON.parse(readFileSync('data/azerbaijan-israel-usa.json', 'utf8')) as {
      scenes: { id: string; notes?: string }[];
    };
    expect(shipped.scenes).toHaveLength(6);
    for (const scene of shipped.scenes) expect(scene.notes?.length, scene.id).toBeGreaterThan(100);
  });
});
