/**
 * A tiny SVG element tree: the markup builders return it, Node serialises it to text (escaped)
 * and the browser renderer turns it into elements with createElementNS and setAttribute, so no
 * markup is ever parsed in the page (no innerHTML: nothing for Trusted Types to refuse, nothing
 * from a dataset to inject).
 */
import { escapeXml, num } from './escape.ts';

export type AttrValue = string | number | null | undefined;

export interface SvgNode {
  tag: string;
  attrs: Readonly<Record<string, AttrValue>>;
  children: readonly (SvgNode | string)[];
}

export const SVG_NS = 'http://www.w3.org/2000/svg';

export function el(
  tag: string,
  attrs: Readonly<Record<string, AttrValue>> = {},
  children: readonly (SvgNode | string)[] = [],
): SvgNode {
  return { tag, attrs, children };
}

/** An attribute's text as markup and the DOM get it (numbers rounded). */
export function attrText(value: string | number): string {
  return typeof value === 'number' ? num(value) : value;
}

export function toMarkup(node: SvgNode | string): string {
  if (typeof node === 'string') return escapeXml(node);
  let out = `<${node.tag}`;
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value !== undefined && value !== null) out += ` ${name}="${escapeXml(attrText(value))}"`;
  }
  if (node.children.length === 0) return `${out}/>`;
  return `${out}>${node.children.map(toMarkup).join('')}</${node.tag}>`;
}

export function toDom(node: SvgNode, doc: Document): SVGElement {
  const element: SVGElement = doc.createElementNS(SVG_NS, node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value !== undefined && value !== null) element.setAttribute(name, attrText(value));
  }
  for (const child of node.children)
    element.append(typeof child === 'string' ? doc.createTextNode(child) : toDom(child, doc));
  return element;
}
