/**
 * The controllers of `<ties-map>` and how they call one another: the element's composition root.
 * Each is made once per element, in this order (the order they hear the host's updates in); the
 * hooks are closures, so a controller may name one made after it.
 */
import { DEFAULT_WORLDVIEW } from '../../geo/borders.ts';
import { ActorSearch } from '../internal/actor-search.ts';
import { Announcer } from '../controllers/announcer.ts';
import { AttributeReporter } from '../internal/attribute-reporter.ts';
import { DatasetController } from '../controllers/dataset-controller.ts';
import { EvidenceController } from '../controllers/evidence-controller.ts';
import { ExportController } from '../internal/export-controller.ts';
import { MapController } from '../controllers/map-controller.ts';
import { MAP_PADDING } from '../map/map-size.ts';
import { laidOutMapShape } from '../map/map-size.ts';
import { PresenterController } from '../controllers/presenter-controller.ts';
import { ConsoleController } from '../controllers/console-controller.ts';
import { PrintController } from '../controllers/print-controller.ts';
import { StoryController } from '../controllers/story-controller.ts';
import { TableController } from '../internal/table-controller.ts';
import { setFocus } from '../internal/selection.ts';
import { ThemeController } from '../controllers/theme-controller.ts';
import { TimelineController } from '../controllers/timeline-controller.ts';
import { UrlController } from '../controllers/url-controller.ts';
import { ViewStore } from '../internal/view-store.ts';
import { cameraScale } from '../../render/renderer.ts';
import { Panels } from '../internal/panels.ts';
import { announceReady } from '../internal/ready.ts';
import { framingNamed, namedActors } from '../internal/scene-names.ts';
import { presenterPadding } from '../internal/presenter.ts';
import { settled, whenDue } from '../map/start-gate.ts';
import { LanguageController } from '../controllers/language-controller.ts';
import { readPalette } from '../internal/theme.ts';
import { ZoomGroupsController } from '../controllers/zoom-groups-controller.ts';
import type { TiesMap } from './ties-map.component.ts';

/** One element's controllers. */
export type TiesMapControllers = ReturnType<typeof tiesMapControllers>;

export function tiesMapControllers(host: TiesMap) {
  const language = new LanguageController(host, () => loader.dataset);

  const store = new ViewStore(host, {
    datasetShown: () => url.restore(),
    changed: () => loader.status === 'ready' && url.write(),
    // A presenter's camera holds every actor the scene names, so each is labelled on the screen.
    camera: (bounds) =>
      map.frame(
        host.presenter
          ? framingNamed(
              bounds,
              store.derived?.scene ?? null,
              namedActors(host.model, store.state.step),
            )
          : bounds,
      ),
  });
  const loader = new DatasetController(host, {
    // A fresh view of it, said ready once it shows in the reader's language.
    ready: (dataset, warnings, sliced) =>
      announceReady(host, dataset, warnings, {
        table: table,
        language: language,
        sliced,
        current: () => loader.dataset,
      }),
    // Said once the error panel shows it (and never synchronously inside a setter or append).
    failed: (type, problems) => {
      settled(host);
      void host.updateComplete.then(() =>
        host.emit('ties-error', {
          type,
          errors: problems.map(({ path, message }) => ({ path, message })),
        }),
      );
    },
    mapShape: () => laidOutMapShape(host),
    due: (signal) => whenDue(host, host.loading === 'eager', signal),
  });
  const map = new MapController(host, {
    scene: () => (loader.status === 'ready' ? (store.derived?.scene ?? null) : null),
    dataset: () => loader.dataset,
    laidOutFor: () => store.laidOutFor,
    palette: () => readPalette(getComputedStyle(host)),
    edgeClick: (edgeId) => evidence.openEdge(edgeId),
    edgeHover: (edgeId) => host.dispatch({ type: 'preview-edge', edge: edgeId }),
    shapeClick: (id) =>
      setFocus(host, id && host.model?.actors.some((a) => a.id === id) ? id : null),
    drawn: (kind) => {
      settled(host);
      // A WebGL canvas may print blank, so its print picture's code loads now; the SVG picture
      // prints as it is, and loads that code only when printing starts.
      if (kind === 'webgl')
        print.prepare(store.derived?.scene.legend.borders.worldview ?? DEFAULT_WORLDVIEW);
      exporter.noteMapSize();
      host.emit('ties-drawn', { renderer: kind });
    },
    unavailable: (reason) =>
      reason !== null &&
      host.emit('ties-error', { type: 'webgl', errors: [{ path: 'renderer', message: reason }] }),
    named: () => namedActors(host.model, store.state.step),
    fitPadding: () => (host.presenter ? presenterPadding(host.renderRoot) : MAP_PADDING),
  });
  const exporter = new ExportController(host, map);
  const announcer = new Announcer(host, () => {
    const d = store.derived;
    return d && host.model ? host.strings.tiesShown(d.visible.length, host.model.ties.length) : '';
  });
  const table = new TableController(host, (text) => announcer.say(text));
  const attributeReport = new AttributeReporter(host);
  const evidence = new EvidenceController(host);
  const presenterMode = new PresenterController(host, () => map.resize());
  const presenterConsole = new ConsoleController(host, {
    goTo: (index) => presenterMode.goTo(index),
    openEdge: (edge) => evidence.openEdge(edge),
    closeEdge: () => evidence.close(),
    source: () =>
      loader.dataset ? { json: JSON.stringify(loader.dataset), lang: host.datasetLang } : null,
  });
  const timeline = new TimelineController(host);
  const url = new UrlController(host);
  const print = new PrintController(host, () => exporter.picture());
  const search = new ActorSearch(host);
  const panels = new Panels(host);
  // Kept by the element's controller list.
  new ThemeController(host, {
    invalidate: () => store.invalidate(),
    renderer: () => map.renderer,
  });
  new StoryController(host, (index) => presenterMode.goTo(index));
  // Once the reader's zoom rests, the hubs' rings are placed again for it (ViewStore.restedAt).
  map.onCameraRest(() => {
    const renderer = map.renderer;
    if (renderer) store.restedAt(cameraScale(renderer.camera()));
  });
  new ZoomGroupsController(host, map, () =>
    host.presenter ? presenterPadding(host.renderRoot) : MAP_PADDING,
  );

  return {
    language,
    store,
    loader,
    map,
    exporter,
    announcer,
    table,
    attributeReport,
    evidence,
    presenterMode,
    presenterConsole,
    timeline,
    url,
    print,
    search,
    panels,
  };
}
