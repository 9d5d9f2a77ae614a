/**
 * The package entry: importing it registers `<ties-map>`. Defining only when the name is free lets
 * the script load twice (or two copies of the package share a page) without throwing.
 */
import { TiesMap } from './components/ties-map.ts';

export { TiesMap };
export { MAX_FIGURE_VALUE, parseDataset, validateDataset } from './data/index.ts';
export type * from './data/types.ts';

if (!customElements.get('ties-map')) customElements.define('ties-map', TiesMap);

declare global {
  interface HTMLElementTagNameMap {
    'ties-map': TiesMap;
  }
}
