/**
 * dist/embed.html's script (runs after dist/ties-map.js has defined the element): one map filling
 * the page, configured by the hash, posting its height to the parent on load and on every change.
 */
import { HEIGHT_REQUEST, heightMessages, readEmbedHash } from './embed-hash.ts';

const map = document.querySelector('ties-map')!;
const page = new CSSStyleSheet();
// No vh units: the iframe's height follows the page's, so a vh height would grow without end.
page.replaceSync(
  'html, body { margin: 0; } ties-map { --ties-map-height: clamp(240px, 56vw, 600px); }',
);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, page];

let id = 'ties-map';
/** The parent page's scheme, as dist/resize.js tells it: what `#theme=auto` (or no theme) follows. */
let parentScheme: string | null = null;
function configure(): void {
  const config = readEmbedHash(location.hash);
  id = config.id;
  for (const [name, value] of config.attributes) {
    if (name === 'theme' && value === null && parentScheme) map.setAttribute('theme', parentScheme);
    else if (value === null) map.removeAttribute(name);
    else if (map.getAttribute(name) !== value) map.setAttribute(name, value);
  }
  const lang = config.attributes.get('lang');
  if (lang) document.documentElement.lang = lang;
  for (const key of config.unknown)
    console.warn(
      `ties-map embed: the hash parameter "${key}" is not one of src, layers, focus, as-of, scene, theme, renderer, lang, timeout, max-size, id`,
    );
}
configure();
addEventListener('hashchange', configure);
map.addEventListener(
  'ties-ready',
  () => (document.title = map.shadowRoot?.querySelector('h2')?.textContent ?? document.title),
);

let posted = 0;
function postHeight(force = false): void {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (window.parent === window || (height === posted && !force)) return;
  posted = height;
  for (const message of heightMessages(id, height)) window.parent.postMessage(message, '*');
}
// Its first call is the height on load; then every change.
new ResizeObserver(() => postHeight()).observe(document.body);
addEventListener('message', (event) => {
  if (event.source !== window.parent) return;
  if (event.data === HEIGHT_REQUEST) postHeight(true);
  const theme = (event.data as Record<string, unknown> | null)?.['ties-map-theme'];
  if (theme === 'dark' || theme === 'light') {
    parentScheme = theme;
    configure();
  }
});
