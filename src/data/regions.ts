/**
 * Which UN M49 region or sub-region an actor belongs to, for grouping a register at a world view.
 * Only ISO 3166-1 alpha-3 country ids that M49 lists have one; organisations, subdivisions
 * (`PS-GZA`), user-assigned codes (`XKX`) and unknown ids stay ungrouped.
 */
import { M49_COUNTRIES } from './m49-regions.ts';

/** How actors are grouped: not at all, by M49 region (continent) or by M49 sub-region. */
export type Grouping = 'none' | 'region' | 'subregion';

export const GROUPINGS: readonly Grouping[] = ['none', 'region', 'subregion'];

let table: ReadonlyMap<string, readonly [string, string]> | undefined;

function countries(): ReadonlyMap<string, readonly [string, string]> {
  if (!table) {
    const map = new Map<string, readonly [string, string]>();
    for (const line of M49_COUNTRIES.split('\n')) {
      const [id, region, sub] = line.split(' ');
      if (id && region && sub) map.set(id, [region, sub]);
    }
    table = map;
  }
  return table;
}

/** The M49 code of the group `actorId` falls in under `grouping`, or undefined (ungrouped). */
export function m49GroupOf(actorId: string, grouping: Grouping): string | undefined {
  if (grouping === 'none') return undefined;
  const row = countries().get(actorId);
  return row ? (grouping === 'region' ? row[0] : row[1]) : undefined;
}

/** A grouping named by an attribute or URL value, or undefined when it names none. */
export function parseGrouping(value: string | null | undefined): Grouping | undefined {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '') return 'none';
  return (GROUPINGS as readonly string[]).includes(v) ? (v as Grouping) : undefined;
}

/** Group nodes' ids: `m49:145`. No actor id of a dataset can take this form's place: validated ids name actors, and an edge id encodes ':'. */
export const GROUP_ID_PREFIX = 'm49:';

export function groupNodeId(code: string): string {
  return `${GROUP_ID_PREFIX}${code}`;
}

/** The M49 code of a group node's id, or undefined for an actor's id. */
export function groupCodeOf(id: string): string | undefined {
  return id.startsWith(GROUP_ID_PREFIX) ? id.slice(GROUP_ID_PREFIX.length) : undefined;
}

/** What decides where an actor is drawn under a grouping: the grouping, the focused actor (always itself) and the groups the reader expanded, by click or by zooming in. */
export interface GroupingView {
  group?: Grouping;
  focus: string | null;
  expandedGroups?: ReadonlySet<string>;
  zoomedGroups?: ReadonlySet<string>;
}

/** The id `actorId` is drawn as: its group node's, or its own (ungrouped, focused, or in an expanded group). */
export function drawnAs(actorId: string, view: GroupingView): string {
  const grouping = view.group ?? 'none';
  if (grouping === 'none' || actorId === view.focus) return actorId;
  const code = m49GroupOf(actorId, grouping);
  return code === undefined || view.expandedGroups?.has(code) || view.zoomedGroups?.has(code)
    ? actorId
    : groupNodeId(code);
}
