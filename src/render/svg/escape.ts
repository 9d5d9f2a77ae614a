/** Text and numbers as SVG markup: everything from a dataset is escaped, numbers are rounded. */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an element's content or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

function rounded(value: number, decimals: number): string {
  const factor = 10 ** decimals;
  const r = Math.round(value * factor) / factor;
  return String(Object.is(r, -0) ? 0 : r);
}

/** An attribute's number (a width, an opacity) with at most two decimals, no "-0": stable in snapshots. */
export function num(value: number): string {
  return rounded(value, 2);
}

/** A screen coordinate: a tenth of a CSS px is below what any screen shows. */
export function coord(value: number): string {
  return rounded(value, 1);
}

/** `M x y L x y …` through screen points. */
export function polyline(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${coord(p.x)} ${coord(p.y)}`).join('');
}
