/**
 * The handout as a PDF: pdf-lib writes it (pure JavaScript, no browser), with TrueType fonts from
 * the system embedded as subsets through fontkit, which also shapes Arabic (joining forms). Each
 * line is split into bidirectional runs (bidi.ts) and each run into pieces per font, drawn left to
 * right in visual order; a right-to-left handout sets its lines from the right margin.
 */
import { existsSync, readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Strings } from '../../text/strings.ts';
import { INVISIBLE, layoutText, visualRuns, type BidiRun } from './bidi.ts';
import {
  A4,
  footerLines,
  layoutHandout,
  type DrawnLine,
  type HandoutPage,
  type HandoutScene,
  type Measure,
} from './layout.ts';

// Debian's font folder; TIES_MAP_FONT_DIR points elsewhere (another system's layout of the same files, or a test's empty folder).
const FONT_DIR = process.env['TIES_MAP_FONT_DIR'] ?? '/usr/share/fonts/truetype';

type Script = 'latin' | 'arabic' | 'hebrew' | 'armenian' | 'symbols';

/** Per script, the faces to use (the first present wins) and the Debian package holding them. */
const FACES: Record<Script, { files: [regular: string, bold: string][]; pkg: string }> = {
  latin: {
    files: [
      ['noto/NotoSans-Regular.ttf', 'noto/NotoSans-Bold.ttf'],
      ['dejavu/DejaVuSans.ttf', 'dejavu/DejaVuSans-Bold.ttf'],
    ],
    pkg: 'fonts-noto-core (or fonts-dejavu-core)',
  },
  arabic: {
    files: [['noto/NotoNaskhArabic-Regular.ttf', 'noto/NotoNaskhArabic-Bold.ttf']],
    pkg: 'fonts-noto-core',
  },
  hebrew: {
    files: [['noto/NotoSansHebrew-Regular.ttf', 'noto/NotoSansHebrew-Bold.ttf']],
    pkg: 'fonts-noto-core',
  },
  armenian: {
    files: [['noto/NotoSansArmenian-Regular.ttf', 'noto/NotoSansArmenian-Bold.ttf']],
    pkg: 'fonts-noto-core',
  },
  // Arrows and signs Noto Sans lacks.
  symbols: {
    files: [['dejavu/DejaVuSans.ttf', 'dejavu/DejaVuSans-Bold.ttf']],
    pkg: 'fonts-dejavu-core',
  },
};

/** A font the handout needs is not installed: the message names the file and the Debian package. */
export class HandoutFontError extends Error {}

interface Face {
  regular: PDFFont;
  bold: PDFFont;
  has: (codePoint: number) => boolean;
}

function scriptOf(char: string): Script | null {
  if (/\p{Script=Arabic}/u.test(char) && !/[\u0660-\u0669\u06F0-\u06F9]/.test(char))
    return 'arabic';
  if (/\p{Script=Hebrew}/u.test(char)) return 'hebrew';
  if (/\p{Script=Armenian}/u.test(char)) return 'armenian';
  if (/[\p{L}\p{M}]/u.test(char)) return 'latin';
  return null;
}

/** The scripts a text needs a face for (Latin always: the page's own numbers and marks). */
export function scriptsOf(text: string): Set<Script> {
  const scripts = new Set<Script>(['latin']);
  for (const char of text) {
    const script = scriptOf(char);
    if (script) scripts.add(script);
  }
  return scripts;
}

async function embedFaces(doc: PDFDocument, scripts: Set<Script>): Promise<Map<Script, Face>> {
  doc.registerFontkit(fontkit);
  const faces = new Map<Script, Face>();
  for (const script of [...scripts, 'symbols' as const]) {
    const { files, pkg } = FACES[script];
    const found = files.find(
      ([regular, bold]) =>
        existsSync(`${FONT_DIR}/${regular}`) && existsSync(`${FONT_DIR}/${bold}`),
    );
    if (!found) {
      if (script === 'symbols') continue;
      throw new HandoutFontError(
        `the handout needs the font ${FONT_DIR}/${files[0]![0]} for its ${script} text, which is not installed: install Debian's ${pkg} (apt-get install ${pkg.split(' ')[0]}).`,
      );
    }
    const [regularBytes, boldBytes] = found.map((f) => readFileSync(`${FONT_DIR}/${f}`));
    const probe = fontkit.create(regularBytes!);
    faces.set(script, {
      regular: await doc.embedFont(regularBytes!, { subset: true }),
      bold: await doc.embedFont(boldBytes!, { subset: true }),
      has: (cp) => probe.hasGlyphForCodePoint(cp),
    });
  }
  return faces;
}

interface Piece extends BidiRun {
  face: Face;
}

/** A run split where its font changes, in the order the pieces stand on the page. */
function piecesOf(run: BidiRun, faces: Map<Script, Face>): Piece[] {
  const latin = faces.get('latin')!;
  const pieces: Piece[] = [];
  for (const char of run.text) {
    if (INVISIBLE.test(char)) continue;
    const cp = char.codePointAt(0)!;
    const script = scriptOf(char);
    const last = pieces[pieces.length - 1];
    let face = script
      ? (faces.get(script) ?? latin)
      : last && last.face.has(cp)
        ? last.face
        : latin;
    if (!face.has(cp)) face = [latin, faces.get('symbols')].find((f) => f?.has(cp)) ?? face;
    if (last && last.face === face) last.text += char;
    else pieces.push({ text: char, rtl: run.rtl, face });
  }
  return run.rtl ? pieces.reverse() : pieces;
}

function piecesOfLine(text: string, rtl: boolean, faces: Map<Script, Face>): Piece[] {
  return visualRuns(text, rtl).flatMap((run) => piecesOf(run, faces));
}

const INK = rgb(0.1, 0.11, 0.13);
const MUTED = rgb(0.36, 0.38, 0.42);

function drawLine(page: PDFPage, line: DrawnLine, faces: Map<Script, Face>): void {
  const { rtl } = line;
  const pieces = piecesOfLine(line.text, rtl, faces).map((p) => {
    const font = line.bold ? p.face.bold : p.face.regular;
    const text = layoutText(p);
    return { font, text, width: font.widthOfTextAtSize(text, line.size) };
  });
  const width = pieces.reduce((sum, p) => sum + p.width, 0);
  let x = rtl ? line.x - width : line.x;
  for (const p of pieces) {
    page.drawText(p.text, {
      x,
      y: line.y,
      size: line.size,
      font: p.font,
      color: line.muted ? MUTED : INK,
    });
    x += p.width;
  }
}

export interface HandoutInput {
  scenes: HandoutScene[];
  /** Each scene's picture as PNG. */
  pictures: Uint8Array[];
  strings: Strings;
  rtl: boolean;
  lang: string;
  title: string;
}

/** The PDF's bytes, and the pages as laid out (for the command's summary). */
export async function handoutPdf(
  input: HandoutInput,
): Promise<{ bytes: Uint8Array; pages: HandoutPage[] }> {
  const { scenes, strings, rtl } = input;
  const doc = await PDFDocument.create();
  doc.setTitle(input.title);
  doc.setLanguage(input.lang);
  doc.setCreator('ties-map: npm run render --handout');
  const everything = scenes.flatMap((s) => [
    s.title,
    s.caption ?? '',
    s.notes ?? '',
    s.credit,
    ...s.sources,
    ...s.callouts.map((c) => c.text),
    ...s.ties.flatMap((t) => [
      t.summary,
      t.figure,
      ...t.quotes.flatMap((q) => [
        q.text,
        q.source,
        q.translation?.text ?? '',
        q.translation?.credit ?? '',
      ]),
    ]),
  ]);
  const faces = await embedFaces(
    doc,
    scriptsOf(
      [
        ...everything,
        strings.handoutTies,
        strings.consoleNotes,
        strings.callouts,
        strings.handoutPage(1, 1),
      ].join('\n'),
    ),
  );
  const measure: Measure = (text, size, bold) =>
    piecesOfLine(text, rtl, faces).reduce(
      (sum, p) =>
        sum + (bold ? p.face.bold : p.face.regular).widthOfTextAtSize(layoutText(p), size),
      0,
    );

  const pages = layoutHandout(scenes, measure, strings, { rtl });
  const images = await Promise.all(input.pictures.map((png) => doc.embedPng(png)));
  pages.forEach((laid, index) => {
    const page = doc.addPage([A4.width, A4.height]);
    if (laid.picture) {
      const { x, y, width, height } = laid.picture;
      page.drawImage(images[laid.scene]!, { x, y, width, height });
      page.drawRectangle({ x, y, width, height, borderColor: MUTED, borderWidth: 0.4 });
    }
    for (const line of laid.lines) drawLine(page, line, faces);
    for (const line of footerLines(
      scenes[laid.scene]!.credit,
      index + 1,
      pages.length,
      measure,
      strings,
      { rtl },
    ))
      drawLine(page, line, faces);
  });
  return { bytes: await doc.save(), pages };
}
