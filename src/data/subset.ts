/**
 * A dataset that shows a subset of another's ties is derived from it, never kept as copies (DESIGN.md:
 * one source of truth for every tie). A selection file names the parent dataset, the ties to take
 * and the subset's own title, description and scenes; `deriveSubset` writes the subset: the chosen
 * ties exactly as the parent has them, with the parent's definitions of the actors, layers and sources
 * they use. `npm run derive-data` writes every subset; a unit test fails when one has drifted.
 *
 * The output is a plain ties-map/1 file, so the element and the CLIs load it by URL like any other.
 */
import { FORMAT } from './types.ts';

/** `data/subsets/NAME.json`: what a derived dataset takes from its parent. */
export interface SubsetSelection {
  /** The parent dataset, relative to the selection file. */
  from: string;
  /** The derived dataset to write, relative to the selection file. */
  out: string;
  title: string;
  description?: string;
  /** The parent's tie ids, in the order the subset lists them. */
  ties: string[];
  /** The subset's own scenes (they may name only ties and actors of the subset). */
  scenes?: unknown[];
  /**
   * By language tag: the subset's own words (title, description, scenes) and, optionally, its own
   * credit; the parent's translations of the subset's layers and ties are added to them.
   */
  translations?: Record<string, unknown>;
}

export interface SubsetResult {
  /** The derived dataset, ready to write; absent when a problem stops it. */
  dataset?: Record<string, unknown>;
  /** Located in the selection file (`$.ties[3]`): what is wrong and how to fix it. */
  problems: { path: string; message: string }[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const idOf = (v: unknown): unknown => (isObject(v) ? v.id : undefined);
const listOf = (parent: Json, key: string): unknown[] =>
  Array.isArray(parent[key]) ? (parent[key] as unknown[]) : [];

/** Reads a selection file's fields; every problem at once, located by JSON path. */
export function readSelection(value: unknown): {
  selection?: SubsetSelection;
  problems: SubsetResult['problems'];
} {
  const problems: SubsetResult['problems'] = [];
  if (!isObject(value))
    return {
      problems: [
        {
          path: '$',
          message: 'A selection must be a JSON object with "from", "out", "title" and "ties".',
        },
      ],
    };
  for (const key of ['from', 'out', 'title'] as const) {
    if (typeof value[key] !== 'string' || value[key].trim() === '')
      problems.push({
        path: `$.${key}`,
        message: `The selection needs "${key}", a non-empty string.`,
      });
  }
  if (value.description !== undefined && typeof value.description !== 'string')
    problems.push({
      path: '$.description',
      message: 'The selection\'s "description" must be a string.',
    });
  if (!Array.isArray(value.ties) || value.ties.length === 0)
    problems.push({
      path: '$.ties',
      message: 'The selection needs "ties", a non-empty list of the parent\'s tie ids.',
    });
  else
    value.ties.forEach((id, i) => {
      if (typeof id !== 'string')
        problems.push({
          path: `$.ties[${i}]`,
          message: `A tie id must be a string; got ${JSON.stringify(id)}.`,
        });
    });
  if (value.scenes !== undefined && !Array.isArray(value.scenes))
    problems.push({ path: '$.scenes', message: 'The selection\'s "scenes" must be a list.' });
  if (value.translations !== undefined && !isObject(value.translations))
    problems.push({
      path: '$.translations',
      message: 'The selection\'s "translations" must be an object by language tag.',
    });
  const known = new Set([
    '$schema',
    'from',
    'out',
    'title',
    'description',
    'ties',
    'scenes',
    'translations',
  ]);
  for (const key of Object.keys(value)) {
    if (!known.has(key))
      problems.push({
        path: `$.${key}`,
        message: `The selection has a field "${key}" it does not define (known: ${[...known].join(', ')}).`,
      });
  }
  return problems.length > 0
    ? { problems }
    : { selection: value as unknown as SubsetSelection, problems };
}

/**
 * The subset of `parent` that `selection` names. `schemaRef`: the `$schema` the output carries (a
 * path relative to where it is written), or none.
 */
export function deriveSubset(
  parent: unknown,
  selection: SubsetSelection,
  schemaRef?: string,
): SubsetResult {
  if (!isObject(parent))
    return {
      problems: [
        {
          path: '$.from',
          message: `The parent "${selection.from}" is not a dataset (a JSON object).`,
        },
      ],
    };
  const parentTies = new Map(listOf(parent, 'ties').map((t) => [idOf(t), t as Json]));
  const problems: SubsetResult['problems'] = [];
  const seen = new Set<string>();
  const ties: Json[] = [];
  selection.ties.forEach((id, i) => {
    const tie = parentTies.get(id);
    if (seen.has(id))
      problems.push({ path: `$.ties[${i}]`, message: `The tie "${id}" is listed twice.` });
    else if (!tie)
      problems.push({
        path: `$.ties[${i}]`,
        message: `The parent "${selection.from}" has no tie "${id}"; was it renamed or removed there?`,
      });
    else ties.push(tie);
    seen.add(id);
  });
  if (problems.length > 0) return { problems };

  const actorIds = new Set(ties.flatMap((t) => [t.from, t.to]));
  const layerIds = new Set(ties.map((t) => t.layer));
  const sourceIds = new Set(
    ties.flatMap((t) =>
      Array.isArray(t.evidence)
        ? t.evidence.map((e: unknown) => (isObject(e) ? e.source : undefined))
        : [],
    ),
  );
  const dataset: Json = {};
  if (schemaRef !== undefined) dataset.$schema = schemaRef;
  dataset.format = FORMAT;
  dataset.title = selection.title;
  if (selection.description !== undefined) dataset.description = selection.description;
  // Parent order, parent definitions: a measure, a source's date or an actor's point is edited once.
  dataset.sources = listOf(parent, 'sources').filter((s) => sourceIds.has(idOf(s)));
  if (Array.isArray(parent.layers))
    dataset.layers = listOf(parent, 'layers').filter((l) => layerIds.has(idOf(l)));
  dataset.actors = listOf(parent, 'actors').filter((a) => actorIds.has(idOf(a)));
  dataset.ties = ties;
  dataset.scenes = selection.scenes ?? [];
  const translations = subsetTranslations(
    parent.translations,
    selection.translations,
    layerIds,
    new Set(selection.ties),
  );
  if (Object.keys(translations).length > 0) dataset.translations = translations;
  return { dataset, problems };
}

/** The entries of a translation's `layers` or `ties` that the subset has; undefined when none. */
function restrict(texts: unknown, ids: ReadonlySet<unknown>): Json | undefined {
  if (!isObject(texts)) return undefined;
  const kept = Object.entries(texts).filter(([id]) => ids.has(id));
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

/**
 * Per language: the parent's credit unless the selection gives its own, the selection's title,
 * description and scenes, and the parent's translations of the layers and ties the subset keeps.
 * Validation of the derived dataset checks the result like any other dataset's.
 */
function subsetTranslations(
  parent: unknown,
  own: Record<string, unknown> | undefined,
  layerIds: ReadonlySet<unknown>,
  tieIds: ReadonlySet<unknown>,
): Json {
  const parentTexts = isObject(parent) ? parent : {};
  const ownTexts = own ?? {};
  const tags = [...new Set([...Object.keys(parentTexts), ...Object.keys(ownTexts)])];
  const pick = (entry: Json, keys: readonly string[]): Json =>
    Object.fromEntries(keys.filter((k) => entry[k] !== undefined).map((k) => [k, entry[k]]));
  return Object.fromEntries(
    tags.map((tag) => {
      const from =
        Object.hasOwn(parentTexts, tag) && isObject(parentTexts[tag]) ? parentTexts[tag] : {};
      const mine = Object.hasOwn(ownTexts, tag) && isObject(ownTexts[tag]) ? ownTexts[tag] : {};
      const credit = ['translator', 'method', 'reviewed', 'note'] as const;
      const entry: Json = {
        ...pick(from, credit),
        ...pick(mine, [...credit, 'title', 'description']),
      };
      const layers = restrict(from.layers, layerIds);
      const ties = restrict(from.ties, tieIds);
      if (layers) entry.layers = layers;
      if (ties) entry.ties = ties;
      if (mine.scenes !== undefined) entry.scenes = mine.scenes;
      return [tag, entry];
    }),
  );
}

/** The file text a derived dataset is written as (the shipped datasets' own formatting). */
export function datasetText(dataset: unknown): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
