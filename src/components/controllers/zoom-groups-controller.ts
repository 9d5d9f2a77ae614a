/**
 * Groups that open as the reader zooms in (scene/zoom-groups.ts): once the camera comes to rest,
 * the groups whose actors spread over enough of the map are measured and, when they differ from
 * the open ones, go to the reducer as one `zoom-groups` action. A new grouping or dataset is
 * measured at the camera it finds.
 */
import type { ReactiveController } from 'lit';
import { fitScale } from '../../scene/scene-geometry.ts';
import { groupBoxes, groupsOpenAt } from '../../scene/zoom-groups.ts';
import type { TiesHost } from '../host.ts';
import { mapSizeOf } from '../map/map-size.ts';
import type { MapController } from './map-controller.ts';

export class ZoomGroupsController implements ReactiveController {
  /** The grouping and dataset last measured for. */
  private measuredFor: [string, object | null] | null = null;
  private frame = 0;

  constructor(
    private readonly host: TiesHost,
    private readonly map: MapController,
    /** The padding the camera leaves round the default frame (the presenter's is larger). */
    private readonly padding: () => number,
  ) {
    host.addController(this);
    map.onCameraRest(() => this.measure());
  }

  hostUpdated(): void {
    const group = this.host.view.group;
    const model = this.host.model;
    if (this.measuredFor?.[0] === group && this.measuredFor[1] === model) return;
    this.measuredFor = [group, model];
    // After the update that set them: the picture is drawn at the camera the reader left.
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.measure());
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.measuredFor = null;
  }

  private measure(): void {
    const view = this.host.view;
    const derived = this.host.derived;
    const renderer = this.map.renderer;
    if (view.group === 'none' || !derived || !renderer) return;
    const { width, height } = mapSizeOf(this.host);
    const codes = groupsOpenAt(
      groupBoxes(derived.scene.actors, view.group, derived.view.focus),
      {
        project: (point) => renderer.project(point),
        width,
        height,
        frameScale: fitScale(derived.scene.frame, width, height, this.padding()),
      },
      view.zoomedGroups,
    );
    if (codes.length !== view.zoomedGroups.size || codes.some((c) => !view.zoomedGroups.has(c)))
      this.host.dispatch({ type: 'zoom-groups', codes });
  }
}
