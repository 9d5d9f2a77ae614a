/**
 * The two programs of the edge layer (GLSL ES 3.00, WebGL2). Neither uses a uniform block
 * (MapLibre owns binding points 0–2) nor instancing: each draw is one plain drawArrays over every
 * edge, the edge's index taken from gl_VertexID and its data fetched from four data textures
 * (texelFetch), because SwiftShader (WebGL without a GPU) spends about 10 µs on every instance
 * of an instanced draw: 0.3 s a frame at 10,000 edges before a vertex is shaded.
 *
 * curve: a triangle strip of CURVE_VERTICES an edge: CURVE_SEGMENTS + 1 vertex pairs, the first
 * and last repeated so consecutive edges join by zero-area triangles. The quadratic Bézier is
 * evaluated at t = segment / CURVE_SEGMENTS and offset along the screen-space normal by half the
 * ribbon's width in CSS px (as deck.gl's ArcLayer does). u_pass 0 draws halos (every halo under
 * every edge), 1 the strokes: solid, dashed (dash lengths along the curve's screen length) or
 * hollow (two rails around a gap, discarded inside). A round-capped dash (a planned or potential
 * edge) is drawn as the SVG stroke draws it: the dash grown by half the stroke at both ends, so
 * a dash one stroke long is a dot with rounded ends.
 *
 * cue: two triangles an edge at the scene's arrow point, turned along its bearing on screen, sampling a
 * mask of the chevron (and bar) drawn from edge-look.ts: red the fill, green the white outline.
 */
import { CUE_BAR, CUE_BOX, CUE_CHEVRON, CUE_OUTLINE_WIDTH } from '../../edge-look.ts';
import { LOOK_BAR, LOOK_ROUND } from './instances.ts';
import { CURVE_SEGMENTS } from './picking.ts';

/**
 * The part of the cue's box that the chevron, its bar and their outline cover (0..1 of the box):
 * the cue's two triangles span only it, as a third of the box would be drawn empty (at 10,000
 * edges, each a cue, SwiftShader pays for every fragment).
 */
const INK = (() => {
  const xs = [...CUE_CHEVRON.map(([x]) => x), CUE_BAR.x, CUE_BAR.x + CUE_BAR.width];
  const ys = [...CUE_CHEVRON.map(([, y]) => y), CUE_BAR.y, CUE_BAR.y + CUE_BAR.height];
  const pad = CUE_OUTLINE_WIDTH / 2 + 1; // the outline, and a unit for the mask's filtering
  const unit = (v: number) => Math.min(1, Math.max(0, v / CUE_BOX)).toFixed(4);
  return {
    x0: unit(Math.min(...xs) - pad),
    x1: unit(Math.max(...xs) + pad),
    y0: unit(Math.min(...ys) - pad),
    y1: unit(Math.max(...ys) + pad),
  };
})();

/** Vertices an edge in the curve strip, and in the cue's triangles. */
export const CURVE_VERTICES = (CURVE_SEGMENTS + 1) * 2 + 2;
export const CUE_VERTICES = 6;

const COMMON = `#version 300 es
precision highp float;
precision highp int;
uniform mat4 u_matrix;      // Mercator 0..1 relative to the origin -> clip space
uniform mat2 u_jacobian;    // Mercator vector -> device px on screen (y up), from the CPU each frame
uniform vec2 u_viewport;    // drawing buffer, device px
uniform float u_pixel_ratio;
uniform int u_row;          // edges a texture row
uniform highp sampler2D u_geometry; // 3 texels an edge: (p0, p1), (p2, cue point), (cue direction, -)
uniform highp sampler2D u_look;     // 2 texels an edge: (stroke, rail, gap, dash on), (dash off, halo, cue size, flags)
uniform lowp sampler2D u_colour;    // 1 texel an edge
uniform lowp sampler2D u_state;     // 1 texel an edge: visible, opacity, halo opacity
vec2 e_p0, e_p1, e_p2, e_cue;
vec4 e_look0, e_look1, e_colour, e_state;
ivec2 e_at;  // the edge's slot: texel column and row

// The edge's data (e_: per edge).
void fetchEdge(int edge) {
  e_at = ivec2(edge % u_row, edge / u_row);
  ivec2 at = e_at;
  ivec2 pair = ivec2(at.x * 2, at.y);
  ivec2 triple = ivec2(at.x * 3, at.y);
  vec4 g0 = texelFetch(u_geometry, triple, 0);
  vec4 g1 = texelFetch(u_geometry, triple + ivec2(1, 0), 0);
  e_p0 = g0.xy; e_p1 = g0.zw; e_p2 = g1.xy; e_cue = g1.zw;
  e_look0 = texelFetch(u_look, pair, 0);
  e_look1 = texelFetch(u_look, pair + ivec2(1, 0), 0);
  e_colour = texelFetch(u_colour, at, 0);
  e_state = texelFetch(u_state, at, 0);
}

vec2 bezier(float t) {
  float u = 1.0 - t;
  return u * u * e_p0 + 2.0 * u * t * e_p1 + t * t * e_p2;
}

// The map is never pitched, so a Mercator vector maps to screen px by one linear map
// everywhere: one matrix product a vertex (its position) instead of five.
vec2 screenDirection(vec2 d) {
  vec2 v = u_jacobian * d;
  float len = length(v);
  return len > 0.0 ? v / len : vec2(1.0, 0.0);
}
vec4 offsetClip(vec4 clip, vec2 px) {
  return vec4(clip.xy + px / u_viewport * 2.0 * clip.w, clip.zw);
}
const vec4 HIDDEN = vec4(2.0, 2.0, 2.0, 1.0);  // outside the clip volume: the GPU drops it
// The look's flag bits (instances.ts).
const int LOOK_BAR = ${LOOK_BAR};
const int LOOK_ROUND = ${LOOK_ROUND};
bool hasFlag(float flags, int bit) { return (int(flags + 0.5) & bit) != 0; }
`;

export const CURVE_VERTEX = `${COMMON}
uniform int u_pass;
out vec4 v_colour;
out float v_across;         // device px from the centre line
out float v_along;          // device px along the curve
out float v_half;           // half the drawn ribbon, device px
flat out vec4 v_look;       // (stroke, rail, gap, 0) or the halo, device px
flat out vec3 v_dash;       // dash on, dash off, round caps (0|1)
const float SEGMENTS = ${CURVE_SEGMENTS}.0;

void main() {
  fetchEdge(gl_VertexID / ${CURVE_VERTICES});
  if (e_state.x == 0.0) { gl_Position = HIDDEN; return; }
  int k = clamp(gl_VertexID % ${CURVE_VERTICES} - 1, 0, ${CURVE_VERTICES - 3});  // first and last repeated
  float segment = float(k / 2);
  float side = (k % 2 == 0) ? -1.0 : 1.0;
  float t = segment / SEGMENTS;
  vec4 clip = u_matrix * vec4(bezier(t), 0.0, 1.0);
  vec2 tangent = 2.0 * (1.0 - t) * (e_p1 - e_p0) + 2.0 * t * (e_p2 - e_p1);
  vec2 dir = screenDirection(tangent);
  float stroke = e_look0.x, rail = e_look0.y, gap = e_look0.z;
  float width = u_pass == 0 ? e_look1.y : (rail > 0.0 ? gap + 2.0 * rail : stroke);
  float half_width = width * 0.5 * u_pixel_ratio + 0.5;  // + 0.5 px for the antialiased rim
  gl_Position = offsetClip(clip, vec2(-dir.y, dir.x) * side * half_width);
  // The curve's screen length from its control polygon (a quadratic this flat runs at nearly even speed).
  float len = (length(u_jacobian * (e_p2 - e_p0)) + length(u_jacobian * (e_p1 - e_p0)) + length(u_jacobian * (e_p2 - e_p1))) * 0.5;
  v_along = t * len;
  v_across = side * half_width;
  v_half = half_width - 0.5;
  v_look = vec4(stroke, rail, gap, 0.0) * u_pixel_ratio;
  v_dash = vec3(vec2(e_look0.w, e_look1.x) * u_pixel_ratio, hasFlag(e_look1.w, LOOK_ROUND) ? 1.0 : 0.0);
  float opacity = u_pass == 0 ? e_state.z : e_state.y;
  v_colour = vec4(e_colour.rgb, 1.0) * opacity;
}`;

export const CURVE_FRAGMENT = `#version 300 es
precision highp float;
precision highp int;
uniform int u_pass;
uniform vec4 u_halo;        // halo colour, straight alpha
in vec4 v_colour;
in float v_across;
in float v_along;
in float v_half;
flat in vec4 v_look;
flat in vec3 v_dash;
out vec4 fragColor;

void main() {
  float a = abs(v_across);
  float coverage;
  if (u_pass == 0) {
    coverage = clamp(v_half - a + 0.5, 0.0, 1.0);
    fragColor = vec4(u_halo.rgb, 1.0) * u_halo.a * v_colour.a * coverage;
    return;
  }
  float rail = v_look.y;
  float inner = v_look.z * 0.5;
  if (rail > 0.0) {
    coverage = clamp(min(a - inner, inner + rail - a) + 0.5, 0.0, 1.0);
  } else {
    coverage = clamp(v_half - a + 0.5, 0.0, 1.0);
  }
  float period = v_dash.x + v_dash.y;
  if (period > 0.0) {
    float at = mod(v_along, period);
    if (v_dash.z > 0.0) {
      // Round caps: the distance to the dash's centre segment [0, on] along, to the drawn
      // stroke's centre line across (a rail's own centre for a hollow edge), within half its width.
      float along = at <= v_dash.x ? 0.0 : min(at - v_dash.x, period - at);
      float across = rail > 0.0 ? abs(a - inner - rail * 0.5) : a;
      float radius = (rail > 0.0 ? rail : v_look.x) * 0.5;
      coverage = clamp(radius - length(vec2(along, across)) + 0.5, 0.0, 1.0);
    } else if (at > v_dash.x) {
      discard;
    }
  }
  if (coverage <= 0.0) discard;
  fragColor = v_colour * coverage;
}`;

export const CUE_VERTEX = `${COMMON}
out vec2 v_uv;
flat out vec4 v_colour;
flat out float v_bar;

const vec2 CORNERS[6] = vec2[6](vec2(0, 0), vec2(1, 0), vec2(0, 1), vec2(0, 1), vec2(1, 0), vec2(1, 1));

void main() {
  fetchEdge(gl_VertexID / ${CUE_VERTICES});
  if (e_state.x == 0.0) { gl_Position = HIDDEN; return; }
  vec2 corner = mix(vec2(${INK.x0}, ${INK.y0}), vec2(${INK.x1}, ${INK.y1}), CORNERS[gl_VertexID % ${CUE_VERTICES}]);
  vec2 direction = texelFetch(u_geometry, ivec2(e_at.x * 3 + 2, e_at.y), 0).xy;
  vec4 clip = u_matrix * vec4(e_cue, 0.0, 1.0);
  vec2 forward = screenDirection(direction);
  vec2 right = vec2(forward.y, -forward.x);
  float size = e_look1.z * u_pixel_ratio;
  // The mask points up (north): its top row (v = 0) lies ahead along the edge.
  vec2 px = forward * (0.5 - corner.y) * size + right * (corner.x - 0.5) * size;
  gl_Position = offsetClip(clip, px);
  v_uv = corner;
  v_bar = hasFlag(e_look1.w, LOOK_BAR) ? 1.0 : 0.0;
  v_colour = vec4(e_colour.rgb, 1.0) * e_state.y;
}`;

export const CUE_FRAGMENT = `#version 300 es
precision highp float;
precision highp int;
uniform sampler2D u_mask;   // left half: chevron; right half: chevron with bar
in vec2 v_uv;
flat in vec4 v_colour;
flat in float v_bar;
out vec4 fragColor;

void main() {
  vec2 mask = texture(u_mask, vec2((v_uv.x + v_bar) * 0.5, v_uv.y)).rg;
  float fill = mask.r, outline = mask.g;
  // The fill over its white outline, premultiplied, faded with the edge.
  vec4 colour = vec4(v_colour.rgb, v_colour.a) * fill + vec4(1.0) * v_colour.a * outline * (1.0 - fill);
  if (colour.a <= 0.0) discard;
  fragColor = colour;
}`;
