/**
 * Brings elements made by toDom from one element tree to the next with the fewest DOM changes:
 * attributes set only where their value changed, children matched by key (an edge's, cue's or
 * marker's id, else a key the caller gives, else the position), so a toggle removes the vanished
 * edges' elements and adds the new ones, and a focus rewrites only the opacity of the edges it dims.
 */
import { attrText, toDom, type SvgNode } from './tree.ts';

const KEY_ATTRIBUTES = ['data-edge-id', 'data-cue-for', 'data-marker-for'] as const;

function keyOf(node: SvgNode | string, index: number, keys: readonly string[] | undefined): string {
  if (typeof node !== 'string') {
    for (const name of KEY_ATTRIBUTES) {
      const value = node.attrs[name];
      if (value !== undefined && value !== null) return `${name}=${value}`;
    }
  }
  return keys?.[index] ?? `#${index}`;
}

function patchAttributes(element: Element, before: SvgNode, after: SvgNode): void {
  for (const [name, value] of Object.entries(after.attrs)) {
    if (value === undefined || value === null) continue;
    const old = before.attrs[name];
    if (old === value || (old !== undefined && old !== null && attrText(old) === attrText(value)))
      continue;
    element.setAttribute(name, attrText(value));
  }
  for (const [name, old] of Object.entries(before.attrs)) {
    const value = after.attrs[name];
    if (old !== undefined && old !== null && (value === undefined || value === null))
      element.removeAttribute(name);
  }
}

/**
 * `element` (made from `before`) made to match `after`. `childKeys` name the children of this
 * element that carry no id of their own (an edge's halo), by position, before and after.
 */
export function patchDom(
  element: Element,
  before: SvgNode,
  after: SvgNode,
  childKeys?: { before: readonly string[]; after: readonly string[] },
): void {
  if (before === after) return;
  patchAttributes(element, before, after);
  const doc = element.ownerDocument;
  const kids = [...element.childNodes];
  if (
    before.children.some((c) => typeof c === 'string') ||
    after.children.some((c) => typeof c === 'string') ||
    kids.length !== before.children.length
  ) {
    // Text (not in the scene layers) is not diffed: the children are made again.
    element.replaceChildren(
      ...after.children.map((c) => (typeof c === 'string' ? doc.createTextNode(c) : toDom(c, doc))),
    );
    return;
  }
  const old = new Map<string, { node: SvgNode; dom: Element }>();
  before.children.forEach((node, i) =>
    old.set(keyOf(node, i, childKeys?.before), { node: node as SvgNode, dom: kids[i] as Element }),
  );
  const wanted = new Set(after.children.map((node, i) => keyOf(node, i, childKeys?.after)));
  for (const [key, { dom }] of old) if (!wanted.has(key)) dom.remove();
  let cursor: ChildNode | null = element.firstChild;
  after.children.forEach((node, i) => {
    const next = node as SvgNode;
    let kept = old.get(keyOf(next, i, childKeys?.after));
    if (kept && kept.node.tag !== next.tag) {
      if (kept.dom === cursor) cursor = cursor.nextSibling;
      kept.dom.remove();
      kept = undefined;
    }
    if (!kept) {
      element.insertBefore(toDom(next, doc), cursor);
      return;
    }
    patchDom(kept.dom, kept.node, next);
    if (kept.dom === cursor) cursor = cursor.nextSibling;
    else element.insertBefore(kept.dom, cursor);
  });
}
