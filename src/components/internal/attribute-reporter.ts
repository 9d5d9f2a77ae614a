/**
 * Says what in the view attributes the dataset cannot honour, and which `renderer`, `theme`, `flows` or
 * `story` settings the element cannot follow (state/attribute-checks.ts): a console warning and an
 * announcement, once each per dataset.
 */
import type { Dataset } from '../../data/types.ts';
import {
  checkAttributes,
  checkSettings,
  type ElementSettings,
} from '../../state/attribute-checks.ts';
import { spell } from '../../state/reduce.ts';
import type { SpelledFilter } from '../../state/tie-filter.ts';
import type { ViewState } from '../../state/view-state.ts';
import type { TiesHost } from '../host.ts';

export class AttributeReporter {
  private said = new Set<string>();
  private saidFor: Dataset | null = null;
  private awaitingLoad = false;

  constructor(private readonly host: TiesHost) {}

  /** `settings.filters` and `settings.group`: the attributes as given (the state keeps only the words it can use). */
  report(
    dataset: Dataset,
    view: ViewState,
    settings: Omit<ElementSettings, 'storyWithoutSections'> & {
      story: boolean;
      filters: SpelledFilter;
      group?: string | null;
    },
  ): void {
    if (this.saidFor !== dataset) {
      this.said.clear();
      this.saidFor = dataset;
    }
    const spelled = spell(view);
    const problems = [
      ...checkAttributes(dataset, {
        layers: spelled.layers,
        focus: spelled.focus,
        asOf: spelled.asOf,
        scene: spelled.scene,
        worldview: spelled.worldview,
        // As given: the state keeps only a grouping it can use.
        group: settings.group ?? spelled.group,
        filters: settings.filters,
      }),
      ...checkSettings({
        renderer: settings.renderer,
        theme: settings.theme,
        flows: settings.flows ?? null,
        storyWithoutSections: settings.story && this.storyWithoutSections(),
      }),
    ];
    const fresh = problems
      .map((p) => this.host.strings.attributeProblem(p.attribute, p.value, p.meant, p.known))
      .filter((message) => !this.said.has(message));
    for (const message of fresh) {
      this.said.add(message);
      console.warn(`ties-map${this.host.id ? `#${this.host.id}` : ''}: ${message}`);
    }
    if (fresh.length > 0) this.host.announce(() => fresh.join(' '));
  }

  /**
   * Whether the page, once loaded, has no `data-ties-scene` section this map would follow (one
   * naming it by `data-ties-map`, or naming no map). Before the page's load event nothing is said:
   * an article may add its sections after the element; the load asks for an update to look again.
   */
  private storyWithoutSections(): boolean {
    if (document.readyState !== 'complete') {
      if (!this.awaitingLoad)
        addEventListener('load', () => this.host.requestUpdate(), { once: true });
      this.awaitingLoad = true;
      return false;
    }
    const id = this.host.id;
    const mine = id ? `, [data-ties-scene][data-ties-map="${CSS.escape(id)}"]` : '';
    return document.querySelector(`[data-ties-scene]:not([data-ties-map])${mine}`) === null;
  }
}
