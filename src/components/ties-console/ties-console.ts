/**
 * Registers `<ties-console>` (the class is in ties-console.component.ts), when the name is free.
 * The package entry (src/index.ts) imports this file; its types declare the tag.
 */
import { TiesConsole } from './ties-console.component.ts';

// Nothing is exported: the package's types import this file for its effect alone, and a re-exported
// class would pull Lit's types into an app that has no Lit (the package bundles it).

if (!customElements.get('ties-console')) customElements.define('ties-console', TiesConsole);
