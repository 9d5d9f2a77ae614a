/** The edge a tie is drawn on: one edge per (from, to, layer) (see scene/edges.ts). */
import type { Tie } from '../data/types.ts';
import { edgeId } from '../scene/edges.ts';

export function edgeIdOf(tie: Pick<Tie, 'from' | 'to' | 'layer'>): string {
  return edgeId(tie.from, tie.to, tie.layer);
}
