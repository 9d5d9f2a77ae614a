/** The reader's own choices on the map, each an action plus what the live region says about it. */
import { FILTER_NAMES, type FilterName } from '../../state/tie-filter.ts';
import type { TiesHost } from '../host.ts';

/** Focuses an actor (null clears), fires `ties-select` and announces the ties it has. */
export function setFocus(host: TiesHost, actor: string | null): void {
  if (actor === (host.derived?.view.focus ?? null)) return;
  host.dispatch({ type: 'set-focus', actor });
  if (actor) host.emit('ties-select', { actor });
  host.announce(() => {
    const visible = host.derived?.visible ?? [];
    return actor
      ? host.strings.announceFocus(host.derived?.actorNames.get(actor) ?? '', visible.filter((t) => t.from === actor || t.to === actor).length)
      : host.strings.announceFocusCleared(visible.length);
  });
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
  host.announce(() => `${host.strings.tiesShown(host.derived?.visible.length ?? 0, host.model?.ties.length ?? 0)}.`);
}
