/**
 * A MapLibre worker that does not load (a 404, a refused URL): the element says so with
 * `ties-error` and keeps saying it on the map. Here the worker fails before the map is built (a
 * fast 404 beats the MapLibre chunk), so the failure is heard inside the renderer's constructor;
 * the mount that follows must not wipe the sentence off the map (it did: the e2e test of the same
 * case failed when the 404 came first, depending on load).
 */
import { afterAll, describe, expect, it } from 'vitest';
import shipped from '../../../data/azerbaijan-israel-usa.json';
import { mount, nextEvent, shadow } from '../helpers.ts';

/** A worker whose script never loads: an `error` event right after it is constructed, no messages. */
class FailingWorker extends EventTarget {
  onmessage = null;
  onerror = null;
  constructor(readonly url: string | URL) {
    super();
    queueMicrotask(() => this.dispatchEvent(new Event('error')));
  }
  postMessage(): void {}
  terminate(): void {}
}

const NativeWorker = globalThis.Worker;
globalThis.Worker = FailingWorker as unknown as typeof Worker;
afterAll(() => {
  globalThis.Worker = NativeWorker;
});

describe('a MapLibre worker that does not load', () => {
  it('gives ties-error and keeps the sentence on the map after the mount finishes', async () => {
    const { el } = mount((el) => {
      el.setAttribute('renderer', 'webgl');
      el.setAttribute('loading', 'eager');
      el.data = shipped;
    });
    const error = await nextEvent(el, 'ties-error');
    expect(error.detail).toMatchObject({ type: 'webgl', errors: [{ path: 'renderer' }] });
    expect(JSON.stringify(error.detail)).toContain('worker script did not load from');
    // The mount that heard the failure has finished: its renderer is the element's.
    await expect.poll(() => el.mapRenderer).not.toBeNull();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="map-status"]')?.textContent).toContain(
      'did not load from',
    );
    el.remove();
  });
});
