/**
 * Copies of an article page made at run time, served beside it by `scripts/serve.ts` (same folder,
 * so its relative URLs still load): the article without its embeds, and the embed snippet as a CMS
 * might mangle it (`blocking="render"` dropped), with or without the one CSS rule that then keeps
 * the page from shifting. The article itself carries the embed snippet verbatim: the stylesheet
 * (dist/ties-map.css, which reserves the height in every browser) and the script.
 */

const EMBED_SCRIPT = /<script\b[^>]*\bsrc="[^"]*ties-map\.js"[^>]*><\/script>/g;
const EMBED_STYLESHEET = /<link\b[^>]*\bhref="[^"]*ties-map\.css"[^>]*>\n?/g;
const ELEMENT = /<ties-map\b[^>]*>\s*<\/ties-map>/g;
/** README "Embed": the rule a page needs when the element is not yet defined at its first paint. */
export const UNDEFINED_RULE = 'ties-map:not(:defined) { display: block; min-height: 1000px; }';

function count(html: string, pattern: RegExp): number {
  return html.match(pattern)?.length ?? 0;
}

/** The article without any `<ties-map>` and without the script that defines it. */
export function withoutEmbed(html: string): string {
  if (count(html, EMBED_SCRIPT) === 0 || count(html, ELEMENT) === 0)
    throw new Error('article-variants: found no embed to remove');
  return html.replace(ELEMENT, '').replace(EMBED_SCRIPT, '').replace(EMBED_STYLESHEET, '');
}

/** The snippet without its stylesheet, as before the package shipped one. */
export function withoutStylesheet(html: string): string {
  if (count(html, EMBED_STYLESHEET) === 0)
    throw new Error('article-variants: the page links no ties-map.css');
  return html.replace(EMBED_STYLESHEET, '');
}

/** The embed's script without `blocking="render"`: the first paint comes before the element is defined. */
export function withoutRenderBlocking(html: string, rule?: string): string {
  const script = html.match(EMBED_SCRIPT)?.[0];
  if (!script?.includes(' blocking="render"'))
    throw new Error('article-variants: the embed script has no blocking="render"');
  const page = html.replace(script, script.replace(' blocking="render"', ''));
  return rule === undefined ? page : page.replace('</head>', `<style>${rule}</style>\n</head>`);
}
