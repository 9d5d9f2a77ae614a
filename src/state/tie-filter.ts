/**
 * The reader's filters (DESIGN.md: "Filters (status, stance, source, direction, minimum figure)
 * hide ties; the table, counts, exports and URL follow them"). Each is spelled as its attribute
 * and URL value spell it (`status="stated reported"`, `stance="adversarial"`, `source="id id"`,
 * `direction="out"`, `min="100"`) and read once into this form, which the visibility test reads.
 */
import { figureTop, layerMeasures } from '../data/measures.ts';
import {
  TIE_STATUSES,
  type Dataset,
  type Stance,
  type Tie,
  type TieStatus,
} from '../data/types.ts';

/** Direction relative to the focused actor: its incoming ties, its outgoing ties, or either. */
export type Direction = 'in' | 'out' | 'both';
export const DIRECTIONS: readonly Direction[] = ['in', 'out', 'both'];
export const STANCES: readonly Stance[] = ['cooperative', 'adversarial'];

export interface TieFilter {
  /** The statuses shown; null: all. */
  status: ReadonlySet<TieStatus> | null;
  /** The stance shown; null: both. */
  stance: Stance | null;
  /** Ties citing at least one of these sources; null: any. */
  sources: ReadonlySet<string> | null;
  /** Relative to the focus; without a focus it hides nothing. Null: every tie. */
  direction: Direction | null;
  /** The smallest figure shown, in each layer's own measure; ties without a figure in it are hidden. Null: no minimum. */
  min: number | null;
}

/** The filter names, as attributes, the URL and the CLI spell them. */
export const FILTER_NAMES = ['status', 'stance', 'source', 'direction', 'min'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type SpelledFilter = Record<FilterName, string | null>;

export const NO_FILTER: TieFilter = {
  status: null,
  stance: null,
  sources: null,
  direction: null,
  min: null,
};

function words(value: string | null): string[] {
  return value === null ? [] : value.split(/[\s,]+/).filter((w) => w.length > 0);
}

/** The words of a spelled value the filter cannot use (unknown statuses, a min that is no number…); sources are checked against a dataset elsewhere. */
export function unusableFilterWords(name: FilterName, value: string | null): string[] {
  if (value === null || value.trim() === '') return [];
  switch (name) {
    case 'status':
      return words(value).filter((w) => !(TIE_STATUSES as readonly string[]).includes(w));
    case 'stance':
      return (STANCES as readonly string[]).includes(value.trim()) ? [] : [value];
    case 'direction':
      return (DIRECTIONS as readonly string[]).includes(value.trim()) ? [] : [value];
    case 'min':
      return parseMin(value) === null ? [value] : [];
    case 'source':
      return [];
  }
}

function parseMin(value: string): number | null {
  const n = Number(value.trim());
  return value.trim() !== '' && Number.isFinite(n) && n >= 0 ? n : null;
}

/** Reads one spelled filter into the state's form; what it cannot use filters nothing. */
export function withFilter(filter: TieFilter, name: FilterName, value: string | null): TieFilter {
  const text = value?.trim() || null;
  switch (name) {
    case 'status': {
      const known = words(text).filter((w): w is TieStatus =>
        (TIE_STATUSES as readonly string[]).includes(w),
      );
      return {
        ...filter,
        status: known.length > 0 ? new Set(TIE_STATUSES.filter((s) => known.includes(s))) : null,
      };
    }
    case 'stance':
      return { ...filter, stance: STANCES.find((s) => s === text) ?? null };
    case 'source': {
      const ids = words(text);
      return { ...filter, sources: ids.length > 0 ? new Set(ids) : null };
    }
    case 'direction':
      return { ...filter, direction: DIRECTIONS.find((d) => d === text) ?? null };
    case 'min':
      return { ...filter, min: text === null ? null : parseMin(text) };
  }
}

export function spellFilter(filter: TieFilter): SpelledFilter {
  return {
    status: filter.status === null ? null : [...filter.status].join(' '),
    stance: filter.stance,
    source: filter.sources === null ? null : [...filter.sources].join(' '),
    direction: filter.direction,
    min: filter.min === null ? null : String(filter.min),
  };
}

/** True when the filter hides nothing (with `focus`: a direction without a focus hides nothing). */
export function filtersNothing(filter: TieFilter, focus: string | null): boolean {
  return (
    filter.status === null &&
    filter.stance === null &&
    filter.sources === null &&
    filter.min === null &&
    (filter.direction === null || focus === null)
  );
}

/** A key that differs whenever the filter would keep other ties (for caches of visible ties). */
export function filterKey(filter: TieFilter, focus: string | null): string {
  if (filtersNothing(filter, focus)) return '';
  const s = spellFilter(filter);
  return `${s.status ?? ''}|${s.stance ?? ''}|${s.source ?? ''}|${filter.direction === null || focus === null ? '' : `${filter.direction}:${focus}`}|${s.min ?? ''}`;
}

/** Per dataset: each layer's measure unit, which the minimum figure is compared in. */
const unitsOf = new WeakMap<Dataset, Map<string, string>>();
function measureUnits(dataset: Dataset): Map<string, string> {
  let units = unitsOf.get(dataset);
  if (!units)
    unitsOf.set(
      dataset,
      (units = new Map([...layerMeasures(dataset)].map(([layer, m]) => [layer, m.unit]))),
    );
  return units;
}

/** Whether a tie passes the filter; `focus`: the focused actor (checked against the dataset), which `direction` is relative to. */
export function passesFilter(
  filter: TieFilter,
  tie: Tie,
  focus: string | null,
  dataset: Dataset,
): boolean {
  if (filter.status !== null && !filter.status.has(tie.status ?? 'stated')) return false;
  if (filter.stance !== null && tie.stance !== filter.stance) return false;
  const sources = filter.sources;
  if (sources !== null && !tie.evidence.some((e) => sources.has(e.source))) return false;
  if (filter.direction !== null && focus !== null) {
    const out = tie.from === focus;
    const inward = tie.to === focus;
    if (filter.direction === 'out' ? !out : filter.direction === 'in' ? !inward : !out && !inward)
      return false;
  }
  if (filter.min !== null) {
    const figure = tie.figure;
    if (
      !figure ||
      figure.unit !== measureUnits(dataset).get(tie.layer) ||
      figureTop(figure) < filter.min
    )
      return false;
  }
  return true;
}
