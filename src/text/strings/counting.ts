/** Numbers and counted phrases in the language the messages are being read in. */
import { formatNumber } from '../../data/figure-text.ts';
import { activeLanguage, msg, str } from '../msg.ts';

/** A number in the language the messages are being read in. */
export const num = (value: number): string => formatNumber(value, activeLanguage());

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, () => string>> & {
  other: () => string;
};
const pluralRules = new Map<string, Intl.PluralRules>();
/** The form of a counted phrase that the language's plural rules pick for `count` (Intl.PluralRules). */
export function plural(count: number, forms: PluralForms): string {
  const lang = activeLanguage();
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  // English has "one" and "other" only: the others are written for the languages that use them.
  const form = count === 0 && forms.zero ? 'zero' : rules.select(count);
  return (forms[form] ?? forms.other)();
}

/** "1 tie", "5 ties", in the language's plural forms. */
export const tieCount = (n: number): string =>
  plural(n, {
    zero: () => msg(str`${num(n)} ties`, { id: 'ties.zero' }),
    one: () => msg(str`${num(n)} tie`, { id: 'ties.one' }),
    two: () => msg(str`${num(n)} ties`, { id: 'ties.two' }),
    few: () => msg(str`${num(n)} ties`, { id: 'ties.few' }),
    many: () => msg(str`${num(n)} ties`, { id: 'ties.many' }),
    other: () => msg(str`${num(n)} ties`, { id: 'ties.other' }),
  });
