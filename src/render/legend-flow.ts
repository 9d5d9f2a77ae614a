/**
 * Legend items laid out left to right, wrapping into rows no wider than the picture: the slide
 * export and the standalone SVG lay out their legends alike. Pure: widths and heights in, rows out.
 */
export interface Sized {
  width: number;
  height: number;
}

export interface Row<T extends Sized> {
  items: T[];
  /** The tallest item's height. */
  height: number;
}

export function flowRows<T extends Sized>(items: readonly T[], maxWidth: number): Row<T>[] {
  const rows: Row<T>[] = [];
  let row: T[] = [];
  let used = 0;
  for (const item of items) {
    if (used + item.width > maxWidth && row.length > 0) {
      rows.push({ items: row, height: Math.max(...row.map((i) => i.height)) });
      row = [];
      used = 0;
    }
    row.push(item);
    used += item.width;
  }
  if (row.length > 0) rows.push({ items: row, height: Math.max(...row.map((i) => i.height)) });
  return rows;
}
