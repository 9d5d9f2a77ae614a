/** Shared by the presenter, timeline, URL and slide tests: the expectation, written from DESIGN.md independently of src/state/. */
import { expect } from 'vitest';
import shipped from '../../../data/azerbaijan-israel-usa.json';
import type { TiesMap } from '../../../src/components/ties-map/ties-map.component.ts';
import { shadow, tableRowIds } from '../helpers.ts';
export const SHIPPED_URL = '/data/azerbaijan-israel-usa.json';

// ---- the expectation, written from DESIGN.md independently of src/state/view-state.ts ------------

export interface TieLike {
  id: string;
  layer: string;
  when?: { from?: string; to?: string };
  ended?: string;
  evidence?: { source: string }[];
}
export interface SceneLike {
  id: string;
  title: string;
  layers?: string[];
  focus?: string;
  ties?: string[];
  asOf?: string;
}
export interface DatasetLike {
  ties: TieLike[];
  layers?: { id: string }[];
  scenes?: SceneLike[];
  sources?: { id: string; published: string; notBefore?: string }[];
}

/** A date names a period: "2022" runs from 2022-01-01 to 2022-12-31, "2022-02" to 2022-02-28. */
export function firstDay(date: string): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}
export function lastDay(date: string): string {
  const [year, month, day] = date.split('-') as [string, string?, string?];
  if (month === undefined) return `${year}-12-31`;
  if (day !== undefined) return date;
  const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return `${year}-${month}-${String(days).padStart(2, '0')}`;
}

/** When a tie starts: its `when.from`, else the first day its earliest dated source was published (`notBefore` for an unknown date). */
function startOf(dataset: DatasetLike, tie: TieLike): string | undefined {
  if (tie.when?.from !== undefined) return firstDay(tie.when.from);
  const days = (tie.evidence ?? [])
    .map((e) => dataset.sources?.find((s) => s.id === e.source))
    .map((s) => (s?.published !== 'unknown' ? s?.published : s.notBefore))
    .filter((date): date is string => date !== undefined)
    .map(firstDay)
    .sort();
  return days[0];
}

/** Visible: layer shown, started on or before the as-of date, not `ended` before it. Sorted ids. */
export function expectedRows(
  dataset: DatasetLike,
  layers: readonly string[] | null,
  asOf: string | null,
): string[] {
  return dataset.ties
    .filter((t) => layers === null || layers.includes(t.layer))
    .filter((t) => asOf === null || (startOf(dataset, t) ?? '0000') <= lastDay(asOf))
    .filter((t) => asOf === null || t.ended === undefined || lastDay(t.ended) >= firstDay(asOf))
    .map((t) => t.id)
    .sort();
}

export const sorted = (ids: string[]) => [...ids].sort();
export const rows = (el: HTMLElement) => sorted(tableRowIds(el));

export const SHIPPED = shipped as unknown as DatasetLike & { title: string };
export const SCENES = SHIPPED.scenes!;
export const ALL_LAYERS = SHIPPED.layers!.map((l) => l.id);

export function caption(el: HTMLElement): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>('[part="caption"]');
}

export async function expectScene(el: TiesMap, index: number): Promise<void> {
  const step = SCENES[index]!;
  await expect.poll(() => caption(el)?.dataset['sceneId'], { timeout: 10_000 }).toBe(step.id);
  await el.updateComplete;
  expect(caption(el)!.querySelector('h3')!.textContent).toBe(step.title);
  expect(shadow(el).querySelector('[part="scenes"] .counter')!.textContent).toContain(
    `${index + 1}`,
  );
  const expected = expectedRows(SHIPPED, step.layers ?? ALL_LAYERS, step.asOf ?? null);
  expect(rows(el), step.id).toEqual(expected);
  for (const id of step.ties ?? []) expect(expected, `${step.id} highlights ${id}`).toContain(id);
  expect(el.getAttribute('focus'), step.id).toBe(step.focus ?? null);
  expect(el.asOf, step.id).toBe(step.asOf ?? null);
}
