/**
 * The words of scenes and time: the scenes bar, the timeline, the presenter console, call-outs and
 * the printed handout.
 */
import { msg, str } from '../msg.ts';
import { num, plural } from './counting.ts';
import type { Strings } from './shape.ts';

/** The scenes bar's, the timeline's, the console's, the call-outs' and the handout's words. */
export function sceneWords() {
  return {
    scenes: msg('Scenes', { id: 'scenes' }),
    previousScene: msg('Previous scene', { id: 'previousScene' }),
    nextScene: msg('Next scene', { id: 'nextScene' }),
    sceneCounter: (index, count) => msg(str`${num(index)} / ${num(count)}`, { id: 'sceneCounter' }),
    sceneCount: (count) =>
      plural(count, {
        one: () => msg(str`${num(count)} scene`, { id: 'sceneCount.one' }),
        two: () => msg(str`${num(count)} scenes`, { id: 'sceneCount.two' }),
        few: () => msg(str`${num(count)} scenes`, { id: 'sceneCount.few' }),
        many: () => msg(str`${num(count)} scenes`, { id: 'sceneCount.many' }),
        other: () => msg(str`${num(count)} scenes`, { id: 'sceneCount.other' }),
      }),
    present: msg('Present', { id: 'present' }),
    leavePresenter: msg('Leave presenter mode', { id: 'leavePresenter' }),
    play: msg('Play', { id: 'play' }),
    pause: msg('Pause', { id: 'pause' }),
    allDates: msg('All dates', { id: 'allDates' }),
    asOf: (date) => msg(str`As of ${date}`, { id: 'asOf' }),
    timeline: msg('Timeline', { id: 'timeline' }),
    announceScene: (index, count, title) =>
      msg(str`Scene ${num(index)} of ${num(count)}: ${title}.`, { id: 'announceScene' }),
    presenterConsole: msg('Presenter console', { id: 'presenterConsole' }),
    consoleBlocked: msg(
      'The browser blocked the presenter console\'s window. Allow pop-ups for this page (in the address bar\'s blocked pop-up icon, or the site settings), then press "Presenter console" again.',
      { id: 'consoleBlocked' },
    ),
    consoleOpened: msg(
      'The presenter console is open in another window; it and this map step together.',
      { id: 'consoleOpened' },
    ),
    consoleTitle: (title) => msg(str`Presenter console: ${title}`, { id: 'consoleTitle' }),
    consoleNow: msg('Now', { id: 'consoleNow' }),
    consoleNext: msg('Next', { id: 'consoleNext' }),
    consoleLast: msg('Last scene', { id: 'consoleLast' }),
    consoleNotes: msg('Notes', { id: 'consoleNotes' }),
    consoleNoNotes: msg('No notes for this scene.', { id: 'consoleNoNotes' }),
    consoleElapsed: msg('Elapsed', { id: 'consoleElapsed' }),
    consoleClock: msg('Clock', { id: 'consoleClock' }),
    consoleResetTimer: msg('Reset timer', { id: 'consoleResetTimer' }),
    consoleScenes: msg('Scenes', { id: 'consoleScenes' }),
    consoleWaiting: msg(
      'Waiting for the map this console presents (open the console from the map\'s "Presenter console" button).',
      { id: 'consoleWaiting' },
    ),
    consoleAudienceGone: msg(
      'The audience window is not answering; the console steps on its own.',
      { id: 'consoleAudienceGone' },
    ),
    consoleScriptFailed: (url) =>
      msg(
        str`The presenter console could not load the map's script from ${url}. Serve the page over http(s) with ties-map's script at that address (a bundler that rewrites the script's own URL breaks this), or use the offline briefing file.`,
        { id: 'consoleScriptFailed' },
      ),
    callouts: msg('Call-outs on the map', { id: 'callouts' }),
    calloutsNote: msg("The editor's notes on this view, not quotes from the sources.", {
      id: 'calloutsNote',
    }),
    handoutTies: msg('Ties in this scene, with their quotes', { id: 'handoutTies' }),
    handoutContinued: (title) => msg(str`${title} (continued)`, { id: 'handoutContinued' }),
    handoutPage: (page, pages) =>
      msg(str`Page ${num(page)} of ${num(pages)}`, { id: 'handoutPage' }),
  } satisfies Partial<Strings>;
}
