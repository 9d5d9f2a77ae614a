/**
 * Says what in the view attributes the dataset cannot honour (state/attribute-checks.ts): a
 * console warning and an announcement, once each per dataset.
 */
import type { Dataset } from '../../data/types.ts';
import { checkAttributes } from '../../state/attribute-checks.ts';
import { spell } from '../../state/reduce.ts';
import type { ViewState } from '../../state/view-state.ts';
import type { TiesHost } from '../host.ts';

export class AttributeReporter {
  private said = new Set<string>();
  private saidFor: Dataset | null = null;

  constructor(private readonly host: TiesHost) {}

  report(dataset: Dataset, view: ViewState): void {
    if (this.saidFor !== dataset) {
      this.said.clear();
      this.saidFor = dataset;
    }
    const spelled = spell(view);
    const fresh = checkAttributes(dataset, { layers: spelled.layers, focus: spelled.focus, asOf: spelled.asOf, scene: spelled.scene, worldview: spelled.worldview })
      .map((p) => this.host.strings.attributeProblem(p.attribute, p.value, p.meant, p.known))
      .filter((message) => !this.said.has(message));
    for (const message of fresh) {
      this.said.add(message);
      console.warn(`ties-map${this.host.id ? `#${this.host.id}` : ''}: ${message}`);
    }
    if (fresh.length > 0) this.host.announce(() => fresh.join(' '));
  }
}
