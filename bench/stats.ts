/** Medians, quartiles and ratios for the bench report. */

export interface Stats {
  median: number;
  p25: number;
  p75: number;
  n: number;
}

/** Linear-interpolated quantile of a sample (q in [0, 1]); NaN for an empty sample. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

export function stats(values: readonly number[]): Stats {
  return {
    median: median(values),
    p25: quantile(values, 0.25),
    p75: quantile(values, 0.75),
    n: values.length,
  };
}

export const ms = (value: number): string =>
  Number.isFinite(value) ? (value >= 100 ? value.toFixed(0) : value.toFixed(1)) : 'n/a';

export const ratio = (ours: number, baseline: number): string =>
  Number.isFinite(ours) && Number.isFinite(baseline) && baseline > 0
    ? `${(ours / baseline).toFixed(2)}×`
    : 'n/a';
