/**
 * The element's events and their details (DESIGN.md, "Element API"), typed for
 * `addEventListener` through `HTMLElementEventMap` and for the framework typings in src/types/.
 */
// Written out rather than imported: the package's types must not reach modules that name Lit.
export type TiesErrorType = 'data' | 'fetch' | 'webgl';

export interface TiesReadyDetail {
  /** Actors in the dataset. */
  actors: number;
  /** Ties visible in the current view. */
  ties: number;
}

export interface TiesDrawnDetail {
  renderer: 'webgl' | 'svg';
}

export interface TiesErrorDetail {
  type: TiesErrorType;
  errors: { path: string; message: string }[];
}

/** An edge (the ids of the ties it draws) or an actor was chosen. */
export type TiesSelectDetail = { ties: string[]; actor?: never } | { actor: string; ties?: never };

export type TiesReadyEvent = CustomEvent<TiesReadyDetail>;
export type TiesDrawnEvent = CustomEvent<TiesDrawnDetail>;
export type TiesErrorEvent = CustomEvent<TiesErrorDetail>;
export type TiesSelectEvent = CustomEvent<TiesSelectDetail>;

/** Event name → event, for the typings of every framework. */
export interface TiesMapEventMap {
  'ties-ready': TiesReadyEvent;
  'ties-drawn': TiesDrawnEvent;
  'ties-error': TiesErrorEvent;
  'ties-select': TiesSelectEvent;
}

declare global {
  // The events bubble and are composed, so any element or the document may listen.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds the map's events
  interface HTMLElementEventMap extends TiesMapEventMap {}
}
