/**
 * dist/resize.js, for the page that embeds dist/embed.html in iframes: each such iframe takes the
 * height it posts, and is told the page's colour scheme (for `#theme=auto`). Only a message from
 * one of this page's own iframes sizes that iframe.
 */
const iframes = () => document.querySelectorAll('iframe');
const embeds = new Set<HTMLIFrameElement>();

/** The page's scheme: its own `color-scheme` when that names one, else the reader's preference. */
function scheme(): 'dark' | 'light' {
  const declared = getComputedStyle(document.documentElement).colorScheme;
  const dark = declared.includes('dark');
  if (dark !== declared.includes('light')) return dark ? 'dark' : 'light';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

const tell = (frame: HTMLIFrameElement) =>
  frame.contentWindow?.postMessage({ 'ties-map-theme': scheme() }, '*');

addEventListener('message', (event) => {
  const heights = (event.data as Record<string, unknown> | null)?.['ties-map-height'];
  if (typeof heights !== 'object' || heights === null) return;
  for (const frame of iframes()) {
    if (frame.contentWindow !== event.source) continue;
    const height = Number(Object.values(heights)[0]);
    if (height > 0 && height < 1e5) frame.style.height = `${Math.ceil(height)}px`;
    if (!embeds.has(frame)) tell(frame);
    embeds.add(frame);
  }
});
const retell = () => embeds.forEach(tell);
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', retell);
// A site's own dark mode usually flips a class or attribute on <html> or <body>.
const watch = new MutationObserver(retell);
for (const root of [document.documentElement, document.body])
  if (root) watch.observe(root, { attributes: true });
// Embeds that loaded before this script posted their height to nobody: ask again.
for (const frame of iframes()) frame.contentWindow?.postMessage('ties-map-height?', '*');

export {}; // a module: its names stay out of the global scope
