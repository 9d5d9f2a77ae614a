/**
 * dist/resize.js, for the page that embeds dist/embed.html in iframes: each such iframe takes the
 * height it posts. Only a message from one of this page's own iframes sizes that iframe.
 */
const iframes = () => document.querySelectorAll('iframe');
addEventListener('message', (event) => {
  const heights = event.data?.['ties-map-height'];
  if (typeof heights !== 'object' || heights === null) return;
  for (const frame of iframes()) {
    if (frame.contentWindow !== event.source) continue;
    const height = Number(Object.values(heights)[0]);
    if (height > 0 && height < 1e5) frame.style.height = `${Math.ceil(height)}px`;
  }
});
// Embeds that loaded before this script posted their height to nobody: ask again.
for (const frame of iframes()) frame.contentWindow?.postMessage('ties-map-height?', '*');

export {}; // a module: its names stay out of the global scope
