/** Small WebGL2 helpers for the edge layer: programs, and the MapLibre state it must leave alone. */

/**
 * Compiles and links a program without asking how that went: the question (checkProgram) waits
 * for the driver, and asked at the map's first frame instead of at style load, the compile runs in
 * the GPU process meanwhile (on a software GPU, a noticeable part of a cold start).
 */
export function startProgram(
  gl: WebGL2RenderingContext,
  vertex: string,
  fragment: string,
): WebGLProgram {
  const program = gl.createProgram();
  for (const [type, source] of [
    [gl.VERTEX_SHADER, vertex],
    [gl.FRAGMENT_SHADER, fragment],
  ] as const) {
    const shader = gl.createShader(type)!;
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    gl.attachShader(program, shader);
    gl.deleteShader(shader); // freed with the program
  }
  gl.linkProgram(program);
  return program;
}

/** Throws with the driver's log when a started program failed to link; a lost context also reports failure, and is not an error of ours. */
export function checkProgram(gl: WebGL2RenderingContext, program: WebGLProgram): void {
  if (!gl.getProgramParameter(program, gl.LINK_STATUS) && !gl.isContextLost()) {
    throw new Error(`ties-map edge shader failed to link: ${gl.getProgramInfoLog(program) ?? ''}`);
  }
}

/** MapLibre's uniform-buffer binding points (ProjectionUBO, TerrainUBO, FrameUBO). */
const MAPLIBRE_UBO_BINDINGS = 3;

/**
 * Runs a draw and puts back what MapLibre does not reset after a custom layer: its uniform-buffer
 * bindings (MapLibre #8413: a custom layer that rebinds one breaks the labels drawn after it) and
 * the array buffer and vertex array bindings. The edge programs use no uniform block, so this is
 * a safeguard for MapLibre versions that cache those bindings across layers.
 */
export function preservingMapLibreState(gl: WebGL2RenderingContext, draw: () => void): void {
  const ubos: (WebGLBuffer | null)[] = [];
  for (let i = 0; i < MAPLIBRE_UBO_BINDINGS; i++)
    ubos.push(gl.getIndexedParameter(gl.UNIFORM_BUFFER_BINDING, i) as WebGLBuffer | null);
  const uniformBuffer = gl.getParameter(gl.UNIFORM_BUFFER_BINDING) as WebGLBuffer | null;
  const arrayBuffer = gl.getParameter(gl.ARRAY_BUFFER_BINDING) as WebGLBuffer | null;
  const vertexArray = gl.getParameter(gl.VERTEX_ARRAY_BINDING) as WebGLVertexArrayObject | null;
  try {
    draw();
  } finally {
    gl.bindVertexArray(vertexArray);
    gl.bindBuffer(gl.ARRAY_BUFFER, arrayBuffer);
    ubos.forEach((buffer, i) => {
      if (buffer) gl.bindBufferBase(gl.UNIFORM_BUFFER, i, buffer);
    });
    gl.bindBuffer(gl.UNIFORM_BUFFER, uniformBuffer);
  }
}

/** Column-major 4×4 product a × b, in doubles. */
export function multiply(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  const out = new Float64Array(16);
  for (let col = 0; col < 4; col++) {
    for (let row = 0; row < 4; row++) {
      let sum = 0;
      for (let k = 0; k < 4; k++) sum += a[k * 4 + row]! * b[col * 4 + k]!;
      out[col * 4 + row] = sum;
    }
  }
  return out;
}

export function translation(x: number, y: number): Float64Array {
  const m = new Float64Array(16);
  m[0] = m[5] = m[10] = m[15] = 1;
  m[12] = x;
  m[13] = y;
  return m;
}
