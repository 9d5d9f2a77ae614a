/**
 * Registers `<ties-map>` (the class is in ties-map.component.ts). Defining only when the name is
 * free lets the script load twice (or two copies of the package share a page) without throwing.
 * The package entry (src/index.ts) imports this file; its types declare the tag.
 */
import { TiesMap } from './ties-map.component.ts';

export { TiesMap };

if (!customElements.get('ties-map')) customElements.define('ties-map', TiesMap);
