/**
 * What the feature controllers may ask of the element: its state, one dispatch, events and the
 * announcer; and what the map controller asks of it (MapHost, MapDelegate).
 */
import type { ReactiveControllerHost } from 'lit';
import type { Dataset } from '../data/types.ts';
import type { MapPalette, Renderer } from '../render/renderer.ts';
import type { FrameShape } from '../scene/anchors.ts';
import type { Scene } from '../scene/types.ts';
import type { Derived } from '../scene/derive.ts';
import type { Action } from '../state/reduce.ts';
import type { ViewState } from '../state/view-state.ts';
import type { TiesMapEventMap } from './events.ts';
import type { Strings } from '../text/strings.ts';

export interface TiesHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly strings: Strings;
  /** The dataset shown, or null. */
  readonly model: Dataset | null;
  readonly view: ViewState;
  /** Derived state of the last update, or null without a dataset. */
  readonly derived: Derived | null;
  presenter: boolean;
  syncUrl: boolean;
  dispatch(action: Action): void;
  /** Says one of the element's events (events.ts): a name it does not have, or a detail of another shape, does not compile. */
  emit<K extends keyof TiesMapEventMap>(name: K, detail: TiesMapEventMap[K]['detail']): void;
  /** Says `text()` in the live region once the update it belongs to is done. */
  announce(text: () => string): void;
}

export interface MapHost extends ReactiveControllerHost, HTMLElement {
  readonly hasUpdated: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  loading: 'lazy' | 'eager';
  renderer: string | null;
  readonly strings: Strings;
}

export interface MapDelegate {
  /** The scene to draw now, or null when there is none (no valid dataset). */
  scene(): Scene | null;
  /** The dataset the scene shows: a new one is framed afresh, the same one keeps its camera. */
  dataset(): object | null;
  /** The map width and shape the scene was laid out for (a resize past them lays it out again). */
  laidOutFor(): { width: number; height: number; shape: FrameShape } | null;
  palette(): MapPalette;
  edgeClick(edgeId: string): void;
  edgeHover(edgeId: string | null): void;
  shapeClick(shapeId: string | null): void;
  /** The picture for the current view is complete. */
  drawn(kind: Renderer['kind']): void;
  /** Actors whose labels never give way: those the current scene names (label-positions.ts). */
  named(): ReadonlySet<string>;
  /** The padding (CSS px) the camera leaves around what it frames: larger where labels are. */
  fitPadding(): number;
  /** The picture cannot be shown (no WebGL2, a context lost for good, a worker that did not load), or can again (null). */
  unavailable(reason: string | null): void;
}
