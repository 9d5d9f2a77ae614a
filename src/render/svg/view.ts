/** What every SVG markup builder receives: the viewport, its camera and a point projector. */
import type { LonLat } from '../../scene/types.ts';
import type { Camera } from '../renderer.ts';
import { projectPoint } from './camera.ts';

export interface SvgView {
  width: number;
  height: number;
  camera: Camera;
  project(point: LonLat): { x: number; y: number };
}

export function svgView(camera: Camera, width: number, height: number): SvgView {
  return { width, height, camera, project: (point) => projectPoint(camera, width, height, point) };
}
