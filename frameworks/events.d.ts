// Shared by the framework typings: handler props named after the element's events.
import type { TiesMapEventMap } from '../dist/types/index.js';

/** `onties-select` and so on: React 19 and Svelte 5 add such props as listeners for the event of the same name. */
export type TiesMapEventProps = {
  [K in keyof TiesMapEventMap as `on${K}`]?: (event: TiesMapEventMap[K]) => void;
};

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<Camel<Tail>>}`
  : S;
/** `onTiesSelect` and so on: props named as React components and Vue's compiled `@ties-select` name them. */
export type TiesMapHandlerProps = {
  [K in keyof TiesMapEventMap as `on${Capitalize<Camel<K>>}`]?: (event: TiesMapEventMap[K]) => void;
};
