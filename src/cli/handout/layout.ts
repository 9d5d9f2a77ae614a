/**
 * The handout's pages as lines to draw: what a page holds (the scene's picture, title, caption,
 * notes, call-outs, ties with their quotes, sources) and where each wrapped line goes. Pure: the
 * PDF writer measures with its embedded fonts through `measure` and draws what this returns, and
 * the tests read the lines without parsing a PDF.
 */
import { quoteTranslation } from '../../data/dataset-language.ts';
import type { Dataset, SceneStep, Tie } from '../../data/types.ts';
import { formatFigure, formatPeriod, formatSourceShort, formatDate } from '../../text/format.ts';
import type { Strings } from '../../text/strings.ts';
import { paragraphIsRtl } from './bidi.ts';

/** One call-out, with the number it carries on the map. */
export interface HandoutCallout {
  number: number;
  text: string;
}

export interface HandoutQuote {
  text: string;
  source: string;
  translation?: { text: string; credit: string };
}

export interface HandoutTie {
  summary: string;
  figure: string;
  quotes: HandoutQuote[];
}

/** One scene's page: its words, and its picture's size in pixels (the writer holds the image). */
export interface HandoutScene {
  title: string;
  caption?: string | undefined;
  notes?: string | undefined;
  callouts: HandoutCallout[];
  ties: HandoutTie[];
  sources: string[];
  credit: string;
  picture: { width: number; height: number };
}

/** A line's width in points at a size, in the regular or bold face. */
export type Measure = (text: string, size: number, bold: boolean) => number;

export interface DrawnLine {
  /** Logical (reading) order; the writer puts right-to-left runs into visual order. */
  text: string;
  /** The start of the line: its left edge, or for a right-to-left paragraph its right edge. */
  x: number;
  /** The paragraph reads right to left (its first strong letter does): set from the right margin. */
  rtl: boolean;
  /** Baseline, points from the page's bottom. */
  y: number;
  size: number;
  bold: boolean;
  muted: boolean;
}

export interface HandoutPage {
  /** The scene (index into the scenes) the page belongs to. */
  scene: number;
  /** The scene's picture on its first page: its box in points. */
  picture?: { x: number; y: number; width: number; height: number };
  lines: DrawnLine[];
}

export interface PageGeometry {
  width: number;
  height: number;
  margin: number;
}

/** A4 in points. */
export const A4: PageGeometry = { width: 595.28, height: 841.89, margin: 42 };

const SIZE = { title: 16, heading: 11, body: 9.5, small: 7.5 };
const LEADING = 1.38;
const INDENT = 14;
/** Room kept under the text for the footer (credit line and page number). */
const FOOTER_ROOM = 46;

/** The handout's words for one scene, from the dataset in the handout's language. */
export function handoutScene(
  dataset: Dataset,
  step: SceneStep | undefined,
  shown: {
    tieIds: string[];
    callouts: HandoutCallout[];
    credit: string;
    picture: { width: number; height: number };
  },
  strings: Strings,
  lang: string | undefined,
): HandoutScene {
  const code = strings.lang;
  const byId = new Map(dataset.ties.map((t) => [t.id, t]));
  // The scene's highlighted ties are what it is about; a scene that highlights none shows every tie drawn.
  const ids = step?.ties && step.ties.length > 0 ? step.ties : shown.tieIds;
  const ties = [...new Set(ids)].map((id) => byId.get(id)).filter((t): t is Tie => t !== undefined);
  const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
  const cited = new Set(ties.flatMap((t) => t.evidence.map((e) => e.source)));
  return {
    title: step?.title ?? dataset.title,
    caption: step ? step.caption : dataset.description,
    notes: step?.notes,
    callouts: shown.callouts,
    ties: ties.map((tie) => {
      const period = formatPeriod(tie.when, code);
      const figure = tie.figure ? formatFigure(tie.figure, code) : strings.noFigure;
      return {
        summary: tie.summary,
        figure: period ? `${figure} · ${period}` : figure,
        quotes: tie.evidence.map((e) => {
          const source = sourceById.get(e.source);
          const translation = quoteTranslation(e, lang);
          return {
            text: `“${e.quote}”`,
            source: source ? formatSourceShort(source, code) : e.source,
            ...(translation
              ? {
                  translation: {
                    text: translation.text,
                    credit: strings.quoteTranslation(translation),
                  },
                }
              : {}),
          };
        }),
      };
    }),
    sources: dataset.sources
      .filter((s) => cited.has(s.id))
      .map((s) => {
        const date =
          s.published === 'unknown' ? strings.dateUnknown : formatDate(s.published, code);
        const publisher = s.publisher === 'unknown' ? strings.publisherUnknown : s.publisher;
        return [s.title, `${publisher}, ${date}`, s.url].filter(Boolean).join('. ');
      }),
    credit: shown.credit,
    picture: shown.picture,
  };
}

/** Break a text into lines no wider than `width`: at spaces, and inside a word longer than a line (a URL). */
export function wrap(text: string, width: number, measure: (t: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    // Words are measured one by one (shaping never joins across a space), so a paragraph costs one pass.
    const space = measure(' ');
    for (const word of paragraph.split(/ +/).filter((w) => w !== '')) {
      const wordWidth = measure(word);
      if (line !== '' && lineWidth + space + wordWidth <= width) {
        line = `${line} ${word}`;
        lineWidth += space + wordWidth;
        continue;
      }
      if (line !== '') lines.push(line);
      if (wordWidth <= width) {
        line = word;
        lineWidth = wordWidth;
        continue;
      }
      // A word wider than the line: as many characters as fit, then the rest.
      let piece = '';
      for (const char of word) {
        if (piece !== '' && measure(piece + char) > width) {
          lines.push(piece);
          piece = '';
        }
        piece += char;
      }
      line = piece;
      lineWidth = measure(piece);
    }
    lines.push(line);
  }
  return lines;
}

/**
 * The pages: per scene a first page with its picture and as many continuation pages as its text
 * needs. The footer (credit line and page number) is drawn by the writer, which knows the count.
 */
export function layoutHandout(
  scenes: HandoutScene[],
  measure: Measure,
  strings: Strings,
  options: { rtl: boolean; page?: PageGeometry },
): HandoutPage[] {
  const page = options.page ?? A4;
  const { rtl } = options;
  const contentWidth = page.width - 2 * page.margin;
  const top = page.height - page.margin;
  const bottom = page.margin + FOOTER_ROOM;
  const pages: HandoutPage[] = [];

  scenes.forEach((scene, index) => {
    let current: HandoutPage = { scene: index, lines: [] };
    pages.push(current);
    let y = top;
    const newPage = () => {
      current = { scene: index, lines: [] };
      pages.push(current);
      y = top;
      put(strings.handoutContinued(scene.title), SIZE.heading, true, false, 0, 4);
    };
    // One wrapped block; `keep` lines of it must fit with the first (a heading stays with its text).
    function put(
      text: string,
      size: number,
      bold: boolean,
      muted: boolean,
      indent: number,
      after = 0,
      keep = 1,
    ): void {
      const lineHeight = size * LEADING;
      const lines = wrap(text, contentWidth - indent, (t) => measure(t, size, bold));
      const lineRtl = paragraphIsRtl(text, rtl);
      lines.forEach((line, i) => {
        const need = lineHeight * (i === 0 ? keep : 1);
        if (y - need < bottom) newPage();
        y -= lineHeight;
        const x = lineRtl ? page.width - page.margin - indent : page.margin + indent;
        current.lines.push({ text: line, x, y, size, bold, muted, rtl: lineRtl });
      });
      y -= after;
    }
    const heading = (text: string) => {
      y -= 6;
      put(text, SIZE.heading, true, false, 0, 2, 3);
    };

    put(scene.title, SIZE.title, true, false, 0, 6);
    const height = (contentWidth * scene.picture.height) / scene.picture.width;
    current.picture = { x: page.margin, y: y - height, width: contentWidth, height };
    y -= height + 8;
    if (scene.caption) put(scene.caption, SIZE.body, false, false, 0, 4);
    if (scene.notes) {
      heading(strings.consoleNotes);
      for (const paragraph of scene.notes.split(/\n\s*\n/))
        put(paragraph.replace(/\s*\n\s*/g, ' '), SIZE.body, false, false, 0, 4);
    }
    if (scene.callouts.length > 0) {
      heading(strings.callouts);
      put(strings.calloutsNote, SIZE.small, false, true, 0, 2);
      for (const c of scene.callouts) put(`${c.number}. ${c.text}`, SIZE.body, false, false, 0, 2);
    }
    if (scene.ties.length > 0) {
      heading(strings.handoutTies);
      for (const tie of scene.ties) {
        y -= 2;
        put(tie.summary, SIZE.body, true, false, 0, 0, 3);
        put(tie.figure, SIZE.body, false, true, 0, 1);
        for (const quote of tie.quotes) {
          put(quote.text, SIZE.body, false, false, INDENT, 0, 2);
          put(`— ${quote.source}`, SIZE.small, false, true, INDENT, 1);
          if (quote.translation) {
            put(quote.translation.text, SIZE.body, false, false, INDENT, 0, 2);
            put(quote.translation.credit, SIZE.small, false, true, INDENT, 1);
          }
        }
      }
    }
    if (scene.sources.length > 0) {
      heading(strings.columns.sources);
      for (const source of scene.sources) put(source, SIZE.small, false, false, 0, 2);
    }
  });
  return pages;
}

/** The footer's lines of a page: the credit line (wrapped) and "Page n of m". */
export function footerLines(
  credit: string,
  pageNumber: number,
  pageCount: number,
  measure: Measure,
  strings: Strings,
  options: { rtl: boolean; page?: PageGeometry },
): DrawnLine[] {
  const page = options.page ?? A4;
  const width = page.width - 2 * page.margin;
  const size = SIZE.small - 0.5;
  const lines = wrap(`${credit} · ${strings.handoutPage(pageNumber, pageCount)}`, width, (t) =>
    measure(t, size, false),
  ).slice(0, 4);
  const rtl = paragraphIsRtl(lines[0] ?? '', options.rtl);
  const x = rtl ? page.width - page.margin : page.margin;
  return lines.map((text, i) => ({
    text,
    x,
    y: page.margin - 10 + (lines.length - 1 - i) * size * 1.3,
    size,
    bold: false,
    muted: true,
    rtl,
  }));
}
