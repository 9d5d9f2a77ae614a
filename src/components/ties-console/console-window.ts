/**
 * The presenter console window's script: built as a file of its own (a module with everything it
 * needs inlined), so the window runs the console and the SVG maps it draws, and never the code of
 * the page that opened it (an app's bundle would start the app a second time in the console).
 */
import '../ties-map/ties-map.ts';
import './ties-console.ts';
