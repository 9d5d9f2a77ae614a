// Shared by the framework typings: handler props named after the element's events.
import type { TiesMapEventMap } from '../dist/types/index.js';

/** `onties-select` and so on: React 19 and Svelte 5 add such props as listeners for the event of the same name. */
export type TiesMapEventProps = { [K in keyof TiesMapEventMap as `on${K}`]?: (event: TiesMapEventMap[K]) => void };
