/** How a figure, a period and a list of sources read in the reader's language. */
import { msg, str } from '../msg.ts';
import { tieCount } from './counting.ts';
import type { Strings } from './shape.ts';

/** The qualifiers a figure may carry before its value, each in the messages' words. */
const QUALIFIERS: Record<string, (value: string) => string> = {
  'up to': (value) => msg(str`up to ${value}`, { id: 'qualifier.upTo' }),
  over: (value) => msg(str`over ${value}`, { id: 'qualifier.over' }),
  'more than': (value) => msg(str`more than ${value}`, { id: 'qualifier.moreThan' }),
  about: (value) => msg(str`about ${value}`, { id: 'qualifier.about' }),
  around: (value) => msg(str`around ${value}`, { id: 'qualifier.around' }),
  'at least': (value) => msg(str`at least ${value}`, { id: 'qualifier.atLeast' }),
  under: (value) => msg(str`under ${value}`, { id: 'qualifier.under' }),
  'less than': (value) => msg(str`less than ${value}`, { id: 'qualifier.lessThan' }),
  nearly: (value) => msg(str`nearly ${value}`, { id: 'qualifier.nearly' }),
};

/** The words around figures, periods and sources. */
export function figureWords() {
  return {
    qualified: (qualifier, value) =>
      Object.hasOwn(QUALIFIERS, qualifier)
        ? QUALIFIERS[qualifier]!(value)
        : `${qualifier} ${value}`,
    figureOf: (figure, of) => msg(str`${figure} of ${of}`, { id: 'figureOf' }),
    periodFrom: (date) => msg(str`from ${date}`, { id: 'periodFrom' }),
    periodUntil: (date) => msg(str`until ${date}`, { id: 'periodUntil' }),
    sourcesCredit: (list) => msg(str`Sources: ${list}`, { id: 'sourcesCredit' }),
    statusAside: (status) =>
      status === 'planned'
        ? msg('(planned)', { id: 'statusAside.planned' })
        : msg('(potential)', { id: 'statusAside.potential' }),
    ties: tieCount,
    listSeparator: msg(', ', { id: 'listSeparator' }),
  } satisfies Partial<Strings>;
}
