/**
 * The evidence card: opening an edge's card (from the map, its handle, the table or the focus
 * panel) selects its ties, moves keyboard focus to the card and announces it; closing returns
 * keyboard focus to where it came from. Also the card's "Copy citation".
 */
import type { ReactiveController } from 'lit';
import type { Tie } from '../../data/types.ts';
import { tieEdgeId } from '../../data/edge-id.ts';
import { citeTie } from '../internal/citation.ts';
import type { TiesHost } from '../host.ts';

export class EvidenceController implements ReactiveController {
  /** Finds the control that opened the card, to return keyboard focus to it on close. */
  private returnFocus: (() => HTMLElement | null) | null = null;
  /** Keyboard focus is going back to a handle as a card closes: that focus previews nothing. */
  private refocusing = false;

  constructor(private readonly host: TiesHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.returnFocus = null;
  }

  /**
   * The handle of an edge, to return keyboard focus to: its button over the map, not the SVG
   * picture's `<g data-edge-id>` of the same edge (which cannot take focus); the map region when
   * the edge has no handle (too many edges, or a step that hides it).
   */
  handleOf(edgeId: string): () => HTMLElement | null {
    return () =>
      this.host.renderRoot.querySelector<HTMLElement>(
        `.edge-handle[data-edge-id="${CSS.escape(edgeId)}"]`,
      ) ?? this.host.renderRoot.querySelector<HTMLElement>('.map');
  }

  /**
   * A card closed by something else than its own close (a presenter step, a layer toggle, a
   * restored link) took keyboard focus with it: it goes where closing the card would send it.
   */
  hostUpdated(): void {
    if (this.returnFocus === null || this.host.view.openEdge !== null) return;
    const target = this.returnFocus();
    this.returnFocus = null;
    const root = this.host.renderRoot as ShadowRoot;
    const lost =
      root.activeElement === null &&
      (document.activeElement === document.body || document.activeElement === this.host);
    if (lost && target?.isConnected) this.refocus(target);
  }

  /** Focus back on what opened the card, without the preview a handle's focus would show: the card was just closed. */
  private refocus(target: HTMLElement): void {
    this.refocusing = true;
    try {
      target.focus();
    } finally {
      this.refocusing = false;
    }
  }

  /** Opens an edge's card from the map or its handle (keyboard focus returns to the handle). */
  openEdge(edgeId: string): void {
    this.open(edgeId, this.handleOf(edgeId));
  }

  /** Hovering an edge's handle previews its card while no card is open. */
  preview(edgeId: string, how: 'enter' | 'leave'): void {
    const view = this.host.view;
    if (how === 'enter' && view.openEdge === null && !this.refocusing)
      this.host.dispatch({ type: 'preview-edge', edge: edgeId });
    else if (how === 'leave' && view.previewEdge === edgeId)
      this.host.dispatch({ type: 'preview-edge', edge: null });
  }

  open(edgeId: string, returnFocus: () => HTMLElement | null): void {
    const edge = this.host.derived?.edgesById.get(edgeId);
    if (!edge) return;
    this.returnFocus = returnFocus;
    this.host.dispatch({ type: 'open-edge', edge: edgeId });
    this.host.emit('ties-select', { ties: edge.tieIds });
    void this.host.updateComplete.then(() => {
      const heading = this.host.renderRoot.querySelector<HTMLElement>('#evidence-heading');
      heading?.focus();
      if (heading)
        this.host.announce(() => this.host.strings.announceEvidence(heading.textContent ?? ''));
    });
  }

  /** Opens the card of the edge a tie is drawn on (from the table or the focus panel). */
  openTie(tie: Tie, opener: HTMLElement): void {
    const edgeId = tieEdgeId(tie);
    if (this.host.derived?.edgesById.has(edgeId))
      this.open(edgeId, () => (opener.isConnected ? opener : null));
  }

  close(): void {
    if (this.host.view.openEdge === null) return;
    this.host.dispatch({ type: 'open-edge', edge: null });
    const target = this.returnFocus?.();
    this.returnFocus = null;
    void this.host.updateComplete.then(() => target?.isConnected && this.refocus(target));
  }

  async copyCitation(tie: Tie): Promise<void> {
    const dataset = this.host.model;
    if (!dataset) return;
    const s = this.host.strings;
    const text = citeTie(dataset, tie, s);
    try {
      await navigator.clipboard.writeText(text);
      this.host.announce(() => s.copied);
    } catch {
      this.host.announce(() => s.copyFailed);
    }
  }
}
