/**
 * The package entry where there is no DOM (Node, Deno, edge runtimes, React Server Components and
 * the server render of a Next.js client component; package.json picks it by export condition).
 * Importing it defines nothing and throws nothing: `<ties-map>` is only rendered as markup there,
 * and the browser entry (dist/ties-map.js) registers the element when the page loads. The data
 * functions work the same as in the browser.
 */
export { MAX_FIGURE_VALUE, parseDataset, validateDataset } from './data/index.ts';
export type * from './data/types.ts';

/**
 * Stands in for the element class on the server, so `import { TiesMap } from 'ties-map'` links
 * there too; constructing it is a mistake, and says so.
 */
export class TiesMap {
  constructor() {
    throw new TypeError(
      'ties-map: the <ties-map> element exists only in a browser; on the server, render the <ties-map> tag and let the browser entry define it.',
    );
  }
}
