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
  // Most elements are shapes without children: nothing more to compare.
  if (before.children.length === 0 && after.children.length === 0) return;
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
  if (sameKeys(before.children, after.children, childKeys)) {
    // The same children in the same order (an edge's stroke and target; a layer nothing came
    // to or went from): each patched in place, nothing moved.
    after.children.forEach((node, i) =>
      patchDom(kids[i] as Element, before.children[i] as SvgNode, node as SvgNode),
    );
    return;
  }
  const old = new Map<string, { node: SvgNode; dom: Element; at: number }>();
  before.children.forEach((node, i) =>
    old.set(keyOf(node, i, childKeys?.before), {
      node: node as SvgNode,
      dom: kids[i] as Element,
      at: i,
    }),
  );
  // Each new child's element: the kept one (patched in place) or undefined for one to make.
  const kept = after.children.map((node, i) => {
    const next = node as SvgNode;
    const found = old.get(keyOf(next, i, childKeys?.after));
    if (!found || found.node.tag !== next.tag) return undefined;
    old.delete(keyOf(next, i, childKeys?.after));
    patchDom(found.dom, found.node, next);
    return found;
  });
  for (const { dom } of old.values()) dom.remove();
  // The kept elements already in order stay where they are; only the others move (a focused edge
  // drawn last): moving every element after a moved one re-laid out all of them.
  const stay = inOrder(kept.map((k) => k?.at ?? -1));
  let anchor: Element | null = null;
  for (let i = after.children.length - 1; i >= 0; i--) {
    const found = kept[i];
    let dom: Element;
    if (!found) {
      dom = toDom(after.children[i] as SvgNode, doc);
      element.insertBefore(dom, anchor);
    } else {
      dom = found.dom;
      if (!stay.has(i)) element.insertBefore(dom, anchor);
    }
    anchor = dom;
  }
}

function sameKeys(
  before: readonly (SvgNode | string)[],
  after: readonly (SvgNode | string)[],
  childKeys: { before: readonly string[]; after: readonly string[] } | undefined,
): boolean {
  if (before.length !== after.length) return false;
  for (let i = 0; i < before.length; i++) {
    const [a, b] = [before[i] as SvgNode, after[i] as SvgNode];
    if (a.tag !== b.tag || keyOf(a, i, childKeys?.before) !== keyOf(b, i, childKeys?.after))
      return false;
  }
  return true;
}

/**
 * The positions of a longest increasing run (not necessarily contiguous) of `at`'s non-negative
 * values: the children that can keep their place while the others move around them.
 */
function inOrder(at: readonly number[]): Set<number> {
  // tails[k]: the position ending the best run of length k + 1 found so far; back: each one's predecessor.
  const tails: number[] = [];
  const back = new Array<number>(at.length).fill(-1);
  at.forEach((value, i) => {
    if (value < 0) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[tails[mid]!]! < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) back[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const stay = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = back[i]!) stay.add(i);
  return stay;
}
