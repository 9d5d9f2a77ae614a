/**
 * The view in the location hash, namespaced by the element's id so two maps on a page do not
 * collide: `#ties.layers=energy,arms&ties.focus=AZE&ties.asof=2024&ties.scene=energy&ties.tie=ISR>AZE:arms&ties.worldview=un`,
 * the filters: `&ties.status=stated,reported&ties.stance=adversarial&ties.source=a,b&ties.direction=out&ties.min=100`,
 * a register's "Show all": `&ties.flows=all`, and a grouping of actors: `&ties.group=subregion`
 * with the groups the reader expanded: `&ties.expand=145,151`.
 * Other keys in the hash (the page's own, another map's) are kept as they are. A null value is
 * left out; an empty string is written as an empty value (`ties.focus=`), which reads back as ''.
 */
import type { SpelledView } from '../../state/reduce.ts';

/** The view as the hash spells it: what the attributes spell. */
export type UrlView = SpelledView;

const KEYS: Record<keyof UrlView, string> = {
  layers: 'layers',
  focus: 'focus',
  asOf: 'asof',
  scene: 'scene',
  edge: 'tie',
  worldview: 'worldview',
  flows: 'flows',
  group: 'group',
  expand: 'expand',
  status: 'status',
  stance: 'stance',
  source: 'source',
  direction: 'direction',
  min: 'min',
};
/** Lists: space-separated in the state, comma-separated in the hash (as the layers attribute reads either). */
const LISTS: ReadonlySet<keyof UrlView> = new Set(['layers', 'status', 'source', 'expand']);

export function readUrlView(hash: string, namespace: string): UrlView {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const view = {} as UrlView;
  for (const key of Object.keys(KEYS) as (keyof UrlView)[]) {
    const value = params.get(`${namespace}.${KEYS[key]}`);
    view[key] =
      value !== null && LISTS.has(key) ? value.split(',').filter(Boolean).join(' ') : value;
  }
  return view;
}

export function writeUrlView(hash: string, namespace: string, view: UrlView): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const [key, name] of Object.entries(KEYS) as [keyof UrlView, string][]) {
    const value = view[key];
    const param = `${namespace}.${name}`;
    if (value === null) params.delete(param);
    else params.set(param, LISTS.has(key) ? value.split(/\s+/).join(',') : value);
  }
  const text = params.toString();
  return text ? `#${text}` : '';
}
