/** Registers `<ties-author>` (the class is in ties-author.component.ts), when the name is free. */
import { TiesAuthor } from './ties-author.component.ts';

export { TiesAuthor };

if (!customElements.get('ties-author')) customElements.define('ties-author', TiesAuthor);

declare global {
  interface HTMLElementTagNameMap {
    'ties-author': TiesAuthor;
  }
}
