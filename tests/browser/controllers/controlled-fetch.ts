import { afterEach, beforeEach } from 'vitest';
import { page } from 'vitest/browser';

/**
 * A fetch the test answers by hand, so that "slow" responses are ordered by the test, not by time:
 * each call waits until the test answers it (or the caller aborts it). Only URLs under /slow/ go
 * through it; the rest reach the dev server.
 */
export interface PendingFetch {
  url: string;
  signal: AbortSignal | null;
  /** Answers with these bytes (or text) and headers; `ignoreAbort` answers even an aborted call, as a racing network would. */
  answer(body: string | Uint8Array, headers?: Record<string, string>, ignoreAbort?: boolean): void;
  /** Resolves once the answer's body has been read to the end. */
  consumed: Promise<void>;
}

const realFetch = window.fetch;

export function controlFetch(): {
  calls: PendingFetch[];
  next(): Promise<PendingFetch>;
  restore(): void;
} {
  const calls: PendingFetch[] = [];
  const waiters: ((call: PendingFetch) => void)[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.includes('/slow/')) return realFetch(input, init);
    const signal = init?.signal ?? null;
    let markConsumed!: () => void;
    const consumed = new Promise<void>((resolve) => (markConsumed = resolve));
    return new Promise<Response>((resolve, reject) => {
      const onAbort = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
      signal?.addEventListener('abort', onAbort, { once: true });
      const call: PendingFetch = {
        url,
        signal,
        consumed,
        answer(body, headers = { 'content-type': 'application/json' }, ignoreAbort = false) {
          if (signal?.aborted && !ignoreAbort) return;
          if (ignoreAbort) signal?.removeEventListener('abort', onAbort);
          const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
          const stream = new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(bytes);
              controller.close();
            },
          });
          // Mark the body consumed once the reader reached its end.
          const tee = stream.pipeThrough(
            new TransformStream<Uint8Array, Uint8Array>({ flush: () => markConsumed() }),
          );
          resolve(new Response(tee, { status: 200, headers }));
        },
      };
      calls.push(call);
      waiters.shift()?.(call);
    });
  };
  return {
    calls,
    next: () =>
      new Promise((resolve) => {
        // A call made before the test asked for it is handed over at once.
        const taken = calls.filter((c) => (c as PendingFetch & { taken?: boolean }).taken !== true);
        const first = taken[0] as (PendingFetch & { taken?: boolean }) | undefined;
        if (first) {
          first.taken = true;
          resolve(first);
        } else {
          waiters.push((call) => {
            (call as PendingFetch & { taken?: boolean }).taken = true;
            resolve(call);
          });
        }
      }),
    restore: () => {
      window.fetch = realFetch;
    },
  };
}

/**
 * Per test: a 1280×900 viewport and fetch under the test's control; after it, fetch restored and
 * the page emptied. Returns the current test's controlled fetch.
 */
export function controlledFetchHooks(): () => ReturnType<typeof controlFetch> {
  let fetches: ReturnType<typeof controlFetch>;
  beforeEach(async () => {
    await page.viewport(1280, 900);
    fetches = controlFetch();
  });
  afterEach(() => {
    fetches.restore();
    document.body.replaceChildren();
  });
  return () => fetches;
}
