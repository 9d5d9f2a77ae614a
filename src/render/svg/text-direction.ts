/**
 * Right-to-left text in a standalone SVG (`npm run render`, its PNG through resvg). A `<text>` whose
 * first strong letter is Arabic, Hebrew, Syriac, Thaana or N'Ko is set as a right-to-left run,
 * marked with its language; the picture's layout stays as it is (geography is not mirrored).
 *
 * The run is an explicit embedding (U+202B … U+202C) rather than `direction="rtl"`: a browser
 * anchors `text-anchor="start"` of a right-to-left text at its right end, resvg at its left, so
 * the attribute would move every label in one of them. The embedding reads the same in both:
 * letters joined, "(ISF)" and the closing "؟" where an Arabic reader expects them.
 *
 * Arabic and Hebrew have no italic: the system's italic and oblique faces carry no such letters, so
 * a rasteriser falls back to whatever face has them (resvg took a monospaced one). A text holding
 * right-to-left letters is set upright, in the upright faces the rest of the picture uses; a
 * tentative figure stays told apart by its lighter weight.
 */
import type { SvgNode } from './tree.ts';

const LETTER = /\p{L}/u;
const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const EMBED_RTL = '\u202B';
const POP = '\u202C';

/** The text a node shows, its descendants' included. */
function textOf(node: SvgNode | string): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

/** True when the text holds a letter of a right-to-left script anywhere. */
export function hasRightToLeft(text: string): boolean {
  return RTL_LETTER.test(text);
}

/** True when the text's first strong letter is written right to left ("dir=auto" reads it so). */
export function startsRightToLeft(text: string): boolean {
  for (const char of text) {
    if (LETTER.test(char)) return RTL_LETTER.test(char);
  }
  return false;
}

/**
 * The tree with `xml:lang` on the root (when `lang` is given) and every right-to-left `<text>`
 * embedded as a right-to-left run and marked with `lang` (or, without one, nothing but the run).
 */
export function withTextDirection(root: SvgNode, lang: string | undefined): SvgNode {
  const visit = (node: SvgNode, italic: boolean): SvgNode => {
    const style = node.attrs['font-style'];
    const slanted =
      style === 'italic' ||
      style === 'oblique' ||
      (italic && (style === undefined || style === null));
    if (node.tag === 'text') {
      const text = textOf(node);
      const attrs =
        slanted && hasRightToLeft(text) ? { ...node.attrs, 'font-style': 'normal' } : node.attrs;
      if (startsRightToLeft(text)) {
        const children = [EMBED_RTL, ...node.children, POP];
        return {
          ...node,
          attrs: lang === undefined ? attrs : { ...attrs, 'xml:lang': lang },
          children,
        };
      }
      if (attrs !== node.attrs) return { ...node, attrs };
    }
    return {
      ...node,
      children: node.children.map((child) =>
        typeof child === 'string' ? child : visit(child, slanted),
      ),
    };
  };
  const out = visit(root, false);
  return lang === undefined ? out : { ...out, attrs: { ...out.attrs, 'xml:lang': lang } };
}
