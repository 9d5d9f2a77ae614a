/**
 * What the element cannot honour in its view attributes, said instead of ignored:
 * unknown layer, actor or scene ids (with the id that was probably meant when only the case
 * differs) and an `as-of` that is not a real ISO 8601 date. Pure: the element turns each problem
 * into a console warning and an announcement.
 */
import { isIsoDate } from '../data/dates.ts';
import type { Dataset } from '../data/types.ts';
import { TIE_STATUSES } from '../data/types.ts';
import { parseWorldview, WORLDVIEWS } from '../geo/borders.ts';
import { GROUPINGS, parseGrouping } from '../data/regions.ts';
import { FLOWS } from './flows.ts';
import {
  DIRECTIONS,
  FILTER_NAMES,
  STANCES,
  unusableFilterWords,
  type FilterName,
  type SpelledFilter,
} from './tie-filter.ts';

export type CheckedAttribute =
  | 'layers'
  | 'focus'
  | 'as-of'
  | 'scene'
  | 'worldview'
  | 'group'
  | FilterName
  | ChoiceAttribute
  | 'story';

/** The words each filter knows, for the message (sources: the dataset's ids). */
const FILTER_WORDS: Record<Exclude<FilterName, 'source'>, readonly string[]> = {
  status: TIE_STATUSES,
  stance: STANCES,
  direction: DIRECTIONS,
  min: [],
};
export type ChoiceAttribute = 'renderer' | 'theme' | 'flows';

/** The values `renderer`, `theme` and `flows` take; anything else falls back (auto; the reader's scheme; the largest first). */
export const CHOICES: Readonly<Record<ChoiceAttribute, readonly string[]>> = {
  renderer: ['auto', 'webgl', 'svg'],
  theme: ['light', 'dark'],
  flows: FLOWS,
};

export interface ElementSettings {
  renderer: string | null;
  theme: string | null;
  /** The `flows` attribute as given (absent: not checked). */
  flows?: string | null;
  /** `story` is set and the page has no section for this map. */
  storyWithoutSections: boolean;
}

export interface AttributeProblem {
  attribute: CheckedAttribute;
  /** The value as given (one id of a list). */
  value: string;
  /** The id that differs only in case, when there is one. */
  meant: string | null;
  /** The ids the dataset has, for the message (empty for `as-of`). */
  known: string[];
}

export interface ViewAttributes {
  layers: string | null;
  focus: string | null;
  asOf: string | null;
  scene: string | null;
  worldview?: string | null;
  group?: string | null;
  filters?: SpelledFilter;
}

function unknownIds(
  attribute: CheckedAttribute,
  values: string[],
  known: string[],
): AttributeProblem[] {
  const ids = new Set(known);
  return values
    .filter((v) => !ids.has(v))
    .map((value) => ({
      attribute,
      value,
      meant: known.find((id) => id.toLowerCase() === value.toLowerCase()) ?? null,
      known,
    }));
}

/** True when `as-of` can filter: a real calendar date at year, month or day precision. */
export function usableAsOf(asOf: string | null): asOf is string {
  return asOf !== null && isIsoDate(asOf);
}

export function checkAttributes(dataset: Dataset, view: ViewAttributes): AttributeProblem[] {
  const problems: AttributeProblem[] = [];
  if (view.layers !== null) {
    const listed = view.layers.split(/[\s,]+/).filter((id) => id.length > 0);
    problems.push(
      ...unknownIds(
        'layers',
        listed,
        dataset.layers.map((l) => l.id),
      ),
    );
  }
  if (view.focus)
    problems.push(
      ...unknownIds(
        'focus',
        [view.focus],
        dataset.actors.map((a) => a.id),
      ),
    );
  if (view.scene)
    problems.push(
      ...unknownIds(
        'scene',
        [view.scene],
        (dataset.scenes ?? []).map((s) => s.id),
      ),
    );
  if (view.asOf && !usableAsOf(view.asOf))
    problems.push({ attribute: 'as-of', value: view.asOf, meant: null, known: [] });
  if (view.worldview && parseWorldview(view.worldview) === null)
    problems.push({
      attribute: 'worldview',
      value: view.worldview,
      meant: null,
      known: [...WORLDVIEWS],
    });
  if (view.group && parseGrouping(view.group) === undefined)
    problems.push({ attribute: 'group', value: view.group, meant: null, known: [...GROUPINGS] });
  for (const name of FILTER_NAMES) {
    const value = view.filters?.[name] ?? null;
    if (value === null) continue;
    if (name === 'source')
      problems.push(
        ...unknownIds(
          'source',
          value.split(/[\s,]+/).filter(Boolean),
          dataset.sources.map((s) => s.id),
        ),
      );
    else
      for (const word of unusableFilterWords(name, value))
        problems.push({
          attribute: name,
          value: word,
          meant: null,
          known: [...FILTER_WORDS[name]],
        });
  }
  return problems;
}

/** `renderer`, `theme` or `flows` values the element does not know, and a story with nothing to follow. */
export function checkSettings(settings: ElementSettings): AttributeProblem[] {
  const problems: AttributeProblem[] = [];
  for (const attribute of ['renderer', 'theme', 'flows'] as const) {
    const value = settings[attribute] ?? null;
    const known = CHOICES[attribute];
    if (value === null || value === '' || known.includes(value)) continue;
    problems.push({
      attribute,
      value,
      meant: known.find((k) => k === value.trim().toLowerCase()) ?? null,
      known: [...known],
    });
  }
  if (settings.storyWithoutSections)
    problems.push({ attribute: 'story', value: '', meant: null, known: [] });
  return problems;
}
