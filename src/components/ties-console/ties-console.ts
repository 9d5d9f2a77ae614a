/**
 * Registers `<ties-console>` (the class is in ties-console.component.ts), when the name is free.
 * The package entry (src/index.ts) imports this file; its types declare the tag.
 */
import { TiesConsole } from './ties-console.component.ts';

export { TiesConsole };

if (!customElements.get('ties-console')) customElements.define('ties-console', TiesConsole);
