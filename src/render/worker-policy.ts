/**
 * The element's Trusted Types policy for starting workers (MapLibre's, and the dataset parser's),
 * and for the package's own script that the presenter console's window loads.
 * Pages that enforce Trusted Types (`require-trusted-types-for 'script'`) refuse `new Worker(string)`;
 * a policy named `ties-map` (the page's CSP must list it: `trusted-types lit-html ties-map`)
 * converts only the worker URLs the package registered here, and blob: URLs MapLibre makes for a
 * cross-origin worker; anything else throws. One policy per page: names are unique, so every copy
 * of the package shares it (and its list) through a global symbol.
 */
const POLICY_NAME = 'ties-map';
const SHARED_KEY = Symbol.for('ties-map.worker-policy');

export interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

interface Shared {
  policy: ScriptUrlPolicy | null;
  allowed: Set<string>;
}

const withoutQuery = (url: string) => url.split(/[?#]/)[0]!;

function shared(): Shared {
  const store = globalThis as unknown as Record<symbol, Shared | undefined>;
  const known = store[SHARED_KEY];
  if (known) return known;
  const allowed = new Set<string>();
  let policy: ScriptUrlPolicy | null = null;
  const trustedTypes = (globalThis as unknown as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (trustedTypes) {
    try {
      policy = trustedTypes.createPolicy(POLICY_NAME, {
        createScriptURL(url: string) {
          if (allowed.has(withoutQuery(url)) || url.startsWith('blob:')) return url;
          throw new TypeError(`ties-map: refusing to start a worker from ${url}`);
        },
      });
    } catch {
      policy = null; // the page does not allow the name: workers start as usual (or the page refuses them)
    }
  }
  return (store[SHARED_KEY] = { policy, allowed });
}

/** Admits `url` (absolute) as a worker script; the policy to convert it with, or null where there is none. */
export function workerPolicy(url: string): ScriptUrlPolicy | null {
  const { policy, allowed } = shared();
  allowed.add(withoutQuery(url));
  return policy;
}

/** `url` (absolute) as `new Worker` accepts it on this page: through the policy where there is one. */
export function trustedWorkerUrl(url: string): string {
  const policy = workerPolicy(url);
  return (policy ? policy.createScriptURL(url) : url) as string;
}
