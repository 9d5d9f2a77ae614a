/**
 * The briefing file's script: the whole element, inlined in one HTML page with its dataset. The
 * page shows the map; opened with `#ties-console=ID` (as the map's "Presenter console" opens it,
 * since an inlined script has no URL of its own to load in another window) it is the console.
 */
import '../index.ts';
import { consoleIdFromHash } from '../components/internal/console-channel.ts';

const json = document.getElementById('ties-briefing-data')?.textContent ?? '';
const consoleId = consoleIdFromHash(location.hash);
const map = document.querySelector('ties-map');
if (consoleId !== null) {
  const element = document.createElement('ties-console');
  element.setAttribute('channel', consoleId);
  document.title = `${document.title} (presenter console)`;
  document.body.replaceChildren(element);
} else if (map) {
  map.data = json;
}
