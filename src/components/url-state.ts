/**
 * The view in the location hash, namespaced by the element's id so two maps on a page do not
 * collide: `#ties.layers=energy,arms&ties.focus=AZE&ties.asof=2024&ties.scene=energy&ties.tie=ISR>AZE:arms&ties.worldview=un`.
 * Other keys in the hash (the page's own, another map's) are kept as they are. A null value is
 * left out; an empty string is written as an empty value (`ties.focus=`), which reads back as ''.
 */
export interface UrlView {
  layers: string | null;
  focus: string | null;
  asOf: string | null;
  scene: string | null;
  edge: string | null;
  worldview: string | null;
}

const KEYS: Record<keyof UrlView, string> = { layers: 'layers', focus: 'focus', asOf: 'asof', scene: 'scene', edge: 'tie', worldview: 'worldview' };

export function readUrlView(hash: string, namespace: string): UrlView {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const get = (key: keyof UrlView) => params.get(`${namespace}.${KEYS[key]}`);
  const layers = get('layers');
  return {
    layers: layers === null ? null : layers.split(',').filter(Boolean).join(' '),
    focus: get('focus'),
    asOf: get('asOf'),
    scene: get('scene'),
    edge: get('edge'),
    worldview: get('worldview'),
  };
}

export function writeUrlView(hash: string, namespace: string, view: UrlView): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const [key, name] of Object.entries(KEYS) as [keyof UrlView, string][]) {
    const value = view[key];
    const param = `${namespace}.${name}`;
    if (value === null) params.delete(param);
    else params.set(param, key === 'layers' ? value.split(/\s+/).join(',') : value);
  }
  const text = params.toString();
  return text ? `#${text}` : '';
}
