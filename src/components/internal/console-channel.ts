/**
 * The presenter console and the audience map talk over one BroadcastChannel per map, named by the
 * element's `id`, so two maps on a page (and their consoles) never cross. Either window may close:
 * each side keeps working with what it has, and a console opened again asks for the dataset anew.
 */

/** Console → audience. */
export type ConsoleRequest =
  { kind: 'hello' } | { kind: 'go'; index: number } | { kind: 'open-edge'; edge: string | null };

/** Audience → console. */
export type AudienceMessage =
  | { kind: 'dataset'; json: string; lang: string }
  | { kind: 'state'; index: number; openEdge: string | null }
  | { kind: 'bye' };

export type ConsoleMessage = ConsoleRequest | AudienceMessage;

/** The channel of the map with this `id` (maps without one share the name `ties-map`). */
export function consoleChannelName(id: string): string {
  return `ties-map-console:${id || 'ties-map'}`;
}

/**
 * The module that defines both elements (the package entry): the console window loads it, so the
 * console runs on its own code and outlives the audience window. Set by the entry; absent where
 * the code is inlined in a page (the briefing file), which then opens itself as the console.
 */
let consoleModule: string | undefined;

export function setConsoleModule(url: string): void {
  consoleModule = url;
}

export function getConsoleModule(): string | undefined {
  return consoleModule;
}

/** The hash a page opened as a console carries: `#ties-console=ID`. */
export const CONSOLE_HASH = 'ties-console';

/** The console's id from a location hash, or null when the page is not a console. */
export function consoleIdFromHash(hash: string): string | null {
  const match = new RegExp(`(?:^#|&)${CONSOLE_HASH}=([^&]*)`).exec(hash);
  return match ? decodeURIComponent(match[1] ?? '') : null;
}
