/**
 * The authoring page's entry (author.html): registers `<ties-author>` (and, through it,
 * `<ties-map>`), and keeps a drop that misses the drop zone from opening the file in the tab,
 * which would lose the files taken so far.
 */
import './ties-author/ties-author.ts';

for (const type of ['dragover', 'drop'] as const)
  window.addEventListener(type, (event) => event.preventDefault());
