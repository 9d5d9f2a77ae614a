/**
 * Starting MapLibre's worker from the URL shipped with the package, also on pages that enforce
 * Trusted Types (`require-trusted-types-for 'script'`). MapLibre calls `new Worker(string)`, which
 * such pages refuse; so the workers are started once, up front (`prewarm`), while `Worker` briefly
 * converts that one URL through a policy named `ties-map` (the page's CSP must list it:
 * `trusted-types lit-html ties-map`). The policy admits only the package's worker URL and blob:
 * URLs MapLibre makes for a cross-origin worker; anything else throws.
 */
const POLICY_NAME = 'ties-map';
const POLICY_KEY = Symbol.for('ties-map.trusted-types-policy');

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

function policyFor(workerUrl: string): ScriptUrlPolicy | null {
  const store = globalThis as unknown as Record<symbol, ScriptUrlPolicy | null | undefined>;
  if (store[POLICY_KEY] !== undefined) return store[POLICY_KEY];
  const trustedTypes = (globalThis as unknown as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  let policy: ScriptUrlPolicy | null = null;
  if (trustedTypes) {
    const allowed = workerUrl.split(/[?#]/)[0];
    try {
      policy = trustedTypes.createPolicy(POLICY_NAME, {
        createScriptURL(url: string) {
          if (url.split(/[?#]/)[0] === allowed || url.startsWith('blob:')) return url;
          throw new TypeError(`ties-map: refusing to start a worker from ${url}`);
        },
      });
    } catch {
      policy = null; // the page does not allow the name: workers start as usual (or the page refuses them)
    }
  }
  // Shared by every copy of the package on the page: policy names are unique.
  store[POLICY_KEY] = policy;
  return policy;
}

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
  const policy = policyFor(workerUrl);
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
