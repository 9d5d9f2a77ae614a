/**
 * Every edge in one MapLibre custom layer (WebGL2, in MapLibre's own context, so the base map and
 * the markers above keep their order): per frame three instanced draws over one vertex array,
 * halos, strokes, then direction cues, with two programs. A scene change writes only the slots and
 * buffers that changed (see instances.ts): a toggle or focus sends 4 bytes an edge.
 *
 * A lost context drops every GPU object; MapLibreRenderer re-adds the layer to the rebuilt style,
 * and onAdd creates them again from the CPU-side arrays.
 */
import { MercatorCoordinate, type CustomLayerInterface, type CustomRenderMethodInput, type Map as MapLibreMap } from 'maplibre-gl';
import type { Scene } from '../../../scene/types.ts';
import { parseColour, type Rgba } from './colour.ts';
import { drawCueMask, MASK_SIZE } from './cue-mask.ts';
import { createProgram, multiply, preservingMapLibreState, translation } from './gl.ts';
import { COLOUR_BYTES, EdgeInstances, GEOMETRY_FLOATS, LOOK_FLOATS, STATE_BYTES, type Dirty } from './instances.ts';
import { CURVE_SEGMENTS, PickGrid } from './picking.ts';
import { CUE_FRAGMENT, CUE_VERTEX, CURVE_FRAGMENT, CURVE_VERTEX } from './shaders.ts';

export const EDGE_LAYER_ID = 'edges';

interface Program {
  program: WebGLProgram;
  uniforms: Record<string, WebGLUniformLocation | null>;
}

interface Gpu {
  gl: WebGL2RenderingContext;
  curve: Program;
  cue: Program;
  vao: WebGLVertexArrayObject;
  geometry: WebGLBuffer;
  look: WebGLBuffer;
  colour: WebGLBuffer;
  state: WebGLBuffer;
  mask: WebGLTexture;
}

const UNIFORMS = ['u_matrix', 'u_jacobian', 'u_viewport', 'u_pixel_ratio', 'u_pass', 'u_halo', 'u_mask'];

function program(gl: WebGL2RenderingContext, vertex: string, fragment: string): Program {
  const p = createProgram(gl, vertex, fragment, ATTRIBUTES.map((a) => a.name));
  return { program: p, uniforms: Object.fromEntries(UNIFORMS.map((name) => [name, gl.getUniformLocation(p, name)])) };
}

const ATTRIBUTES: readonly { name: string; buffer: 'geometry' | 'look' | 'colour' | 'state'; size: number; type: 'float' | 'byte'; offset: number; stride: number }[] = [
  { name: 'a_p0', buffer: 'geometry', size: 2, type: 'float', offset: 0, stride: GEOMETRY_FLOATS * 4 },
  { name: 'a_p1', buffer: 'geometry', size: 2, type: 'float', offset: 8, stride: GEOMETRY_FLOATS * 4 },
  { name: 'a_p2', buffer: 'geometry', size: 2, type: 'float', offset: 16, stride: GEOMETRY_FLOATS * 4 },
  { name: 'a_look0', buffer: 'look', size: 4, type: 'float', offset: 0, stride: LOOK_FLOATS * 4 },
  { name: 'a_look1', buffer: 'look', size: 4, type: 'float', offset: 16, stride: LOOK_FLOATS * 4 },
  { name: 'a_colour', buffer: 'colour', size: 4, type: 'byte', offset: 0, stride: COLOUR_BYTES },
  { name: 'a_state', buffer: 'state', size: 4, type: 'byte', offset: 0, stride: STATE_BYTES },
];

/**
 * How a Mercator vector maps to device px on screen (y up) at the origin, in doubles: column-major
 * 2×2. Exact everywhere for an unpitched map (this renderer never pitches).
 */
export function screenJacobian(m: ArrayLike<number>, viewport: readonly [number, number]): Float32Array {
  const w = m[15]!; // clip w of the origin; unchanged along the ground plane without pitch
  const sx = viewport[0] / 2 / w, sy = viewport[1] / 2 / w;
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
    const gpu: Gpu = {
      gl, curve, cue,
      vao: gl.createVertexArray()!,
      geometry: gl.createBuffer()!, look: gl.createBuffer()!, colour: gl.createBuffer()!, state: gl.createBuffer()!,
      mask: gl.createTexture()!,
    };
    preservingMapLibreState(gl, () => {
      gl.bindVertexArray(gpu.vao);
      ATTRIBUTES.forEach((a, location) => {
        gl.bindBuffer(gl.ARRAY_BUFFER, gpu[a.buffer]);
        gl.enableVertexAttribArray(location);
        gl.vertexAttribPointer(location, a.size, a.type === 'float' ? gl.FLOAT : gl.UNSIGNED_BYTE, a.type === 'byte', a.stride, a.offset);
        gl.vertexAttribDivisor(location, 1);
      });
      gl.bindVertexArray(null);
      const previousTexture = gl.getParameter(gl.TEXTURE_BINDING_2D) as WebGLTexture | null;
      gl.bindTexture(gl.TEXTURE_2D, gpu.mask);
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, MASK_SIZE * 2, MASK_SIZE, 0, gl.RGBA, gl.UNSIGNED_BYTE, drawCueMask());
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
      gl.bindTexture(gl.TEXTURE_2D, previousTexture);
    });
    this.gpu = gpu;
    this.instances.resized = true; // a new context holds nothing yet
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
    for (const buffer of [gpu.geometry, gpu.look, gpu.colour, gpu.state]) gl.deleteBuffer(buffer);
    gl.deleteTexture(gpu.mask);
  }

  /** Sends what changed since the last frame: whole buffers after a reallocation, else ranges. */
  private upload(gpu: Gpu): void {
    const { gl } = gpu;
    const inst = this.instances;
    const send = (buffer: WebGLBuffer, data: Float32Array | Uint8Array, per: number, dirty: Dirty) => {
      gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
      if (inst.resized) gl.bufferData(gl.ARRAY_BUFFER, data, gl.DYNAMIC_DRAW);
      else if (!dirty.empty) gl.bufferSubData(gl.ARRAY_BUFFER, dirty.start * per * data.BYTES_PER_ELEMENT, data, dirty.start * per, (dirty.end - dirty.start) * per);
    };
    send(gpu.geometry, inst.geometry, GEOMETRY_FLOATS, inst.dirtyGeometry);
    send(gpu.look, inst.look, LOOK_FLOATS, inst.dirtyLook);
    send(gpu.colour, inst.colour, COLOUR_BYTES, inst.dirtyLook); // colour changes with the look
    send(gpu.state, inst.state, STATE_BYTES, inst.dirtyState);
    for (const dirty of [inst.dirtyGeometry, inst.dirtyLook, inst.dirtyState]) dirty.clear();
    inst.resized = false;
  }

  render(gl: WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    const gpu = this.gpu;
    const count = this.instances.count;
    if (!gpu || gpu.gl !== gl || count === 0 || gl.isContextLost()) return;
    const [ox, oy] = this.instances.origin;
    // The matrix is applied to positions relative to the origin, composed here in doubles.
    const composed = multiply(options.defaultProjectionData.mainMatrix, translation(ox, oy));
    const matrix = new Float32Array(composed);
    const viewport = [gl.drawingBufferWidth, gl.drawingBufferHeight] as const;
    const jacobian = screenJacobian(composed, viewport);
    const pixelRatio = this.map?.getPixelRatio() ?? 1;
    preservingMapLibreState(gl, () => {
      this.upload(gpu);
      gl.bindVertexArray(gpu.vao);
      const common = (p: Program) => {
        gl.useProgram(p.program);
        gl.uniformMatrix4fv(p.uniforms['u_matrix']!, false, matrix);
        gl.uniformMatrix2fv(p.uniforms['u_jacobian']!, false, jacobian);
        gl.uniform2f(p.uniforms['u_viewport']!, viewport[0], viewport[1]);
        gl.uniform1f(p.uniforms['u_pixel_ratio']!, pixelRatio);
      };
      common(gpu.curve);
      const [r, g, b, a] = this.halo;
      gl.uniform4f(gpu.curve.uniforms['u_halo']!, r / 255, g / 255, b / 255, a / 255);
      const vertices = (CURVE_SEGMENTS + 1) * 2;
      gl.uniform1i(gpu.curve.uniforms['u_pass']!, 0);
      gl.drawArraysInstanced(gl.TRIANGLE_STRIP, 0, vertices, count);
      gl.uniform1i(gpu.curve.uniforms['u_pass']!, 1);
      gl.drawArraysInstanced(gl.TRIANGLE_STRIP, 0, vertices, count);
      common(gpu.cue);
      gl.activeTexture(gl.TEXTURE0);
      gl.bindTexture(gl.TEXTURE_2D, gpu.mask);
      gl.uniform1i(gpu.cue.uniforms['u_mask']!, 0);
      gl.drawArraysInstanced(gl.TRIANGLE_STRIP, 0, 4, count);
      gl.bindTexture(gl.TEXTURE_2D, null);
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
