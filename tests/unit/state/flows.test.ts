/** The `flows` attribute (state/flows.ts): what it sets in the view, and what it says of a value it cannot use. */
import { describe, expect, it } from 'vitest';
import { checkSettings } from '../../../src/state/attribute-checks.ts';
import { FLOWS, parseFlows } from '../../../src/state/flows.ts';
import { INITIAL_VIEW, reduce, spell, UNSPELLED } from '../../../src/state/reduce.ts';
import { stringsFor } from '../../../src/text/strings.ts';

const attribute = (value: string | null, start = INITIAL_VIEW) =>
  reduce(start, { type: 'attribute', name: 'flows', value }, null);

describe('the flows attribute', () => {
  it('names top (the default) or all, case-sensitive as renderer and theme', () => {
    expect(FLOWS).toEqual(['top', 'all']);
    expect(parseFlows('all')).toBe('all');
    expect(parseFlows('top')).toBe('top');
    expect(parseFlows('ALL')).toBeUndefined();
    expect(parseFlows('every')).toBeUndefined();
    expect(parseFlows(null)).toBeUndefined();
  });

  it('flows="all" draws every edge in full and is spelled as the legend\'s "Show all" is; top, absent or unknown: the largest first', () => {
    const all = attribute('all');
    expect(all.allFlows).toBe(true);
    expect(spell(all).flows).toBe('all');
    expect(attribute('top', all).allFlows).toBe(false);
    expect(attribute(null, all).allFlows).toBe(false);
    expect(attribute('every', all).allFlows).toBe(false);
    expect(spell(attribute('top', all)).flows).toBeNull();
    // The legend's button and the attribute are one setting.
    const shown = reduce(INITIAL_VIEW, { type: 'show-all-flows', value: true }, null);
    expect(spell(shown)).toEqual(spell(all));
  });

  it('a hash restores only flows=all; any other value draws the largest first', () => {
    const restore = (flows: string | null) =>
      reduce(
        attribute('all'),
        { type: 'restore-url', hash: { ...UNSPELLED, flows }, authored: UNSPELLED },
        null,
      ).allFlows;
    expect(restore('all')).toBe(true);
    expect(restore('ALL')).toBe(false);
    expect(restore(null)).toBe(false);
  });

  it('a value it cannot use is said, with the choices and the case it probably meant', () => {
    const settings = { renderer: null, theme: null, storyWithoutSections: false };
    expect(checkSettings({ ...settings, flows: 'all' })).toEqual([]);
    expect(checkSettings({ ...settings, flows: null })).toEqual([]);
    const [problem, ...rest] = checkSettings({ ...settings, flows: 'All' });
    expect(rest).toEqual([]);
    expect(problem).toEqual({
      attribute: 'flows',
      value: 'All',
      meant: 'all',
      known: ['top', 'all'],
    });
    const en = stringsFor('en');
    expect(
      en.attributeProblem(problem!.attribute, problem!.value, problem!.meant, problem!.known),
    ).toBe(
      'flows="All" is not top or all; did you mean "all"? (values are case-sensitive); drawing the largest first.',
    );
    const [lots] = checkSettings({ ...settings, flows: 'lots' });
    expect(en.attributeProblem(lots!.attribute, lots!.value, lots!.meant, lots!.known)).toBe(
      'flows="lots" is not top or all; drawing the largest first.',
    );
  });
});
