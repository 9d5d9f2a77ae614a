/**
 * Call-outs on the authoring page: each of the dataset's `annotations` listed with what it points
 * at, how it is drawn and at which scenes, read from the dataset as given (the validator reports
 * what is wrong with them among the other problems).
 */
import { authorStringsFor, type AuthorStrings } from '../text/author-strings.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export interface CalloutRow {
  id: string;
  text: string;
  /** What it points at, in words: "actor AZE", "tie aze-isf-contribution", "point 45.5, 39.2". */
  at: string;
  kind: string;
  /** "every view", or the scene ids. */
  scenes: string;
}

export function calloutRows(
  dataset: unknown,
  s: AuthorStrings = authorStringsFor('en'),
): CalloutRow[] {
  if (!isObject(dataset) || !Array.isArray(dataset.annotations)) return [];
  const actors = new Set(
    Array.isArray(dataset.actors) ? dataset.actors.filter(isObject).map((a) => a.id) : [],
  );
  return dataset.annotations.filter(isObject).flatMap((a) => {
    if (typeof a.id !== 'string' || typeof a.text !== 'string') return [];
    const at = Array.isArray(a.at)
      ? s.calloutPoint(String(a.at[0]), String(a.at[1]))
      : typeof a.at === 'string'
        ? actors.has(a.at)
          ? s.calloutActor(a.at)
          : s.calloutTie(a.at)
        : '?';
    const scenes = Array.isArray(a.scenes)
      ? a.scenes.filter((id): id is string => typeof id === 'string').join(s.listSeparator)
      : s.calloutEveryView;
    const kind = typeof a.kind === 'string' ? a.kind : 'label';
    return [
      {
        id: a.id,
        text: a.text,
        at,
        kind: Object.hasOwn(s.calloutKinds, kind)
          ? s.calloutKinds[kind as keyof AuthorStrings['calloutKinds']]
          : kind,
        scenes,
      },
    ];
  });
}
