/**
 * CSS colours as bytes for vertex attributes and uniforms: #rgb, #rrggbb, #rrggbbaa, rgb() and
 * rgba() (what the themes and `--ties-layer-*` overrides hold once the browser has computed them).
 * Anything else draws grey rather than failing the map.
 */
export type Rgba = [number, number, number, number];

const GREY: Rgba = [128, 128, 128, 255];

export function parseColour(css: string): Rgba {
  const text = css.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,8})$/.exec(text)?.[1];
  if (hex && (hex.length === 3 || hex.length === 4)) {
    const [r, g, b, a = 'f'] = hex.split('').map((c) => c + c) as [string, string, string, string?];
    return [r, g, b, a.length === 1 ? 'ff' : a].map((h) => parseInt(h, 16)) as Rgba;
  }
  if (hex && (hex.length === 6 || hex.length === 8)) {
    const part = (i: number) => parseInt(hex.slice(i, i + 2), 16);
    return [part(0), part(2), part(4), hex.length === 8 ? part(6) : 255];
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(text)?.[1];
  if (fn) {
    const tokens = fn.split(/[\s,/]+/).filter(Boolean);
    // Channels are 0..255 or percentages; alpha is 0..1 or a percentage.
    const value = (token: string, scale: number) =>
      token.endsWith('%') ? (parseFloat(token) / 100) * 255 : parseFloat(token) * scale;
    const channels = [
      ...tokens.slice(0, 3).map((t) => value(t, 1)),
      tokens[3] === undefined ? 255 : value(tokens[3], 255),
    ];
    if (tokens.length >= 3 && channels.every(Number.isFinite)) {
      return channels.map((v) => Math.round(Math.max(0, Math.min(255, v)))) as Rgba;
    }
  }
  return GREY;
}
