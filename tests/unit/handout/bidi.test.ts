/**
 * The handout's bidirectional step: a PDF draws glyphs from the left, so each line is put into
 * visual order first. What a reader sees: Arabic words read from the right, numbers and Latin
 * names inside them keep their own order, and an English sentence's full stop stays at its end.
 */
import { describe, expect, it } from 'vitest';
import {
  layoutText,
  paragraphIsRtl,
  visualRuns,
  visualText,
} from '../../../src/cli/handout/bidi.ts';

/** The line as it stands on the page, left to right. */
const onPage = (line: string, rtl: boolean): string =>
  visualRuns(line, rtl).map(visualText).join('');

describe('handout bidi', () => {
  it('leaves a left-to-right line as it is', () => {
    expect(onPage('Azerbaijan supplies over 60% of Israel’s gasoline (2000–2004).', false)).toBe(
      'Azerbaijan supplies over 60% of Israel’s gasoline (2000–2004).',
    );
  });

  it('turns a Hebrew line around, keeping a number and a Latin name in their own order', () => {
    // "שלום 2024 ISF" read from the right: the Latin name and the number stand left to right.
    expect(onPage('שלום 2024 ISF', true)).toBe('ISF 2024 םולש');
    // A right-to-left paragraph's full stop ends at the left; brackets are mirrored.
    expect(onPage('כוח (ISF).', true)).toBe('.(ISF) חוכ');
  });

  it('keeps a Hebrew phrase inside an English sentence in reading order from the right', () => {
    expect(onPage('The word שלום means peace.', false)).toBe('The word םולש means peace.');
  });

  it('keeps Arabic-Indic digits and percent signs left to right inside an Arabic line', () => {
    const runs = visualRuns('بلغ ٦٩٪ من الواردات', true);
    // Visual order, left to right: the last words first, the number as written, the first word last.
    expect(runs.map((r) => [r.text, r.rtl])).toEqual([
      [' من الواردات', true],
      ['٦٩٪', false],
      ['بلغ ', true],
    ]);
  });

  it('hands fontkit Arabic letters in reading order (it shapes and turns them) and a number pre-turned', () => {
    expect(layoutText({ text: 'بلغ', rtl: true })).toBe('بلغ');
    expect(layoutText({ text: '٦٩', rtl: false })).toBe('٩٦');
    expect(layoutText({ text: '2024', rtl: false })).toBe('2024');
    expect(layoutText({ text: ' (', rtl: true })).toBe(') ');
  });

  it('takes a paragraph’s direction from its first letter, not from the marks in a formatted number', () => {
    expect(paragraphIsRtl('“Israel, in turn, exports arms”', true)).toBe(false);
    expect(paragraphIsRtl('60\u200E%\u200E من واردات', false)).toBe(true);
    expect(paragraphIsRtl('2024 · 60%', true)).toBe(true);
  });
});
