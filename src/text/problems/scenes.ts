/**
 * The sentences about scenes (their focus, camera, date and highlighted ties) and call-outs.
 */
import { msg, str } from '../msg.ts';
import { num } from '../strings/counting.ts';
import {
  entry,
  gotText,
  hiddenText,
  idListText,
  iso,
  list,
  subjectText,
  type ProblemWords,
} from './parts.ts';

/** Scenes and call-outs: each code's sentence in the language of the messages in force. */
export function sceneWords() {
  const w = subjectText;
  const g = gotText;
  const q = iso;
  return {
    'annotation.tooLong': (p) => {
      const [what, length, max] = [w(p.what), num(p.length), num(p.max)];
      return msg(
        str`${what}: the text is ${length} characters long; a call-out may hold at most ${max} (a phrase on the map). Shorten it, or say the rest in the scene's caption.`,
        { id: 'problem.annotation.tooLong' },
      );
    },
    'annotation.notObject': (p) => {
      const got = g(p.got);
      return msg(str`Each call-out must be an object with "id", "text" and "at"; got ${got}.`, {
        id: 'problem.annotation.notObject',
      });
    },
    'annotation.atMissing': (p) => {
      const what = w(p.what);
      return msg(str`${what} needs "at": an actor id, a tie id, or [longitude, latitude].`, {
        id: 'problem.annotation.atMissing',
      });
    },
    'annotation.atUnknown': (p) => {
      const [what, at, actors, ties] = [
        w(p.what),
        q(p.at),
        idListText(p.actors),
        idListText(p.ties),
      ];
      return msg(
        str`${what} points at "${at}", which is neither an actor nor a tie; known actors: ${actors}; known ties: ${ties}.`,
        { id: 'problem.annotation.atUnknown' },
      );
    },
    'annotation.kind': (p) => {
      const [what, kinds, got] = [w(p.what), list(p.kinds), g(p.got)];
      return msg(str`${what}: "kind" must be one of ${kinds}; got ${got}.`, {
        id: 'problem.annotation.kind',
      });
    },
    'scene.unknownFocus': (p) => {
      const [what, actor, known] = [w(p.what), q(p.actor), idListText(p.known)];
      return msg(
        str`${what} focuses actor "${actor}", which is not defined; known actors: ${known}.`,
        { id: 'problem.scene.unknownFocus' },
      );
    },
    'scene.cameraInvalid': (p) => {
      const [what, got] = [w(p.what), g(p.got)];
      return msg(str`${what}: "camera" must be [[west, south], [east, north]]; got ${got}.`, {
        id: 'problem.scene.cameraInvalid',
      });
    },
    'scene.cameraUpsideDown': (p) => {
      const [what, south, north] = [w(p.what), num(p.south), num(p.north)];
      return msg(
        str`${what}: the camera is upside down: its south edge ${south} is not below its north edge ${north}.`,
        { id: 'problem.scene.cameraUpsideDown' },
      );
    },
    'notes.tooLong': (p) => {
      const [what, length, max] = [w(p.what), num(p.length), num(p.max)];
      return msg(
        str`${what}: the speaker notes are ${length} characters long; they may hold at most ${max} (about a page a presenter can glance at). Shorten them or split the scene.`,
        { id: 'problem.notes.tooLong' },
      );
    },
    'scene.tieLayerHidden': (p) => {
      const [what, tie, layer, layers] = [
        w(p.what),
        entry('tie', p.tie),
        q(p.layer),
        list(p.layers),
      ];
      return msg(
        str`${what} highlights ${tie} of layer "${layer}", which the scene does not show (its layers: ${layers}).`,
        { id: 'problem.scene.tieLayerHidden' },
      );
    },
    'scene.tieDateHidden': (p) => {
      const [what, tie, asOf, why] = [w(p.what), entry('tie', p.tie), q(p.asOf), hiddenText(p.why)];
      return msg(
        str`${what} highlights ${tie}, which its date ${asOf} does not show: ${why}. Date the scene later, or highlight another tie.`,
        { id: 'problem.scene.tieDateHidden' },
      );
    },
    'scene.focusDateHidden': (p) => {
      const [what, focus, asOf] = [w(p.what), q(p.focus), q(p.asOf)];
      const ties =
        p.ties.map((t) => `${entry('tie', t.tie)}: ${hiddenText(t.why)}`).join('; ') +
        (p.more ? '; …' : '');
      return msg(
        str`${what} focuses "${focus}", but its date ${asOf} shows none of its ties on the scene's layers (${ties}).`,
        { id: 'problem.scene.focusDateHidden' },
      );
    },
  } satisfies Partial<ProblemWords>;
}
