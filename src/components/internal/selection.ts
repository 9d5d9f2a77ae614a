/** The reader's own choices on the map, each an action plus what the live region says about it. */
import { FILTER_NAMES, type FilterName } from '../../state/tie-filter.ts';
import type { TiesHost } from '../host.ts';
import type { Grouping } from '../../data/regions.ts';

/** Focuses an actor (null clears), fires `ties-select` and announces the ties it has. */
export function setFocus(host: TiesHost, actor: string | null): void {
  if (actor === (host.derived?.view.focus ?? null)) return;
  host.dispatch({ type: 'set-focus', actor });
  if (actor) host.emit('ties-select', { actor });
  host.announce(() => {
    const visible = host.derived?.visible ?? [];
    return actor
      ? host.strings.announceFocus(
          host.derived?.actorNames.get(actor) ?? '',
          visible.filter((t) => t.from === actor || t.to === actor).length,
        )
      : host.strings.announceFocusCleared(visible.length);
  });
}

/** Expands a group node (its actors drawn themselves) or, with null, draws every group as one again; announced. */
export function expandGroup(
  host: TiesHost,
  group: { code: string; name: string; members: number } | null,
): void {
  host.dispatch({ type: 'expand-group', code: group?.code ?? null });
  host.announce(() =>
    group
      ? host.strings.announceGroupExpanded(group.name, group.members)
      : host.strings.announceGroupsCollapsed,
  );
}

/** Groups the actors by UN M49 region or sub-region, or not ('none'); announced. */
export function setGroup(host: TiesHost, group: Grouping): void {
  host.dispatch({ type: 'attribute', name: 'group', value: group === 'none' ? null : group });
  host.announce(() =>
    group === 'none' ? host.strings.groupNone : host.strings.groupLegend(group),
  );
}

/** Shows or hides a layer and announces how many ties are visible after it. */
export function toggleLayer(host: TiesHost, layer: string): void {
  const dataset = host.model;
  if (!dataset) return;
  host.dispatch({ type: 'toggle-layer', layer });
  const label = dataset.layers.find((l) => l.id === layer)?.label ?? layer;
  const shown = host.view.layers === null || host.view.layers.has(layer);
  host.announce(() => host.strings.announceLayer(label, shown, host.derived?.visible.length ?? 0));
}

/** Changes one filter (null: off) and announces how many ties it leaves. */
export function setFilter(host: TiesHost, name: FilterName, value: string | null): void {
  host.dispatch({ type: 'set-filter', name, value });
  announceShown(host);
}

export function clearFilters(host: TiesHost): void {
  for (const name of FILTER_NAMES) host.dispatch({ type: 'set-filter', name, value: null });
  announceShown(host);
}

function announceShown(host: TiesHost): void {
  host.announce(
    () =>
      `${host.strings.tiesShown(host.derived?.visible.length ?? 0, host.model?.ties.length ?? 0)}.`,
  );
}
