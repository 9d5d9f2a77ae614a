/**
 * `<ties-map>` in Svelte 5 markup, checked by `svelte-check`: `import type {} from 'ties-map/svelte';`
 * once in the app. Svelte sets an attribute as a property when the element has it
 * (`data={dataset}` passes the object) and adds `onties-*` attributes as event listeners.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { TiesMapElement, TiesMapProperties } from '../dist/types/index.js';
import type { TiesMapEventProps } from './events.js';

export type TiesMapSvelteAttributes = HTMLAttributes<TiesMapElement> &
  Partial<TiesMapProperties> &
  TiesMapEventProps & { 'as-of'?: string; 'sync-url'?: boolean; 'max-size'?: number };

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'ties-map': TiesMapSvelteAttributes;
  }
}
