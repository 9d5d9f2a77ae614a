/**
 * dist/embed.html's configuration: its hash, `#src=…&layers=…&scene=…&as-of=…&focus=…&theme=…&worldview=…`
 * the grouping (`&group=region`), every flow drawn in full (`&flows=all`) and the filters (`&status=…&stance=…&source=…&direction=…&min=…`),
 * read into the element's attributes (DESIGN.md, "Publishing"). Pure, so node tests read it.
 */

import { ownValue } from '../data/own.ts';

/** Hash keys and the attribute each sets: every view setting of the element, and its loading limits. */
const ATTRIBUTES: Record<string, string> = {
  src: 'src',
  layers: 'layers',
  focus: 'focus',
  'as-of': 'as-of',
  asof: 'as-of',
  scene: 'scene',
  worldview: 'worldview',
  group: 'group',
  flows: 'flows',
  status: 'status',
  stance: 'stance',
  source: 'source',
  direction: 'direction',
  min: 'min',
  theme: 'theme',
  renderer: 'renderer',
  lang: 'lang',
  timeout: 'timeout',
  'max-size': 'max-size',
};

export interface EmbedConfig {
  /** Attribute → value, in the order to set them (`src` last); null removes it (`theme=auto`: follow the reader's colour scheme). */
  attributes: Map<string, string | null>;
  /** The key of the height message (`{ "ties-map-height": { [id]: height } }`). */
  id: string;
  /** Keys this page does not know, to warn about. */
  unknown: string[];
}

export function readEmbedHash(hash: string): EmbedConfig {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const attributes = new Map<string, string | null>();
  const unknown: string[] = [];
  let id = 'ties-map';
  for (const [key, value] of params) {
    if (key === 'id') id = value || id;
    else if (key === 'theme' && value === 'auto') attributes.set('theme', null);
    else if (key === 'layers')
      attributes.set(
        'layers',
        value
          .split(/[\s,]+/)
          .filter(Boolean)
          .join(' '),
      );
    else {
      const attribute = ownValue(ATTRIBUTES, key);
      if (attribute) attributes.set(attribute, value);
      else unknown.push(key);
    }
  }
  // Every setting the hash does not name goes back to the element's default (a hash changed in place).
  for (const name of new Set(Object.values(ATTRIBUTES)))
    if (!attributes.has(name)) attributes.set(name, null);
  // `src` goes last, whatever the hash's order: its load starts under the timeout and max-size set before it.
  const src = attributes.get('src') ?? null;
  attributes.delete('src');
  attributes.set('src', src);
  return { attributes, id, unknown };
}

/** The two height messages a parent may understand: AMP's `amp-iframe resizable`, and dist/resize.js. */
export function heightMessages(id: string, height: number): unknown[] {
  return [{ sentinel: 'amp', type: 'embed-size', height }, { 'ties-map-height': { [id]: height } }];
}

/** What dist/resize.js sends an iframe to have its height posted again (it may load after the embed). */
export const HEIGHT_REQUEST = 'ties-map-height?';
