/**
 * The actors a scene names: the ends of its highlighted ties and the actors its title or caption
 * mentions by name. Their labels are the ones a presenter talks about, so they never give way
 * (map/label-positions.ts). One set per dataset and scene, so a label pass can tell
 * "the same scene" by identity.
 */
import type { Bounds, Dataset } from '../../data/types.ts';
import type { Scene } from '../../scene/types.ts';

const NONE: ReadonlySet<string> = new Set();
const cache = new WeakMap<Dataset, Map<string, ReadonlySet<string>>>();

/** The endings that make an English adjective of a place's name: Israel-i, Armenia-n, Iran-ian, Sudan-ese. */
const DEMONYM = '(?:i|n|an|ian|ese)?';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function namedActors(dataset: Dataset | null, stepId: string | null): ReadonlySet<string> {
  const step = stepId === null ? undefined : dataset?.scenes.find((s) => s.id === stepId);
  if (!dataset || !step) return NONE;
  let byStep = cache.get(dataset);
  if (!byStep) cache.set(dataset, (byStep = new Map<string, ReadonlySet<string>>()));
  const known = byStep.get(step.id);
  if (known) return known;
  const named = new Set<string>();
  const highlighted = new Set(step.ties ?? []);
  for (const tie of dataset.ties) {
    if (!highlighted.has(tie.id)) continue;
    named.add(tie.from);
    named.add(tie.to);
  }
  const text = `${step.title}\n${step.caption ?? ''}`;
  for (const actor of dataset.actors) {
    // A whole name or its adjective ("Israeli forces" name Israel, "Iranian" Iran, "Armenian"
    // Armenia), not part of another word ("India" is not in "Indiana").
    const word = `(?<![\\p{L}\\p{N}])${escape(actor.name)}${DEMONYM}(?![\\p{L}\\p{N}])`;
    if (new RegExp(word, 'u').test(text)) named.add(actor.id);
  }
  byStep.set(step.id, named);
  return named;
}

/** A scene's camera grown to hold where the map draws each actor the scene names (presenter mode: all of them labelled). */
export function framingNamed(
  bounds: Bounds,
  scene: Scene | null,
  named: ReadonlySet<string>,
): Bounds {
  let [[west, south], [east, north]] = bounds;
  for (const actor of scene?.actors ?? []) {
    if (!named.has(actor.id)) continue;
    const [lon, lat] = actor.anchor;
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [
    [west, south],
    [east, north],
  ];
}
