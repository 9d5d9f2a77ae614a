/** The view a dataset's scene step sets (DESIGN.md: layers, focus, highlighted ties, as-of; the camera is separate). */
import type { Dataset, SceneStep } from '../data/types.ts';
import type { SceneView } from './view-state.ts';

export function viewOfScene(dataset: Dataset, step: SceneStep): SceneView {
  const all = dataset.layers.map((l) => l.id);
  const layers = step.layers ?? all;
  return {
    layers: all.every((id) => layers.includes(id)) ? null : new Set(layers),
    focus: step.focus ?? null,
    asOf: step.asOf ?? null,
    highlight: new Set(step.ties ?? []),
    step: step.id,
  };
}
