/** The words of finding, filtering and grouping actors (docs/analysing.md). */
import { msg, str } from '../msg.ts';
import { num, tieCount } from './counting.ts';
import type { Strings } from './shape.ts';

/** The search's, the filters' and the grouping's words. */
export function filterWords() {
  return {
    findActor: msg('Find an actor', { id: 'findActor' }),
    actorMatches: (count) =>
      count === 0
        ? msg('No actor matches.', { id: 'actorMatches.none' })
        : count === 1
          ? msg('1 actor matches; Enter focuses it.', { id: 'actorMatches.one' })
          : msg(str`${num(count)} actors match; arrow keys to choose, Enter to focus.`, {
              id: 'actorMatches.other',
            }),
    filters: msg('Filters', { id: 'filters' }),
    filtersOn: (count) =>
      count === 0
        ? msg('Filters', { id: 'filters' })
        : msg(str`Filters (${num(count)} on)`, { id: 'filtersOn' }),
    filterStatus: msg('Status', { id: 'filterStatus' }),
    statusNames: {
      stated: msg('stated', { id: 'statusNames.stated' }),
      reported: msg('reported', { id: 'status.reported' }),
      planned: msg('planned', { id: 'status.planned' }),
      potential: msg('potential', { id: 'status.potential' }),
    },
    filterStance: msg('Stance', { id: 'filterStance' }),
    stanceNames: {
      any: msg('any', { id: 'stanceNames.any' }),
      cooperative: msg('cooperative', { id: 'stanceNames.cooperative' }),
      adversarial: msg('adversarial', { id: 'adversarial' }),
    },
    filterSource: msg('Source', { id: 'filterSource' }),
    anySource: msg('any source', { id: 'anySource' }),
    severalSources: (count) => msg(str`${num(count)} sources`, { id: 'severalSources' }),
    filterDirection: msg('Direction', { id: 'filterDirection' }),
    directionNames: {
      any: msg('all ties', { id: 'directionNames.any' }),
      in: msg('into the focused actor', { id: 'directionNames.in' }),
      out: msg('out of the focused actor', { id: 'directionNames.out' }),
      both: msg("the focused actor's ties", { id: 'directionNames.both' }),
    },
    directionNeedsFocus: msg('Focus an actor to filter by direction.', {
      id: 'directionNeedsFocus',
    }),
    filterMin: msg("Minimum figure (in each layer's measure)", { id: 'filterMin' }),
    clearFilters: msg('Clear filters', { id: 'clearFilters' }),
    groupName: (region, actors) => msg(str`${region} · ${num(actors)}`, { id: 'groupName' }),
    groupControl: msg('Group actors', { id: 'groupControl' }),
    groupNone: msg('Not grouped', { id: 'groupNone' }),
    groupRegion: msg('By UN region', { id: 'groupRegion' }),
    groupSubregion: msg('By UN sub-region', { id: 'groupSubregion' }),
    groupLegend: (level) =>
      level === 'region'
        ? msg(
            'Countries grouped by UN M49 region; edges between groups sum their ties in the measure. Organisations and areas M49 does not list stay themselves.',
            { id: 'groupLegend.region' },
          )
        : msg(
            'Countries grouped by UN M49 sub-region; edges between groups sum their ties in the measure. Organisations and areas M49 does not list stay themselves.',
            { id: 'groupLegend.subregion' },
          ),
    groupSum: (sum, apart) =>
      apart > 0
        ? msg(str`Sum in the measure: ${sum}; ${tieCount(apart)} not in the measure`, {
            id: 'groupSum.apart',
          })
        : msg(str`Sum in the measure: ${sum}`, { id: 'groupSum' }),
    groupNoSum: (ties) => msg(str`No sum in the measure: ${tieCount(ties)}`, { id: 'groupNoSum' }),
    groupExpand: (region) => msg(str`Expand ${region}`, { id: 'groupExpand' }),
    announceGroupExpanded: (region, actors) =>
      msg(str`${region} expanded: ${num(actors)} actors drawn themselves.`, {
        id: 'announceGroupExpanded',
      }),
    groupCollapse: msg('Regroup all', { id: 'groupCollapse' }),
    announceGroupsCollapsed: msg('Every group drawn as one again.', {
      id: 'announceGroupsCollapsed',
    }),
  } satisfies Partial<Strings>;
}
