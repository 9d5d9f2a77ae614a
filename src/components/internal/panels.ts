/**
 * What the reader unfolded of the element's panels: the filters' panel, and on a phone the
 * description and the extras (timeline and downloads); and the focus panel's layers listed in full
 * ("all N ties"), kept for the actor they were asked for, so focusing another actor lists its
 * layers shortened again.
 */
import type { ReactiveControllerHost } from 'lit';

export type Fold = 'filters' | 'description' | 'extras';

export class Panels {
  private readonly open = new Set<Fold>();
  private expanded: { actor: string | null; layers: Set<string> } = {
    actor: null,
    layers: new Set(),
  };

  constructor(
    private readonly host: ReactiveControllerHost & {
      readonly renderRoot: HTMLElement | DocumentFragment;
    },
  ) {}

  isOpen(fold: Fold): boolean {
    return this.open.has(fold);
  }

  toggle(fold: Fold): void {
    if (!this.open.delete(fold)) this.open.add(fold);
    this.host.requestUpdate();
  }

  /** The focus panel's layers listed in full for `actor`. */
  layersOf(actor: string): ReadonlySet<string> {
    if (this.expanded.actor !== actor) this.expanded = { actor, layers: new Set() };
    return this.expanded.layers;
  }

  /** Lists all of a layer's ties in the focus panel; the keyboard goes on at the first one it adds. */
  async expand(layer: string, firstAdded: number): Promise<void> {
    this.expanded.layers.add(layer);
    this.host.requestUpdate();
    await this.host.updateComplete;
    const links = this.host.renderRoot.querySelectorAll<HTMLElement>(
      `.focus-panel section[data-layer="${CSS.escape(layer)}"] .tie-link`,
    );
    links[firstAdded]?.focus();
  }
}
