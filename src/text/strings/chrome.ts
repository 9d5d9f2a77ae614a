/** The element's chrome in words: its toolbar, loading and error states, and the map's name. */
import { msg, str } from '../msg.ts';
import type { Strings } from './shape.ts';

/** The toolbar's, the status views' and the map's own words. */
export function chromeWords() {
  return {
    layers: msg('Layers', { id: 'layers' }),
    showTable: msg('Show table', { id: 'showTable' }),
    hideTable: msg('Hide table', { id: 'hideTable' }),
    loading: msg('Loading the map…', { id: 'loading' }),
    mapUnavailable: msg(
      'The map picture is unavailable in this browser; the table below lists every tie.',
      { id: 'mapUnavailable' },
    ),
    workerFailed: (url) =>
      msg(
        str`The map cannot start: its worker script did not load from ${url}. Serve the package's dist/assets/ folder beside dist/ties-map.js (a bundler must copy it with the package), and allow that address in the page's worker-src; the table below lists every tie.`,
        { id: 'workerFailed' },
      ),
    distant: (km) => msg(str`${km} km away`, { id: 'distant' }),
    errorTitle: msg('This map cannot be shown:', { id: 'errorTitle' }),
    noData: msg('No dataset: set the src attribute or the data property.', { id: 'noData' }),
    mapLabel: (title) => msg(str`Map: ${title}`, { id: 'mapLabel' }),
    downloadPng: msg('Download PNG', { id: 'downloadPng' }),
    downloadSvg: msg('Download SVG', { id: 'downloadSvg' }),
    moreText: msg('more', { id: 'moreText' }),
    lessText: msg('less', { id: 'lessText' }),
    moreControls: msg('More', { id: 'moreControls' }),
  } satisfies Partial<Strings>;
}
