/**
 * Every edge in one MapLibre custom layer (WebGL2, in MapLibre's own context, so the base map and
 * the markers above keep their order): per frame three draws, halos, strokes, then direction
 * cues, with two programs, reading per-edge data textures (see shaders.ts for why textures and
 * not instancing). A scene change writes only the slots that changed (see instances.ts): a toggle
 * or focus sends 4 bytes an edge.
 *
 * A lost context drops every GPU object; MapLibreRenderer re-adds the layer to the rebuilt style,
 * and onAdd creates them again from the CPU-side arrays.
 */
import {
  MercatorCoordinate,
  type CustomLayerInterface,
  type CustomRenderMethodInput,
  type Map as MapLibreMap,
} from 'maplibre-gl';
import type { Scene } from '../../../scene/types.ts';
import { parseColour, type Rgba } from './colour.ts';
import { drawCueMask, MASK_SIZE } from './cue-mask.ts';
import {
  checkProgram,
  multiply,
  startProgram,
  preservingMapLibreState,
  translation,
} from './gl.ts';
import {
  COLOUR_BYTES,
  EdgeInstances,
  GEOMETRY_FLOATS,
  LOOK_FLOATS,
  STATE_BYTES,
  type Dirty,
} from './instances.ts';
import { PickGrid } from './picking.ts';
import {
  CUE_FRAGMENT,
  CUE_VERTEX,
  CUE_VERTICES,
  CURVE_FRAGMENT,
  CURVE_VERTEX,
  CURVE_VERTICES,
} from './shaders.ts';

export const EDGE_LAYER_ID = 'edges';

/** Edges a data texture row at most: rows of at most 1,536 texels (WebGL2 guarantees 2,048). */
const ROW = 512;

type Uniforms = Record<string, WebGLUniformLocation | null>;

interface Program {
  program: WebGLProgram;
  /** Null until the first frame that draws checks the link and looks the uniforms up (startProgram). */
  uniforms: Uniforms | null;
}

type DataName = 'geometry' | 'look' | 'colour' | 'state';

/** Each data texture: its unit, texels an edge, formats, and the CPU array it mirrors. */
const DATA: readonly {
  name: DataName;
  unit: number;
  texels: number;
  internal: 'RGBA32F' | 'RGBA8';
  float: boolean;
}[] = [
  { name: 'geometry', unit: 0, texels: GEOMETRY_FLOATS / 4, internal: 'RGBA32F', float: true },
  { name: 'look', unit: 1, texels: LOOK_FLOATS / 4, internal: 'RGBA32F', float: true },
  { name: 'colour', unit: 2, texels: COLOUR_BYTES / 4, internal: 'RGBA8', float: false },
  { name: 'state', unit: 3, texels: STATE_BYTES / 4, internal: 'RGBA8', float: false },
];
const MASK_UNIT = 4;

interface Gpu {
  gl: WebGL2RenderingContext;
  curve: Program;
  cue: Program;
  vao: WebGLVertexArrayObject;
  textures: Record<DataName, WebGLTexture>;
  mask: WebGLTexture;
}

const UNIFORMS = [
  'u_matrix',
  'u_jacobian',
  'u_viewport',
  'u_pixel_ratio',
  'u_pass',
  'u_halo',
  'u_mask',
  'u_row',
  'u_geometry',
  'u_look',
  'u_colour',
  'u_state',
];

function program(gl: WebGL2RenderingContext, vertex: string, fragment: string): Program {
  return { program: startProgram(gl, vertex, fragment), uniforms: null };
}

/** The program's uniforms, once its link is known to have succeeded (throws otherwise). */
function uniformsOf(gl: WebGL2RenderingContext, p: Program): Uniforms {
  if (!p.uniforms) {
    checkProgram(gl, p.program);
    p.uniforms = Object.fromEntries(
      UNIFORMS.map((name) => [name, gl.getUniformLocation(p.program, name)]),
    );
  }
  return p.uniforms;
}

function dataTexture(gl: WebGL2RenderingContext): WebGLTexture {
  const texture = gl.createTexture();
  gl.bindTexture(gl.TEXTURE_2D, texture);
  // Read with texelFetch only; NEAREST keeps float textures complete without mipmaps.
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
  return texture;
}

/**
 * How a Mercator vector maps to device px on screen (y up) at the origin, in doubles: column-major
 * 2×2. Exact everywhere for an unpitched map (this renderer never pitches).
 */
export function screenJacobian(
  m: ArrayLike<number>,
  viewport: readonly [number, number],
): Float32Array {
  const w = m[15]!; // clip w of the origin; unchanged along the ground plane without pitch
  const sx = viewport[0] / 2 / w,
    sy = viewport[1] / 2 / w;
  return new Float32Array([m[0]! * sx, m[1]! * sy, m[4]! * sx, m[5]! * sy]);
}

export class GpuEdgeLayer implements CustomLayerInterface {
  readonly id = EDGE_LAYER_ID;
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  readonly instances = new EdgeInstances();
  private gpu: Gpu | null = null;
  private map: MapLibreMap | null = null;
  private halo: Rgba;
  private grid: PickGrid | null = null;
  private gridVersion = -1;
  /** Whether this style has drawn the edges yet (see render). */
  private shown = false;

  constructor(haloColour: string) {
    this.halo = parseColour(haloColour);
  }

  /** Takes the scene's edges; returns whether the picture changes (and asks for a repaint then). */
  setScene(scene: Scene): boolean {
    const changed = this.instances.update(scene);
    if (changed) this.map?.triggerRepaint();
    return changed;
  }

  setHaloColour(colour: string): void {
    this.halo = parseColour(colour);
    this.map?.triggerRepaint();
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    this.release();
    const curve = program(gl, CURVE_VERTEX, CURVE_FRAGMENT);
    const cue = program(gl, CUE_VERTEX, CUE_FRAGMENT);
    const previous = gl.getParameter(gl.TEXTURE_BINDING_2D) as WebGLTexture | null;
    const textures = Object.fromEntries(DATA.map((d) => [d.name, dataTexture(gl)])) as Record<
      DataName,
      WebGLTexture
    >;
    const mask = gl.createTexture();
    gl.bindTexture(gl.TEXTURE_2D, mask);
    gl.texImage2D(
      gl.TEXTURE_2D,
      0,
      gl.RGBA,
      MASK_SIZE * 2,
      MASK_SIZE,
      0,
      gl.RGBA,
      gl.UNSIGNED_BYTE,
      drawCueMask(),
    );
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
    gl.bindTexture(gl.TEXTURE_2D, previous);
    // No attributes: an empty vertex array keeps MapLibre's own out of reach of our draws.
    this.gpu = { gl, curve, cue, vao: gl.createVertexArray(), textures, mask };
    this.instances.resized = true; // a new context holds nothing yet
    this.shown = false;
  }

  onRemove(): void {
    this.release();
    this.map = null;
  }

  /** Frees the GPU objects, unless the context that held them is gone (they went with it). */
  private release(): void {
    const gpu = this.gpu;
    this.gpu = null;
    if (!gpu || gpu.gl.isContextLost()) return;
    const { gl } = gpu;
    gl.deleteProgram(gpu.curve.program);
    gl.deleteProgram(gpu.cue.program);
    gl.deleteVertexArray(gpu.vao);
    for (const texture of [...Object.values(gpu.textures), gpu.mask]) gl.deleteTexture(texture);
  }

  /**
   * Sends what changed since the last frame: whole textures after a reallocation, else the changed
   * run of edges when it lies in one row, or the rows it spans.
   */
  private upload(gpu: Gpu): void {
    const { gl } = gpu;
    const inst = this.instances;
    const row = Math.min(ROW, inst.capacity);
    const rows = inst.capacity / row;
    const dirty: Record<DataName, Dirty> = {
      geometry: inst.dirtyGeometry,
      look: inst.dirtyLook,
      colour: inst.dirtyLook,
      state: inst.dirtyState,
    };
    for (const d of DATA) {
      const data = inst[d.name];
      const range = dirty[d.name];
      const per = d.texels * 4; // array elements an edge
      const internal = gl[d.internal];
      const type = d.float ? gl.FLOAT : gl.UNSIGNED_BYTE;
      gl.activeTexture(gl.TEXTURE0 + d.unit);
      gl.bindTexture(gl.TEXTURE_2D, gpu.textures[d.name]);
      if (inst.resized) {
        gl.texImage2D(gl.TEXTURE_2D, 0, internal, row * d.texels, rows, 0, gl.RGBA, type, data);
      } else if (!range.empty) {
        const first = Math.floor(range.start / row),
          last = Math.floor((range.end - 1) / row);
        if (first === last) {
          const x = range.start % row;
          gl.texSubImage2D(
            gl.TEXTURE_2D,
            0,
            x * d.texels,
            first,
            (range.end - range.start) * d.texels,
            1,
            gl.RGBA,
            type,
            data,
            range.start * per,
          );
        } else {
          gl.texSubImage2D(
            gl.TEXTURE_2D,
            0,
            0,
            first,
            row * d.texels,
            last - first + 1,
            gl.RGBA,
            type,
            data,
            first * row * per,
          );
        }
      }
    }
    for (const range of [inst.dirtyGeometry, inst.dirtyLook, inst.dirtyState]) range.clear();
    inst.resized = false;
  }

  render(gl: WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    const gpu = this.gpu;
    const count = this.instances.count;
    if (!gpu || gpu.gl !== gl || count === 0 || gl.isContextLost()) return;
    // While the base map loads, MapLibre draws a frame each time a piece of it arrives; at
    // thousands of edges each of those frames costs seconds under SwiftShader, and the picture is
    // not complete anyway. So the edges first draw in the frame where the map has loaded (the one
    // 'load' follows), and in every frame after it.
    if (!this.shown) {
      if (!this.map?.loaded()) return;
      this.shown = true;
    }
    const [ox, oy] = this.instances.origin;
    // The matrix is applied to positions relative to the origin, composed here in doubles.
    const composed = multiply(options.defaultProjectionData.mainMatrix, translation(ox, oy));
    const matrix = new Float32Array(composed);
    const viewport = [gl.drawingBufferWidth, gl.drawingBufferHeight] as const;
    const jacobian = screenJacobian(composed, viewport);
    const pixelRatio = this.map?.getPixelRatio() ?? 1;
    const row = Math.min(ROW, this.instances.capacity);
    let curve: Uniforms;
    let cue: Uniforms;
    try {
      curve = uniformsOf(gl, gpu.curve);
      cue = uniformsOf(gl, gpu.cue);
    } catch (error) {
      // Said once; the base map goes on drawing without the edges (the table still lists them).
      console.error(error);
      this.release();
      return;
    }
    preservingMapLibreState(gl, () => {
      this.upload(gpu);
      gl.activeTexture(gl.TEXTURE0 + MASK_UNIT);
      gl.bindTexture(gl.TEXTURE_2D, gpu.mask);
      gl.bindVertexArray(gpu.vao);
      const common = (p: Program, u: Uniforms) => {
        gl.useProgram(p.program);
        gl.uniformMatrix4fv(u['u_matrix']!, false, matrix);
        gl.uniformMatrix2fv(u['u_jacobian']!, false, jacobian);
        gl.uniform2f(u['u_viewport']!, viewport[0], viewport[1]);
        gl.uniform1f(u['u_pixel_ratio']!, pixelRatio);
        gl.uniform1i(u['u_row']!, row);
        for (const d of DATA) gl.uniform1i(u[`u_${d.name}`]!, d.unit);
      };
      common(gpu.curve, curve);
      const [r, g, b, a] = this.halo;
      gl.uniform4f(curve['u_halo']!, r / 255, g / 255, b / 255, a / 255);
      gl.uniform1i(curve['u_pass']!, 0);
      gl.drawArrays(gl.TRIANGLE_STRIP, 0, count * CURVE_VERTICES);
      gl.uniform1i(curve['u_pass']!, 1);
      gl.drawArrays(gl.TRIANGLE_STRIP, 0, count * CURVE_VERTICES);
      common(gpu.cue, cue);
      gl.uniform1i(cue['u_mask']!, MASK_UNIT);
      gl.drawArrays(gl.TRIANGLES, 0, count * CUE_VERTICES);
      // Leave no texture of ours bound where MapLibre's next layer might sample.
      for (const unit of [...DATA.map((d) => d.unit), MASK_UNIT]) {
        gl.activeTexture(gl.TEXTURE0 + unit);
        gl.bindTexture(gl.TEXTURE_2D, null);
      }
      gl.activeTexture(gl.TEXTURE0);
    });
  }

  /** The edge id under a point of the map (CSS px, relative to its container), or null. */
  pick(point: { x: number; y: number }): string | null {
    const map = this.map;
    if (!map || this.instances.count === 0) return null;
    if (!this.grid || this.gridVersion !== this.instances.geometryVersion) {
      this.grid = new PickGrid(this.instances);
      this.gridVersion = this.instances.geometryVersion;
    }
    const at = MercatorCoordinate.fromLngLat(map.unproject([point.x, point.y]));
    return this.grid.pick(at.x, at.y, 512 * 2 ** map.getZoom());
  }
}
