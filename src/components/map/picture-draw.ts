/**
 * Every draw of the map's picture: the camera framed for a new dataset or frame (or moved where a
 * step asked), the scene drawn, the labels placed, and `drawn` said once the frame showing it has
 * painted. A draw that a newer one, or another renderer, overtakes stops where it is.
 */
import type { Bounds } from '../../data/types.ts';
import type { Renderer } from '../../render/renderer.ts';
import { afterNextPaint, yieldToMain } from '../loaders/yield-to-main.ts';
import type { MapDelegate } from '../host.ts';
import { nextFrame } from './after-paint.ts';
import { drawsInItsOwnFrame } from './draw-timing.ts';
import type { LabelScheduler } from './label-scheduler.ts';

export class PictureDraw {
  /** The dataset the camera was framed for. */
  framedFor: object | null = null;
  /** The scene frame last framed: a resize that changes the layout's shape (anchors.ts) frames the new one. */
  private framedFrame: object | null = null;
  /** Where the camera goes on the next draw (a step's camera, or the default frame). */
  pendingCamera: Bounds | null = null;
  private generation = 0;

  constructor(
    private readonly delegate: MapDelegate,
    private readonly labels: LabelScheduler,
    /** The renderer drawing now: a draw for another stops. */
    private readonly current: () => Renderer | null,
  ) {}

  /** A new renderer was framed at `frame` for `dataset` when it mounted. */
  framed(dataset: object | null, frame: object | null): void {
    this.framedFor = dataset;
    this.framedFrame = frame;
  }

  /**
   * `settle`: a new picture's first draw places its labels after the browser has laid out and
   * painted it, in a task of their own, instead of forcing that layout into the task that built it.
   */
  async draw(renderer: Renderer | null, force = false, settle = false): Promise<void> {
    const scene = this.delegate.scene();
    if (!renderer || !scene) return;
    const dataset = this.delegate.dataset();
    if (this.framedFor !== dataset || this.framedFrame !== scene.frame) {
      this.framedFor = dataset;
      this.framedFrame = scene.frame;
      if (!this.pendingCamera) renderer.fit(scene.frame, this.delegate.fitPadding());
    }
    if (this.pendingCamera) {
      renderer.fit(this.pendingCamera, this.delegate.fitPadding());
      this.pendingCamera = null;
    }
    const generation = ++this.generation;
    const inFrame = !settle && drawsInItsOwnFrame(renderer, scene);
    if (inFrame) {
      await nextFrame();
      await nextFrame();
      if (generation !== this.generation || renderer !== this.current()) return;
    }
    // A new picture (settle) places its labels in a task after its paint, as it always did: a
    // frame after it could wait seconds under a software rasterizer still drawing that first frame.
    // Not in the first frame's animation callbacks either (a placement asked for before, by a
    // resize or a fit, is dropped): there it ran in the task that paints the picture.
    if (settle) this.labels.cancel();
    const placed = inFrame ? null : settle ? Promise.resolve() : this.labels.scheduleLabels(true);
    await renderer.draw(scene, force);
    if (inFrame) this.labels.placeLabels();
    // The SVG picture changes in the DOM and its canvas: it is drawn once the frame showing it has
    // painted (drawn in a frame's callbacks, that frame: a task after them follows its paint).
    const painted = inFrame
      ? yieldToMain()
      : settle || renderer.kind === 'svg'
        ? afterNextPaint()
        : null;
    if (settle) await painted;
    if (generation !== this.generation || renderer !== this.current()) return;
    if (placed && !settle) await placed;
    if (generation !== this.generation || renderer !== this.current()) return;
    this.labels.placeLabels();
    await painted;
    if (generation !== this.generation || renderer !== this.current()) return;
    this.delegate.drawn(renderer.kind);
  }
}
