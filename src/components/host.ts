/** What the feature controllers may ask of the element: its state, one dispatch, events and the announcer. */
import type { ReactiveControllerHost } from 'lit';
import type { Dataset } from '../data/types.ts';
import type { Derived } from '../scene/derive.ts';
import type { Action } from '../state/reduce.ts';
import type { ViewState } from '../state/view-state.ts';
import type { Strings } from './strings.ts';

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
  emit(name: string, detail: unknown): void;
  /** Says `text()` in the live region once the update it belongs to is done. */
  announce(text: () => string): void;
}
