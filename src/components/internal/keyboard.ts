/**
 * Keys on the element: Escape closes the card first, then the preview, then clears the focus (in
 * presenter mode the focus is the step's, so Escape goes on to the presenter keys instead); arrow
 * keys move keyboard focus between actor labels (west to east) and between edge handles.
 */
import type { TiesHost } from '../host.ts';
import type { EvidenceController } from '../controllers/evidence-controller.ts';

export function onEscape(
  host: TiesHost,
  evidence: EvidenceController,
  setFocus: (actor: string | null) => void,
  event: KeyboardEvent,
): void {
  if (event.key !== 'Escape') return;
  const view = host.view;
  if (view.openEdge !== null) evidence.close();
  else if (view.previewEdge !== null) host.dispatch({ type: 'preview-edge', edge: null });
  else if (host.derived?.view.focus && !host.presenter) setFocus(null);
  else return;
  event.stopPropagation();
}

export function onArrow(host: TiesHost, event: KeyboardEvent): void {
  const step =
    event.key === 'ArrowRight' || event.key === 'ArrowDown'
      ? 1
      : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
        ? -1
        : 0;
  const derived = host.derived;
  if (step === 0 || !derived) return;
  const target = event.composedPath()[0] as HTMLElement;
  const cycle = (order: string[], id: string) =>
    order[(order.indexOf(id) + step + order.length) % order.length];
  let selector: string | null = null;
  if (target.dataset['actorId']) {
    const order = [...derived.scene.actors]
      .sort((a, b) => a.anchor[0] - b.anchor[0])
      .map((a) => a.id);
    selector = `.actor-label[data-actor-id="${CSS.escape(cycle(order, target.dataset['actorId'])!)}"]`;
  } else if (target.dataset['edgeId']) {
    const next = cycle(
      derived.navigableEdges.map((e) => e.id),
      target.dataset['edgeId'],
    );
    if (next) selector = `[data-edge-id="${CSS.escape(next)}"]`;
  }
  if (!selector) return;
  event.preventDefault();
  host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
}
