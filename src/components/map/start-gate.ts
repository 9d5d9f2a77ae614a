/**
 * When a map's dataset may start loading. The first map on a page starts at once; a further map
 * (with the default `loading="lazy"`) waits until every other map that started before it has
 * painted its first picture, and until it nears the viewport itself. A page with two maps then
 * spends its first seconds, and its main thread, on the one the reader sees; the one further down
 * fetches, parses and lays out its scene while the reader scrolls towards it. Printing lets every
 * waiting map start (`beforeprint`, or the print media query turning on), so that a print shows
 * all of the page's pictures. `loading="eager"` starts at once.
 */

/** How near the viewport a waiting map starts: half a viewport ahead of the reader's scroll. */
export const NEAR_VIEWPORT = '50% 0px';

/** Maps whose load started and whose first picture has not come (nor an error, nor their removal). */
const unpainted = new Set<Element>();
/** The checks of maps waiting to start: run whenever a map paints or printing begins. */
const waiting = new Set<() => void>();
/** Once the page prints, nothing waits any more. */
let printing = false;
let printWatched = false;

function wake(): void {
  for (const check of [...waiting]) check();
}

function watchPrint(): void {
  if (printWatched || typeof window === 'undefined') return;
  printWatched = true;
  const begin = () => {
    printing = true;
    wake();
  };
  window.addEventListener('beforeprint', begin);
  window.matchMedia?.('print').addEventListener?.('change', (event) => event.matches && begin());
}

const othersUnpainted = (self: Element, laidOutOnly: boolean) =>
  [...unpainted].some(
    (other) =>
      other !== self && other.isConnected && (!laidOutOnly || other.getClientRects().length > 0),
  );

/**
 * Resolves true when `map` may start loading (it then counts as unpainted until `settled`), false
 * when `signal` aborted first (a newer input, or the element left the page).
 */
export function whenDue(map: Element, eager: boolean, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  // No layout is read here: a map connects while the page is still being parsed, and reading one
  // would lay the page out inside that task.
  if (
    eager ||
    printing ||
    !othersUnpainted(map, false) ||
    typeof IntersectionObserver === 'undefined'
  ) {
    unpainted.add(map);
    return Promise.resolve(true);
  }
  watchPrint();
  return new Promise((resolve) => {
    let near = false;
    let done = false;
    const observer = new IntersectionObserver(
      (entries) => {
        near = entries[entries.length - 1]!.isIntersecting;
        check();
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    // Once: an observer report already queued may still arrive after an abort.
    const finish = (go: boolean) => {
      if (done) return;
      done = true;
      observer.disconnect();
      waiting.delete(check);
      signal.removeEventListener('abort', onAbort);
      if (go) unpainted.add(map);
      resolve(go);
    };
    // Near the viewport, a map that is not laid out (`display: none`) holds it back no longer: it
    // may never paint. Read only once near, when the observer has just had the page laid out.
    const check = () => {
      if (printing || (near && !othersUnpainted(map, true))) finish(true);
    };
    const onAbort = () => finish(false);
    waiting.add(check);
    signal.addEventListener('abort', onAbort);
    observer.observe(map);
  });
}

/** `map` painted its first picture, failed, or left the page: the maps waiting on it may go. */
export function settled(map: Element): void {
  if (unpainted.delete(map)) wake();
}
