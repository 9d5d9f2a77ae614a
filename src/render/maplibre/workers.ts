/**
 * Starting MapLibre's worker from the URL shipped with the package, also on pages that enforce
 * Trusted Types. MapLibre calls `new Worker(string)`, which such pages refuse; so the workers are
 * started once, up front (`prewarm`), while `Worker` briefly converts that URL through the
 * element's policy (../worker-policy.ts).
 */
import { workerPolicy } from '../worker-policy.ts';

let workerFailed = false;
const failureListeners = new Set<() => void>();

function reportWorkerFailure(): void {
  workerFailed = true;
  for (const listener of failureListeners) listener();
  failureListeners.clear();
}

/**
 * Calls `then` once a started worker fails to load (at once if one has). MapLibre says so too, but
 * only if its listener is attached by then, and a fast 404 can come before the map asks for it.
 */
export function onWorkerFailure(then: () => void): () => void {
  if (workerFailed) then();
  else failureListeners.add(then);
  return () => failureListeners.delete(then);
}

export function startWorkers(workerUrl: string, prewarm: () => void): void {
  const policy = workerPolicy(workerUrl);
  const NativeWorker = globalThis.Worker;
  class StartedWorker extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(policy ? (policy.createScriptURL(String(url)) as string) : url, options);
      // An error before any message: the script did not load (404, a refused URL, not JavaScript).
      this.addEventListener('error', reportWorkerFailure, { once: true });
    }
  }
  globalThis.Worker = StartedWorker;
  try {
    prewarm(); // creates the pool's workers synchronously, then keeps them for every later map
  } finally {
    globalThis.Worker = NativeWorker;
  }
}
