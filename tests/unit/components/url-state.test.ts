/** The view in the location hash, namespaced by element id. */
import { describe, expect, it } from 'vitest';
import { readUrlView, writeUrlView } from '../../../src/components/internal/url-state.ts';
import { INITIAL_VIEW, reduce, spell, UNSPELLED as NONE } from '../../../src/state/reduce.ts';

describe('URL hash state', () => {
  it('round-trips a view under the element id and keeps other keys', () => {
    const view = {
      ...NONE,
      layers: 'energy arms',
      focus: 'AZE',
      asOf: '2024-06',
      edge: 'ISR>AZE:arms',
      worldview: 'un',
    };
    const hash = writeUrlView('#page=intro&b.focus=IRN', 'a', view);
    expect(hash).toContain('page=intro');
    expect(hash).toContain('b.focus=IRN');
    expect(readUrlView(hash, 'a')).toEqual(view);
    expect(readUrlView(hash, 'b')).toEqual({ ...NONE, focus: 'IRN' });
  });

  it('drops keys that are cleared', () => {
    const hash = writeUrlView('#a.focus=AZE&a.asof=2024', 'a', { ...NONE, asOf: '2024' });
    expect(hash).toBe('#a.asof=2024');
    expect(writeUrlView(hash, 'a', NONE)).toBe('');
  });

  it('round-trips the filters, lists comma-separated', () => {
    const view = {
      ...NONE,
      status: 'stated reported',
      stance: 'adversarial',
      source: 'sipri ocmedia',
      direction: 'out',
      min: '100',
    };
    const hash = writeUrlView('', 'm', view);
    expect(hash).toBe(
      '#m.status=stated%2Creported&m.stance=adversarial&m.source=sipri%2Cocmedia&m.direction=out&m.min=100',
    );
    expect(readUrlView(hash, 'm')).toEqual(view);
  });

  it('round-trips a register\'s "Show all" as flows=all', () => {
    const hash = writeUrlView('', 'm', { ...NONE, flows: 'all' });
    expect(hash).toBe('#m.flows=all');
    expect(readUrlView(hash, 'm')).toEqual({ ...NONE, flows: 'all' });
  });

  it('round-trips a grouping as group=region|subregion, and a restore applies it', () => {
    const hash = writeUrlView('', 'm', { ...NONE, group: 'subregion' });
    expect(hash).toBe('#m.group=subregion');
    expect(readUrlView(hash, 'm')).toEqual({ ...NONE, group: 'subregion' });
    const restored = reduce(
      INITIAL_VIEW,
      { type: 'restore-url', hash: readUrlView(hash, 'm'), authored: NONE },
      null,
    );
    expect(restored.group).toBe('subregion');
    expect(spell(restored).group).toBe('subregion');
    // Back to a hash without it: as the attributes gave it (none).
    expect(reduce(restored, { type: 'restore-url', hash: NONE, authored: NONE }, null).group).toBe(
      'none',
    );
    // The expanded groups too, so Back collapses what the reader expanded.
    const expanded = reduce(restored, { type: 'expand-group', code: '145' }, null);
    const withExpand = writeUrlView('', 'm', spell(expanded));
    expect(withExpand).toBe('#m.group=subregion&m.expand=145');
    expect([
      ...reduce(
        INITIAL_VIEW,
        { type: 'restore-url', hash: readUrlView(withExpand, 'm'), authored: NONE },
        null,
      ).expandedGroups,
    ]).toEqual(['145']);
    expect(
      reduce(expanded, { type: 'restore-url', hash: readUrlView(hash, 'm'), authored: NONE }, null)
        .expandedGroups.size,
    ).toBe(0);
  });
});
