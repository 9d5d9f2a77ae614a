/**
 * Finding an actor by what a reader types: its displayed name (in the element's language, as
 * the caller's names give it) or its id, ignoring case and accents. Best matches first: the id
 * itself, then names that start with the text, then names with a word that starts with it, then
 * names or ids that contain it; ties broken by name.
 */

/** Lower case without accents: "Türkiye" and "turkiye" match. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

export interface ActorMatch {
  id: string;
  name: string;
}

/** The actors `query` finds among `names` (id → displayed name), best first, at most `limit`. */
export function matchActors(
  names: ReadonlyMap<string, string>,
  query: string,
  limit = 8,
): ActorMatch[] {
  const q = fold(query.trim());
  if (q === '') return [];
  const ranked: { match: ActorMatch; rank: number }[] = [];
  for (const [id, name] of names) {
    const n = fold(name);
    const i = fold(id);
    const rank =
      i === q
        ? 0
        : n.startsWith(q)
          ? 1
          : n.split(/[\s\-–'’(),.]+/).some((word) => word.startsWith(q))
            ? 2
            : n.includes(q) || i.includes(q)
              ? 3
              : -1;
    if (rank >= 0) ranked.push({ match: { id, name }, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.match.name.localeCompare(b.match.name));
  return ranked.slice(0, limit).map((r) => r.match);
}
