/**
 * Starting MapLibre's worker from the URL shipped with the package, also on pages that enforce
 * Trusted Types. MapLibre calls `new Worker(string)`, which such pages refuse; so the workers are
 * started once, up front (`prewarm`), while `Worker` briefly converts that URL through the
 * element's policy (../worker-policy.ts).
 */
import { workerPolicy } from '../worker-policy.ts';

export function startWorkers(workerUrl: string, prewarm: () => void): void {
  const policy = workerPolicy(workerUrl);
  if (!policy) {
    prewarm();
    return;
  }
  const NativeWorker = globalThis.Worker;
  class PolicyWorker extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(policy!.createScriptURL(String(url)) as string, options);
    }
  }
  globalThis.Worker = PolicyWorker;
  try {
    prewarm(); // creates the pool's workers synchronously, then keeps them for every later map
  } finally {
    globalThis.Worker = NativeWorker;
  }
}
