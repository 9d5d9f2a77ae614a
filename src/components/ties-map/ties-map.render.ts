/**
 * What `<ties-map>` shows: its error or loading line, or the frame of its parts (title, toolbar,
 * filters, timeline, scenes, the map with its overlay and card, focus panel, legend, tables) with
 * their handlers.
 */
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { SceneActor } from '../../scene/types.ts';
import { onArrow, onEscape } from '../internal/keyboard.ts';
import {
  clearFilters,
  expandGroup,
  setFilter,
  setFocus,
  setGroup,
  toggleLayer,
} from '../internal/selection.ts';
import { groupCardOf, renderEvidenceCard } from '../parts/evidence-card.ts';
import { renderFocusPanel } from '../parts/focus-panel.ts';
import { renderLegend, renderSceneKey } from '../parts/legend.ts';
import { renderCalloutList } from '../parts/callout-list.ts';
import { renderEdgeHint, renderOverlay } from '../parts/map-overlay.ts';
import { renderFilterBar } from '../parts/filter-bar.ts';
import { renderScenesBar } from '../parts/scenes-bar.ts';
import { renderProblems, renderStatus } from '../parts/status-views.ts';
import { renderTitleBlock } from '../parts/title-block.ts';
import { renderToolbar } from '../parts/toolbar.ts';
import { renderTables } from '../parts/tables.ts';
import { renderTimeline } from '../parts/timeline.ts';
import type { TiesMap } from './ties-map.component.ts';
import type { TiesMapControllers } from './ties-map.controllers.ts';

export function renderTiesMap(host: TiesMap, c: TiesMapControllers) {
  const s = host.strings;
  const status = c.loader.status;
  if (status === 'error')
    return renderProblems({
      problems: c.loader.problems,
      strings: s,
      dir: host.hasAttribute('dir') ? undefined : s.dir,
    });
  const dataset = host.model;
  const d = c.store.derived;
  if (status !== 'ready' || !dataset || !d)
    return renderStatus({ loading: status === 'loading', strings: s });
  const view = c.store.state;
  const steps = dataset.scenes;
  const edge = view.openEdge ?? view.previewEdge;
  const cardTies = edge ? (d.tiesByEdge.get(edge) ?? []) : [];
  const cardEdge = edge && view.group !== 'none' ? d.edgesById.get(edge) : undefined;
  // The element's own words and figures run in their language's direction, isolated from the
  // page's (an rtl page turned "60–69%" into "69%–60"); a dir the page sets on the element wins.
  return html`<figure part="frame" class="frame ${c.panels.isOpen('extras') ? 'extras-open' : ''}" dir=${host.hasAttribute('dir') ? nothing : s.dir} @keydown=${(e: KeyboardEvent) => onEscape(host, c.evidence, (a) => setFocus(host, a), e)}>
    ${renderTitleBlock({
      title: dataset.title,
      description: dataset.description,
      open: c.panels.isOpen('description'),
      strings: s,
      onToggle: () => c.panels.toggle('description'),
    })}
    ${renderCalloutList({ annotations: d.scene.annotations, strings: s, where: 'sr' })}
    ${renderToolbar({
      layers: d.scene.legend.layers,
      counts: d.countsAtDate,
      tableShown: c.table.shown,
      extrasOpen: c.panels.isOpen('extras'),
      strings: s,
      onToggle: (layer) => toggleLayer(host, layer),
      onTable: () => c.table.toggle(),
      onPng: () => c.exporter.downloadPng(),
      onSvg: () => c.exporter.downloadSvg(),
      onExtras: () => c.panels.toggle('extras'),
    })}
    ${renderFilterBar({
      search: c.search,
      filter: d.view.filter,
      focus: d.view.focus,
      sources: dataset.sources,
      open: c.panels.isOpen('filters'),
      strings: s,
      onToggle: () => c.panels.toggle('filters'),
      onFilter: (name, value) => setFilter(host, name, value),
      onClear: () => clearFilters(host),
      group: d.view.group,
      onGroup: (group) => setGroup(host, group),
    })}
    ${
      d.stops.length === 0
        ? nothing
        : renderTimeline({
            stops: d.stops,
            asOf: d.view.asOf,
            playing: c.timeline.playing,
            strings: s,
            onChange: (date) => host.dispatch({ type: 'set-as-of', date }),
            onPlay: () => c.timeline.toggle(),
          })
    }
    ${renderScenesBar({
      steps,
      index: steps.findIndex((x) => x.id === view.step),
      presenter: host.presenter,
      strings: s,
      onGoTo: (index) => c.presenterMode.goTo(index),
      onPresent: () => (host.presenter = !host.presenter),
      onConsole: () => void c.presenterConsole.open(),
      consoleMessage: c.presenterConsole.message,
    })}
    <div class="stage">
    <div class="map" part="map" role="region" tabindex="-1" aria-label=${s.mapLabel(dataset.title)}>
      <div class="gl"></div>
      ${renderOverlay({
        derived: d,
        openEdge: view.openEdge,
        strings: s,
        inView: c.map.labelView(),
        handlers: {
          // A group node expands its group; an actor toggles its focus.
          onActor: (actor: SceneActor) =>
            actor.group
              ? expandGroup(host, {
                  code: actor.group.code,
                  name: actor.name,
                  members: actor.group.members.length,
                })
              : setFocus(host, actor.emphasis === 'focus' ? null : actor.id),
          onEdgeOpen: (id) => c.evidence.openEdge(id),
          onEdgePreview: (id, how) => c.evidence.preview(id, how),
          onKeydown: (e) => onArrow(host, e),
        },
      })}
      ${
        cardTies.length === 0
          ? nothing
          : renderEvidenceCard({
              dataset,
              ties: cardTies,
              preview: view.openEdge === null,
              strings: s,
              lang: host.datasetLang,
              group: cardEdge
                ? groupCardOf(cardEdge, d.scene.actors, cardTies.length, s)
                : undefined,
              onClose: () => c.evidence.close(),
              onCopy: (tie) => void c.evidence.copyCitation(tie),
            })
      }
      ${host.presenter || host.story ? renderSceneKey({ scene: d.scene, strings: s }) : nothing}
      ${renderEdgeHint({ derived: d, strings: s })}
      ${c.map.message ? html`<p class="map-status" part="map-status">${c.map.message}</p>` : nothing}
    </div>
    <div class="print-picture" aria-hidden="true"></div>
    ${
      d.view.focus
        ? renderFocusPanel({
            dataset,
            visible: d.visible,
            actorId: d.view.focus,
            strings: s,
            totals: d.totals.get(d.view.focus),
            onOpen: (tie, opener) => c.evidence.openTie(tie, opener),
            onClear: () => setFocus(host, null),
            expanded: c.panels.layersOf(d.view.focus),
            onExpand: (layer, first) => void c.panels.expand(layer, first),
          })
        : nothing
    }
    </div>
    ${renderCalloutList({ annotations: d.scene.annotations, strings: s, where: 'under' })}
    ${renderLegend({
      legend: d.scene.legend,
      strings: s,
      onAllFlows: (all) => {
        host.dispatch({ type: 'show-all-flows', value: all });
        host.announce(
          () =>
            d.scene.legend.topFlows
              ?.map((t) =>
                s.topFlows(
                  d.layerLabels.get(t.layer) ?? t.layer,
                  t.drawn,
                  t.receded,
                  t.recededTies,
                  all,
                ),
              )
              .join(' ') ?? '',
        );
      },
      onRegroup: d.view.expandedGroups.size > 0 ? () => expandGroup(host, null) : undefined,
    })}
    <p class="sr-only" part="announcer" aria-live="polite" ${ref(c.announcer.attach)}></p>
    <div part="error" role="alert" hidden></div>
    ${renderTables({ dataset, visible: d.visible, scene: d.scene, strings: s, table: c.table, onOpen: (tie, opener) => c.evidence.openTie(tie, opener) })}
  </figure>`;
}
