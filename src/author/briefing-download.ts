/**
 * "Download briefing file": the offline briefing page (as `npm run briefing` writes it) for the
 * dataset on the authoring page. The element's script comes as a lazily loaded string (built by
 * the page's bundler, vite.config.ts), so the page loads it only when asked.
 */
import { briefingHtml } from '../briefing/html.ts';
import { downloadName } from './download.ts';

let last: string | undefined;

export async function briefingDownload(dataset: unknown): Promise<{ url: string; name: string }> {
  const { default: code } = await import('virtual:ties-briefing-runtime');
  const title =
    typeof dataset === 'object' &&
    dataset !== null &&
    typeof (dataset as { title?: unknown }).title === 'string'
      ? (dataset as { title: string }).title
      : 'Briefing';
  const copy = { ...(dataset as Record<string, unknown>) };
  delete copy.$schema;
  const page = briefingHtml(code, JSON.stringify(copy), title, {});
  if (last) URL.revokeObjectURL(last);
  last = URL.createObjectURL(new Blob([page], { type: 'text/html' }));
  return { url: last, name: downloadName(dataset).replace(/\.json$/, '-briefing.html') };
}
