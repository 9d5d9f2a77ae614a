/**
 * Fetching a dataset from the `src` URL. Every failure becomes one plain sentence: the server is
 * unreachable, answers with an error status, stalls past the timeout, sends more than the size
 * limit, sends text that is not valid in its charset, or sends an HTML page (a CMS 404 page, a
 * login wall) instead of JSON. An abort by the caller is not a failure: it says so and nothing else.
 */
import type { Strings } from '../../text/strings.ts';

/**
 * JSON texts of at least this many characters are parsed and validated in a worker
 * (parse-off-thread.ts). Below it (about 3,000 ties), parse and validation take under ~50 ms here,
 * less than a module worker takes to start.
 */
export const WORKER_MIN_CHARS = 1_000_000;

/**
 * A body of at least `rawFrom` bytes in UTF-8 comes back undecoded (`bytes`): checking and
 * decoding 20 MB takes 0.2 s, which the dataset worker does off the main thread.
 */
export type LoadResult =
  | { ok: true; text: string }
  | { ok: true; bytes: Uint8Array }
  | { ok: false; aborted: boolean; message: string };

export interface LoadOptions {
  /** Aborted when a newer input replaces this load, or the element leaves the page. */
  signal: AbortSignal;
  /** The whole load (answer and body) must finish within this many milliseconds. */
  timeoutMs: number;
  /** Bodies larger than this many bytes are refused. */
  maxBytes: number;
  strings: Strings;
  /** Bodies of this many bytes or more, in UTF-8, are returned undecoded. */
  rawFrom?: number;
}

/** Byte offset of the first byte that is not valid UTF-8, or -1 (WHATWG's decoder rules, no overlongs or surrogates). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let extra: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (b >= 0xc2 && b <= 0xdf) {
      extra = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      extra = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      extra = 3;
      min = 0x10000;
    } else return i;
    if (i + extra >= bytes.length) return i; // cut off mid-character
    let code = b & (0xff >> (extra + 2));
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += extra + 1;
  }
  return -1;
}

function declaredCharset(contentType: string): string | null {
  const match = /;\s*charset\s*=\s*"?([^;"\s]+)"?/i.exec(contentType);
  return match ? match[1]!.toLowerCase() : null;
}

/** Text of the body in its declared charset, or UTF-8; a sentence when it cannot be read as text. */
export function decodeBody(
  bytes: Uint8Array,
  contentType: string,
  url: string,
  strings: Strings,
): { text: string } | { message: string } {
  const charset = declaredCharset(contentType);
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      return { text: new TextDecoder(charset).decode(bytes) };
    } catch {
      return { message: strings.unknownCharset(url, charset) };
    }
  }
  // The browser's own decoder checks the bytes; the scan in JavaScript (a long task for a body of
  // some size on a slow phone) runs only to locate a bad byte.
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { message: strings.notUtf8(url, Math.max(0, firstInvalidUtf8(bytes))) };
  }
}

/** Whether the first byte after white space (and a BOM) is '<': an HTML page, not JSON. */
function startsLikeMarkup(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)
  )
    i++;
  return bytes[i] === 0x3c;
}

/** Reads the body, stopping as soon as it passes maxBytes. */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array | 'too-large'> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** setTimeout's longest delay (2^31 − 1 ms, about 24.8 days): a longer one overflows and fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

export async function loadDataset(url: string, options: LoadOptions): Promise<LoadResult> {
  const { signal, timeoutMs, maxBytes, strings } = options;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), Math.min(timeoutMs, MAX_TIMER_MS));
  // Ends the transfer of a body this load refuses, so it does not stream on unread.
  const refused = new AbortController();
  const combined = AbortSignal.any([signal, timeout.signal, refused.signal]);
  const failed = (reason: string): LoadResult => {
    if (signal.aborted) return { ok: false, aborted: true, message: 'aborted' };
    if (timeout.signal.aborted)
      return { ok: false, aborted: false, message: strings.loadTimeout(url, timeoutMs / 1000) };
    return { ok: false, aborted: false, message: strings.fetchFailed(url, reason) };
  };
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: combined,
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
      });
    } catch (error) {
      return failed(error instanceof Error ? error.message : String(error));
    }
    if (!response.ok)
      return failed(`the server answered ${response.status} ${response.statusText}`.trim());
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      refused.abort();
      return { ok: false, aborted: false, message: strings.tooLarge(url, declared, maxBytes) };
    }
    let body: Uint8Array | 'too-large';
    try {
      body = await readBody(response, maxBytes);
    } catch (error) {
      return failed(error instanceof Error ? error.message : String(error));
    }
    if (body === 'too-large')
      return { ok: false, aborted: false, message: strings.tooLarge(url, null, maxBytes) };
    const contentType = response.headers.get('content-type') ?? '';
    const charset = declaredCharset(contentType);
    if (
      body.length >= (options.rawFrom ?? Infinity) &&
      (!charset || charset === 'utf-8' || charset === 'utf8')
    ) {
      return /html/i.test(contentType) || startsLikeMarkup(body)
        ? { ok: false, aborted: false, message: strings.notJson(url, contentType) }
        : { ok: true, bytes: body };
    }
    const decoded = decodeBody(body, contentType, url, strings);
    if ('message' in decoded) return { ok: false, aborted: false, message: decoded.message };
    if (/html/i.test(contentType) || /^\s*</.test(decoded.text))
      return { ok: false, aborted: false, message: strings.notJson(url, contentType) };
    return { ok: true, text: decoded.text };
  } finally {
    clearTimeout(timer);
  }
}
