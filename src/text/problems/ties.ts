/**
 * The sentences about actors, ties, their figures and periods, and their evidence.
 */
import { msg, str } from '../msg.ts';
import { num } from '../strings/counting.ts';
import { gotText, idListText, iso, list, subjectText, type ProblemWords } from './parts.ts';

/** Actors, ties and evidence: each code's sentence in the language of the messages in force. */
export function tieWords() {
  const w = subjectText;
  const g = gotText;
  const q = iso;
  return {
    'actor.kind': (p) => {
      const [what, kinds, got] = [w(p.what), list(p.kinds), g(p.got)];
      return msg(str`${what}: "kind" must be one of ${kinds}; got ${got}.`, {
        id: 'problem.actor.kind',
      });
    },
    'actor.needsPoint': (p) => {
      const [what, kind] = [w(p.what), q(p.kind)];
      return msg(
        str`${what} is of kind "${kind}", which has no shape on the map, so it needs a "point": [longitude, latitude].`,
        { id: 'problem.actor.needsPoint' },
      );
    },
    'actor.noShape': (p) => {
      const [what, kind, id] = [w(p.what), q(p.kind), q(p.id)];
      return msg(
        str`${what} is of kind "${kind}", but the geodata has no shape with the id "${id}"; use an ISO 3166-1 alpha-3 code (e.g. "AZE") or an ISO 3166-2 code the geodata has (e.g. "PS-GZA"), or give a "point": [longitude, latitude].`,
        { id: 'problem.actor.noShape' },
      );
    },
    'figure.notObject': (p) => {
      const [what, got] = [w(p.what), g(p.got)];
      return msg(
        str`${what}: "figure" must be an object with a "value" and a "unit"; got ${got}.`,
        {
          id: 'problem.figure.notObject',
        },
      );
    },
    'figure.valueMissing': (p) => {
      const what = w(p.what);
      return msg(str`${what}: the figure needs a "value", a number.`, {
        id: 'problem.figure.valueMissing',
      });
    },
    'figure.valueNotNumber': (p) => {
      const [what, got] = [w(p.what), g(p.got)];
      if (p.unquoted === undefined)
        return msg(str`${what}: the figure's "value" must be a number; got ${got}.`, {
          id: 'problem.figure.valueNotNumber',
        });
      const unquoted = q(p.unquoted);
      return msg(
        str`${what}: the figure's "value" must be a number; got ${got} (write ${unquoted} without quotes).`,
        { id: 'problem.figure.valueQuoted' },
      );
    },
    'figure.valueNotFinite': (p) => {
      const [what, got] = [w(p.what), g(p.got)];
      return msg(str`${what}: the figure's "value" must be a finite number; got ${got}.`, {
        id: 'problem.figure.valueNotFinite',
      });
    },
    'figure.negative': (p) => {
      const [what, value] = [w(p.what), num(p.value)];
      return msg(
        str`${what}: the figure's "value" is ${value}; figures must be 0 or more (put direction in "from" and "to", and hostility in "stance").`,
        { id: 'problem.figure.negative' },
      );
    },
    'figure.tooLarge': (p) => {
      const [what, value, max] = [w(p.what), num(p.value), num(p.max)];
      return msg(
        str`${what}: the figure's "value" is ${value}, above the largest figure ties-map accepts (${max}); write it in a larger unit (e.g. "US$ bn" instead of "US$").`,
        { id: 'problem.figure.tooLarge' },
      );
    },
    'figure.upperInvalid': (p) => {
      const [what, got] = [w(p.what), g(p.got)];
      return msg(
        str`${what}: the figure's "upper" (the top of a range) must be a finite number; got ${got}.`,
        { id: 'problem.figure.upperInvalid' },
      );
    },
    'figure.backwards': (p) => {
      const [what, upper, value] = [w(p.what), num(p.upper), num(p.value)];
      return msg(
        str`${what}: the figure runs backwards: "upper" ${upper} is below "value" ${value}; a range 60–69 is "value": 60, "upper": 69.`,
        { id: 'problem.figure.backwards' },
      );
    },
    'when.notObject': (p) => {
      const [what, got] = [w(p.what), g(p.got)];
      return msg(
        str`${what}: "when" must be an object such as {"from": "2016", "to": "2020"}; got ${got}.`,
        { id: 'problem.when.notObject' },
      );
    },
    'when.backwards': (p) => {
      const [what, from, to] = [w(p.what), q(p.from), q(p.to)];
      return msg(str`${what}: the period runs backwards: "from" ${from} is after "to" ${to}.`, {
        id: 'problem.when.backwards',
      });
    },
    'evidence.notObject': (p) => {
      const got = g(p.got);
      return msg(
        str`Each evidence entry must be an object with "source" and "quote"; got ${got}.`,
        { id: 'problem.evidence.notObject' },
      );
    },
    'evidence.unknownSource': (p) => {
      const [what, source, known] = [w(p.what), q(p.source), idListText(p.known)];
      return msg(
        str`${what} cites source "${source}", which is not defined; known sources: ${known}.`,
        { id: 'problem.evidence.unknownSource' },
      );
    },
    'tie.unknownLayer': (p) => {
      const [what, layer, known] = [w(p.what), q(p.layer), idListText(p.known)];
      return msg(
        str`${what} is in layer "${layer}", which is not defined; known layers: ${known}.`,
        {
          id: 'problem.tie.unknownLayer',
        },
      );
    },
    'tie.unknownActor': (p) => {
      const [what, actor, known] = [w(p.what), q(p.actor), idListText(p.known)];
      return p.end === 'from'
        ? msg(
            str`${what} comes from actor "${actor}", which is not defined; known actors: ${known}.`,
            { id: 'problem.tie.unknownFrom' },
          )
        : msg(
            str`${what} points to actor "${actor}", which is not defined; known actors: ${known}.`,
            { id: 'problem.tie.unknownTo' },
          );
    },
    'tie.selfLoop': (p) => {
      const [what, actor] = [w(p.what), q(p.actor)];
      return msg(str`${what} runs from "${actor}" to itself; a tie needs two different actors.`, {
        id: 'problem.tie.selfLoop',
      });
    },
    'tie.stance': (p) => {
      const [what, got] = [w(p.what), g(p.got)];
      return msg(str`${what}: "stance" must be "cooperative" or "adversarial"; got ${got}.`, {
        id: 'problem.tie.stance',
      });
    },
    'tie.noEvidence': (p) => {
      const what = w(p.what);
      return msg(
        str`${what} has no evidence; every tie needs at least one {"source", "quote"} from a source text.`,
        { id: 'problem.tie.noEvidence' },
      );
    },
    'tie.evidenceNotList': (p) => {
      const [what, got] = [w(p.what), g(p.got)];
      return msg(str`${what}: "evidence" must be a list of {"source", "quote"}; got ${got}.`, {
        id: 'problem.tie.evidenceNotList',
      });
    },
  } satisfies Partial<ProblemWords>;
}
