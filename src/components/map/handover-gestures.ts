/**
 * What makes `renderer="auto"` hand the SVG picture over to WebGL: the reader asking to pan or
 * zoom (a wheel turn, a drag of more than a few px, a double click, a two-finger touch). The
 * pointer entering the map only starts fetching MapLibre. A plain click or tap (opening an
 * edge's card) hands nothing over: compiling MapLibre's shaders then would block the main thread
 * right when the reader wants to read the card.
 *
 * Why not on idle: MapLibre's start is the same long tasks whenever it runs (bench/RESULTS.md,
 * "webgl" against "auto"), and a page's Total Blocking Time counts them until the page is quiet,
 * so an idle hand-over adds them to every page view, read or not.
 */
const DRAG_PX = 4;

export function watchHandoverGestures(
  target: HTMLElement,
  onIntent: () => void,
  onGesture: () => void,
): () => void {
  let down: { x: number; y: number } | null = null;
  const gesture = () => onGesture();
  const pointerDown = (e: Event) => {
    const { clientX: x, clientY: y } = e as PointerEvent;
    down = { x, y };
  };
  const pointerUp = () => {
    down = null;
  };
  const pointerMove = (e: Event) => {
    const { clientX, clientY, buttons } = e as PointerEvent;
    if (down && buttons !== 0 && Math.hypot(clientX - down.x, clientY - down.y) > DRAG_PX)
      gesture();
  };
  const touch = (e: Event) => {
    if ((e as TouchEvent).touches.length > 1) gesture();
  };
  const intent = () => onIntent();
  const listeners: [string, EventListener][] = [
    ['wheel', gesture],
    ['dblclick', gesture],
    ['pointerdown', pointerDown],
    ['pointerup', pointerUp],
    ['pointercancel', pointerUp],
    ['pointermove', pointerMove],
    ['touchstart', touch],
    ['pointerenter', intent],
  ];
  for (const [type, listener] of listeners)
    target.addEventListener(type, listener, { passive: true });
  return () => {
    for (const [type, listener] of listeners) target.removeEventListener(type, listener);
  };
}
