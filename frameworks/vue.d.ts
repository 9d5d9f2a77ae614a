/**
 * `<ties-map>` in Vue 3 templates, checked by `vue-tsc --strictTemplates`:
 * `import type {} from 'ties-map/vue';` once in the app, and tell Vue's compiler the tag is a
 * custom element (`compilerOptions.isCustomElement: (tag) => tag === 'ties-map'`). Vue sets a
 * binding as a property when the element has it, so `:data="dataset"` passes the object.
 * This follows the pattern in Vue's guide ("Non-Vue Web Components and TypeScript").
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { TiesMapElement, TiesMapEventMap, TiesMapProperties } from '../dist/types/index.js';
import type { TiesMapHandlerProps } from './events.js';

type VueEmit<T extends Record<string, Event>> = EmitFn<{ [K in keyof T]: (event: T[K]) => void }>;
/** `@ties-select="…"` compiles to the prop `onTiesSelect`, which vue-tsc checks against these. */
export type TiesMapVueEventProps = TiesMapHandlerProps;

export type TiesMapVueComponent = new () => TiesMapElement & {
  /** @deprecated For template type checking only; not a property of the element. */
  $props: HTMLAttributes &
    Partial<TiesMapProperties> &
    TiesMapVueEventProps &
    PublicProps & { 'as-of'?: string; 'sync-url'?: boolean; 'max-size'?: number };
  /** @deprecated For template type checking only; not a property of the element. */
  $emit: VueEmit<TiesMapEventMap & Record<string, Event>>;
};

declare module 'vue' {
  interface GlobalComponents {
    'ties-map': TiesMapVueComponent;
  }
}
