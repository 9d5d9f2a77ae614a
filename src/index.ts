/**
 * The package entry in a browser: importing it registers `<ties-map>` and `<ties-console>` (each
 * element's define file, beside its class). Where there is no DOM, package.json's export conditions
 * pick src/server.ts instead.
 */
import type { TiesMapElement } from './components/public.ts';
import { TiesMap as TiesMapClass } from './components/ties-map/ties-map.ts';
import './components/ties-console/ties-console.ts';
import { setConsoleModule } from './components/internal/console-channel.ts';
import { pageWorkerUrl } from './render/worker-url.ts';
import consoleWindowUrl from './components/ties-console/console-window.ts?worker&url';

/** The element's class, typed by its public interface (the package's types need no Lit). */
export const TiesMap: { new (): TiesMapElement; readonly prototype: TiesMapElement } = TiesMapClass;
export type TiesMap = TiesMapElement;
export type { TiesMapElement, TiesMapProperties, TiesMapRenderer } from './components/public.ts';
export type * from './components/events.ts';
export { MAX_FIGURE_VALUE, parseDataset, validateDataset } from './data/index.ts';
export type * from './data/types.ts';

// The presenter console's window loads its own script by URL, so it runs on code of its own and
// never on the page's (in an app, the page's bundle is the app).
setConsoleModule(pageWorkerUrl(consoleWindowUrl, document.baseURI));

declare global {
  interface HTMLElementTagNameMap {
    'ties-map': TiesMapElement;
    /** The presenter console (its window's one element); typed plainly, so the package's types need no Lit. */
    'ties-console': HTMLElement;
  }
}
