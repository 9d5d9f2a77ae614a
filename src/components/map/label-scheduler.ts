/**
 * When and for which view the map's labels are placed: HTML labels and edge handles follow the
 * camera (map/label-positions.ts places them), a frame after a draw or a move, and only again when
 * what they are placed for changed. Owned by the map controller, which tells it of every camera
 * move and cancels it when the map goes.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Renderer } from '../../render/renderer.ts';
import type { Scene } from '../../scene/types.ts';
import { overLabelCap, type EdgeInView } from '../parts/edge-labels.ts';
import type { Strings } from '../../text/strings.ts';
import { positionLabels, type LabelPlacement } from './label-positions.ts';
import { mapSizeOf, type MapSizeHost } from './map-size.ts';
import { viewTestFor } from './view-test.ts';

/** A promise and the function that resolves it. */
interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
}
function settledBy(): Deferred {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

export interface LabelHost extends MapSizeHost, Pick<ReactiveControllerHost, 'requestUpdate'> {
  readonly strings: Strings;
}

/** What the labels are placed from: the map's renderer now, the scene it draws, the actors whose labels never give way. */
export interface LabelSource {
  renderer(): Renderer | null;
  scene(): Scene | null;
  named(): ReadonlySet<string>;
}

export class LabelScheduler {
  /** Where the labels were last placed, for the slide export. */
  labels = new Map<string, LabelPlacement>();
  private labelFrame = 0;
  /** The placement scheduleLabels promised and has not run yet. */
  private labelsPending: Deferred | null = null;
  /** Bumped by every camera move, resizes included (both renderers report a resize as a move): the labels' screen positions change. */
  private cameraMoves = 0;
  /** The camera moves counted when the template last asked which edges are in view (labelView). */
  private labelViewAt = -1;
  /** The last view test labelView made, and the view it was made for. */
  private viewTest: {
    renderer: Renderer;
    moves: number;
    width: number;
    height: number;
    test: EdgeInView;
  } | null = null;
  /** What the labels were last placed for: placing them again for the same is a forced layout for nothing. */
  private labelsPlacedFor: readonly unknown[] = [];

  constructor(
    private readonly host: LabelHost,
    private readonly source: LabelSource,
  ) {}

  /** The camera moved (a resize too): the labels follow it, and settle once it rests. */
  moved(): void {
    this.cameraMoves++;
    void this.scheduleLabels();
    this.scheduleSettle();
  }

  /** The map goes: no placement is due, and a draw waiting for one finds its renderer gone and stops. */
  cancel(): void {
    cancelAnimationFrame(this.labelFrame);
    this.labelsPending?.resolve();
    this.labelsPending = null;
  }

  /**
   * Which edges reach into the map's view (their curve's hull within a label's width of it), for
   * the figure-label cap (edge-labels.ts): read by the template, so it is the view of the last
   * update; null before a picture exists. A zoom into a region gets that region's figures.
   */
  labelView(): EdgeInView | null {
    const renderer = this.source.renderer();
    const { width, height } = mapSizeOf(this.host);
    if (!renderer || width <= 0 || height <= 0) return null;
    this.labelViewAt = this.cameraMoves;
    // One test per view: edge-labels.ts keeps its cap while the test is the same (a focus keeps the view).
    const kept = this.viewTest;
    if (
      kept &&
      kept.renderer === renderer &&
      kept.moves === this.cameraMoves &&
      kept.width === width &&
      kept.height === height
    )
      return kept.test;
    const test = viewTestFor(renderer, width, height);
    this.viewTest = { renderer, moves: this.cameraMoves, width, height, test };
    return test;
  }

  /**
   * Once the camera has come to rest (no move for two frames), a map with more figure labels than
   * it renders updates, so the labels follow the new view (the update during a pan would cost a
   * frame each time; a resting camera costs one).
   */
  scheduleSettle(): void {
    const moves = this.cameraMoves;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const scene = this.source.scene();
        if (
          moves === this.cameraMoves &&
          moves !== this.labelViewAt &&
          scene &&
          overLabelCap(scene)
        )
          this.host.requestUpdate();
      }),
    );
  }

  /**
   * Places the labels in the next frame, or (`afterPaint`, for a new scene) in the frame after it:
   * a toggle's or a focus's first frame paints the new picture with the labels that stay where
   * they were (those of hidden edges are gone, new ones wait off the map), and the layout of
   * hundreds of labels follows a frame later instead of holding that first paint back (at 10,000
   * ties it was over half of it). A camera move places them in its own frame. Resolves
   * once they are placed (a later call takes the earlier one's promise over).
   */
  scheduleLabels(afterPaint = false): Promise<void> {
    cancelAnimationFrame(this.labelFrame);
    const pending = (this.labelsPending ??= settledBy());
    const place = () => {
      this.labelsPending = null;
      this.placeLabels();
      pending.resolve();
    };
    this.labelFrame = requestAnimationFrame(
      afterPaint ? () => (this.labelFrame = requestAnimationFrame(place)) : place,
    );
    return pending.promise;
  }

  placeLabels(): void {
    const renderer = this.source.renderer();
    const scene = this.source.scene();
    const layer = this.host.renderRoot.querySelector<HTMLElement>('.labels');
    if (!renderer || !scene || !layer) return;
    // A draw places them in its first frame and again once its picture is complete; at 10,000 ties
    // the second, unless something moved meanwhile, was half of a layer toggle's script. The
    // labels' elements are rendered from the scene, the strings and, over the figure-label cap,
    // the view they were chosen for (labelViewAt; parts/map-overlay.ts).
    // No size in the key: reading one would force the very layout a skip saves.
    const named = this.source.named();
    const key = [scene, this.host.strings, renderer, this.cameraMoves, this.labelViewAt, named];
    if (key.every((k, i) => k === this.labelsPlacedFor[i])) return;
    this.labelsPlacedFor = key;
    this.labels = positionLabels(layer, renderer, scene, named);
  }
}
