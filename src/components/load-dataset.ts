/**
 * Fetching a dataset from the `src` URL. Every failure becomes one plain sentence: the server is
 * unreachable, answers with an error status, or sends an HTML page (a CMS 404 page, a login wall)
 * instead of JSON.
 */
import type { Strings } from './strings.ts';

export type LoadResult = { ok: true; text: string } | { ok: false; message: string };

export async function loadDataset(url: string, signal: AbortSignal, strings: Strings): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) return { ok: false, message: 'aborted' };
    return { ok: false, message: strings.fetchFailed(url, error instanceof Error ? error.message : String(error)) };
  }
  if (!response.ok) {
    return { ok: false, message: strings.fetchFailed(url, `the server answered ${response.status} ${response.statusText}`.trim()) };
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return { ok: false, message: strings.fetchFailed(url, error instanceof Error ? error.message : String(error)) };
  }
  const contentType = response.headers.get('content-type') ?? '';
  if (/html/i.test(contentType) || /^\s*</.test(text)) return { ok: false, message: strings.notJson(url, contentType) };
  return { ok: true, text };
}
