import { css, unsafeCSS } from 'lit';
import {
  CALLOUT_INK,
  CALLOUT_LINE_WIDTH,
  CALLOUT_MARKER_SIZE,
  CALLOUT_PAPER,
  NOTE_FONT_STYLE,
  NOTE_INK,
  NOTE_PAPER,
} from '../../render/annotation-look.ts';
import { tiesMapMediaStyles } from './ties-map.media.styles.ts';

/**
 * The dark theme's custom properties, written once for `theme="dark"` and for the reader's
 * `prefers-color-scheme: dark` (unless `theme="light"`). The map's colours among them are
 * render/themes.ts's dark palette (tests/unit/components/palette.test.ts keeps the two equal).
 */
export const darkTheme = css`
  --ties-text: #ecebe6; --ties-muted: #b4b3ac; --ties-panel: #16191d; --ties-rule: #3d434a; --ties-accent: #7cc0ff;
  --ties-sea: #1b2833; --ties-land: #2a2d31; --ties-land-actor: #3b3931; --ties-land-focus: #6a5520;
  --ties-border: #4b4f55; --ties-border-actor: #c2b894; --ties-halo: #16191d; --ties-marker: #ecebe6;
  --ties-label-bg: rgb(22 25 29 / 0.85); --ties-error-bg: #3a1216; --ties-error-text: #ffd7dc;
  --ties-layer-arms: #56B4E9;
`;

export const tiesMapStyles = css`
  :host {
    --ties-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    --ties-text: #1d1d1b;
    --ties-muted: #5b5b57;
    --ties-panel: #ffffff;
    --ties-rule: #d8d6cf;
    --ties-accent: #0b5cad;
    --ties-map-height: clamp(320px, 62vh, 640px);
    --ties-sea: #dde7ee;
    --ties-land: #f1efea;
    --ties-land-actor: #fbf7ee;
    --ties-land-focus: #fde7b0;
    --ties-border: #c4c1b8;
    --ties-border-actor: #6d6553;
    --ties-halo: #ffffff;
    --ties-marker: #2b2b2b;
    --ties-label-bg: rgb(255 255 255 / 0.85);
    --ties-error-bg: #fff4f4;
    --ties-error-text: #5c0010;
    display: block;
    font-family: var(--ties-font);
    color: var(--ties-text);
    background: var(--ties-panel);
    line-height: 1.4;
    container-type: inline-size;
    /* A dataset's text is untrusted: an unbroken token wraps anywhere rather than widen the page. */
    overflow-wrap: anywhere;
  }
  /*
   * Combining marks stacked on the title or a legend label are cut near the element's top and
   * bottom edges rather than cover the article around it. Not on the whole element: clipping the
   * host made drawing a 2,000-edge picture markedly slower.
   */
  .frame > header, .legend { overflow: clip; overflow-clip-margin: 6px; }
  /* Dark theme: theme="dark", or the reader's preference unless theme="light". */
  :host([theme='dark']) { ${darkTheme} }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) { ${darkTheme} }
  }
  @media (prefers-reduced-motion: reduce) {
    * { transition: none !important; animation: none !important; }
  }
  [hidden] { display: none !important; }
  /*
   * The element's height is reserved from its first paint, before the dataset arrives, so the
   * article under it never moves (no layout shift): the map plus room for the title,
   * toolbar, scene caption and legend, more where the element is narrow and they wrap (cqw: the
   * host's width). Content taller than that still grows it; --ties-height sets it exactly.
   */
  .frame {
    margin: 0; box-sizing: border-box; position: relative;
    min-height: var(--ties-height, calc(var(--ties-map-height) + max(30rem, 30rem + (50rem - 100cqw) / 2)));
  }
  :host([presenter]) .frame { min-height: 0; }
  .placeholder > .map-status { position: static; }
  /* The map's box, empty and unseen, inside the placeholder's reserved height: the map's size before it exists.
     Clipped by the placeholder (whose in-flow content grows it), so it never adds to the page's scroll
     area where the frame reserves less (a presenter). */
  .placeholder { overflow: clip; }
  .map-box {
    position: absolute; top: 0; left: 0; right: 0; height: var(--ties-map-height);
    border: 1px solid transparent; visibility: hidden; pointer-events: none; /* .map's box: its inside is .gl's */
  }
  header h2 { font-size: 1.15rem; margin: 0 0 0.15rem; }
  header p { margin: 0; color: var(--ties-muted); font-size: 0.9rem; }
  .description { margin: 0 0 0.5rem; }
  /* The phone's folds (description, timeline and downloads): their buttons exist only there. */
  .more-text, .toolbar .extras-button { display: none; }
  .toolbar { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; margin: 0 0 0.5rem; }
  .toolbar .label { font-size: 0.85rem; color: var(--ties-muted); margin-inline-end: 0.2rem; }
  .toolbar button {
    font: inherit; font-size: 0.85rem; padding: 0.25rem 0.6rem; border-radius: 999px; cursor: pointer;
    border: 1px solid var(--ties-rule); background: var(--ties-panel); color: var(--ties-text);
    display: inline-flex; align-items: center; gap: 0.35rem;
  }
  .toolbar button[aria-pressed='true'] { border-color: currentColor; font-weight: 600; }
  .toolbar button[aria-pressed='false'] { color: var(--ties-muted); text-decoration: line-through; }
  .toolbar button[aria-pressed='false'] .swatch { opacity: 0.3; }
  .toolbar .table-button { margin-inline-start: auto; }
  .swatch { display: inline-block; width: 0.9rem; height: 0.35rem; }
  /* The search and the filters (parts/filter-bar.ts): one line, the filters' panel unfolding under it. */
  .analysis { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; margin: 0 0 0.5rem; font-size: 0.85rem; }
  .analysis .search { position: relative; display: inline-flex; align-items: center; gap: 0.35rem; }
  .analysis label { color: var(--ties-muted); }
  .analysis input, .analysis select, .analysis button {
    font: inherit; color: var(--ties-text); background: var(--ties-panel); border: 1px solid var(--ties-rule); border-radius: 4px; padding: 0.15rem 0.4rem;
  }
  .analysis input:focus-visible, .analysis select:focus-visible { outline: 3px solid var(--ties-accent); outline-offset: 1px; }
  .analysis #actor-search { width: 12rem; }
  .analysis [role='listbox'] {
    position: absolute; top: 100%; inset-inline-end: 0; z-index: 3; min-width: 12rem; margin: 2px 0 0; padding: 0.2rem 0; list-style: none;
    background: var(--ties-panel); border: 1px solid var(--ties-rule); border-radius: 4px; box-shadow: 0 2px 6px rgb(0 0 0 / 0.2);
  }
  .analysis [role='option'] { padding: 0.2rem 0.5rem; cursor: pointer; }
  .analysis [role='option'][aria-selected='true'] { background: var(--ties-accent); color: var(--ties-panel); }
  .analysis [role='option'] .id { color: inherit; opacity: 0.7; font-size: 0.85em; }
  .analysis .filters-button { border-radius: 999px; cursor: pointer; }
  .filter-panel { flex: 1 0 100%; display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; align-items: center; }
  .filter-panel fieldset { border: 0; margin: 0; padding: 0; display: inline-flex; gap: 0.5rem; align-items: center; }
  .filter-panel legend { float: inline-start; color: var(--ties-muted); margin-inline-end: 0.3rem; }
  .filter-panel input[type='number'] { width: 6rem; }
  .filter-panel select { max-width: 16rem; }
  .filter-panel .hint { color: var(--ties-muted); font-size: 0.8rem; }
  button:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--ties-accent); outline-offset: 2px; }
  .map {
    position: relative; height: var(--ties-map-height); overflow: hidden;
    background: var(--ties-sea); border: 1px solid var(--ties-rule); border-radius: 4px;
  }
  /* Each renderer draws into its own child filling this box (two during a hand-over, WebGL under SVG). */
  .gl { position: relative; width: 100%; height: 100%; }
  /* Beats MapLibre's .maplibregl-map { position: relative } on the WebGL renderer's element. */
  .gl > .renderer { position: absolute; inset: 0; }
  .map-status {
    position: absolute; inset: auto 0.5rem 0.5rem 0.5rem; margin: 0; font-size: 0.85rem;
    color: var(--ties-muted); pointer-events: none;
  }
  .labels { position: absolute; inset: 0; pointer-events: none; }
  .actor-label {
    position: absolute; left: 0; top: 0; pointer-events: auto; cursor: pointer;
    font: 600 0.8rem/22px var(--ties-font); color: var(--ties-text); white-space: nowrap;
    padding: 0 0.35rem; border-radius: 3px; border: 1px solid transparent;
    background: var(--ties-label-bg); box-shadow: 0 0 0 1px rgb(0 0 0 / 0.08);
    transform: translate(-9999px, -9999px);
    /* A 24 px tall target (WCAG 2.5.8: 22 px line and its border); the layout keeps labels apart, so targets never crowd. */
    min-width: 24px; box-sizing: border-box;
  }
  .actor-label[data-kind='organisation'], .actor-label[data-kind='other'] { font-style: italic; }
  /* The figure on an edge: small, on a halo, never a target of its own (the edge's handle is). */
  .edge-label {
    position: absolute; left: 0; top: 0; pointer-events: none; white-space: nowrap;
    font: 600 0.75rem/1.2 var(--ties-font); color: var(--ties-text); font-variant-numeric: tabular-nums;
    padding: 0 0.25rem; border-radius: 3px; background: var(--ties-label-bg);
    transform: translate(-9999px, -9999px);
  }
  .edge-label[data-emphasis='dim'] { opacity: 0.55; }
  /*
   * Figures and counts keep their order in any surrounding direction: an isolate of their own whose
   * direction is its text's (a range "60%–69%" reads left to right inside Hebrew; "עד 69%" right to left).
   */
  .edge-label, .scenes .counter, .tie-link .fig, td.num, .timeline-label, .actor-label .km, .toolbar .count, .legend .sample { unicode-bidi: plaintext; }
  .edge-label[data-tentative='true'] { font-style: italic; font-weight: 400; }
  .actor-label[data-emphasis='focus'] { border-color: var(--ties-text); background: var(--ties-panel); }
  .actor-label[data-emphasis='dim'] { opacity: 0.65; }
  .actor-label .km { font-weight: 400; color: var(--ties-muted); }
  .actor-label .dir { display: inline-block; width: 0.75em; height: 0.75em; margin-right: 0.25rem; vertical-align: -0.05em; }
  .timeline, .scenes { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; margin: 0 0 0.5rem; font-size: 0.85rem; }
  .timeline input[type='range'] { flex: 1 1 12rem; min-width: 8rem; accent-color: var(--ties-accent); }
  .timeline-label { min-width: 9rem; font-variant-numeric: tabular-nums; }
  .timeline button, .scenes button, .png-button {
    font: inherit; font-size: 0.85rem; padding: 0.2rem 0.6rem; border-radius: 4px; cursor: pointer;
    border: 1px solid var(--ties-rule); background: var(--ties-panel); color: var(--ties-text);
  }
  .scenes button:disabled { opacity: 0.5; cursor: default; }
  .scenes .counter { font-variant-numeric: tabular-nums; min-width: 3.5rem; text-align: center; }
  .console-status { margin: 0 0 0.5rem; padding: 0.3rem 0.6rem; font-size: 0.85rem; border-inline-start: 4px solid #bf8700; background: color-mix(in srgb, #bf8700 12%, transparent); }
  .caption { border-inline-start: 4px solid var(--ties-accent); padding: 0.2rem 0.8rem; margin: 0 0 0.5rem; }
  .caption h3 { margin: 0 0 0.2rem; font-size: 1rem; }
  .caption p { margin: 0; font-size: 0.9rem; }
  /*
   * Presenter mode: fullscreen (or the whole window when fullscreen is refused), type sized to the
   * screen so it reads from the back of a room (at 1920 px: caption title 48 px, caption 30 px,
   * labels 22 px), the map filling what the caption leaves.
   */
  :host([presenter]) {
    --presenter-type: clamp(1.1rem, 1.15vw, 1.6rem);
    background: var(--ties-panel); overflow: auto;
    --ties-map-height: max(300px, calc(100vh - 3.2 * clamp(2rem, 2.5vw, 3.5rem) - 3 * clamp(1.35rem, 1.55vw, 2.2rem) - 6.5rem));
  }
  :host([presenter][data-fullscreen='pseudo']) { position: fixed; inset: 0; z-index: 2147483000; }
  :host([presenter]) .frame { padding: 0.75rem 1.5rem; }
  :host([presenter]) header h2 { font-size: var(--presenter-type); margin: 0 0 0.25rem; }
  :host([presenter]) header .description, :host([presenter]) .legend, :host([presenter]) .timeline, :host([presenter]) .analysis { display: none; }
  :host([presenter]) .caption { border-inline-start-width: 6px; padding: 0.25rem 1rem; }
  :host([presenter]) .caption h3 { font-size: clamp(2rem, 2.5vw, 3.5rem); line-height: 1.15; }
  :host([presenter]) .caption p { font-size: clamp(1.35rem, 1.55vw, 2.2rem); line-height: 1.35; color: var(--ties-text); }
  :host([presenter]) .actor-label { font-size: var(--presenter-type); }
  :host([presenter]) .edge-label { font-size: calc(0.75 * var(--presenter-type)); }
  :host([presenter]) .callout { font-size: calc(0.8 * var(--presenter-type)); max-width: 16em; }
  :host([presenter]) .actor-label[data-emphasis='dim'] { opacity: 0.8; }
  :host([presenter]) .toolbar, :host([presenter]) .scenes, :host([presenter]) .toolbar button,
  :host([presenter]) .scenes button { font-size: calc(0.8 * var(--presenter-type)); }
  :host([presenter]) .scenes .counter { font-size: var(--presenter-type); font-weight: 700; }
  :host([presenter]) .focus-panel { font-size: calc(0.85 * var(--presenter-type)); }
  :host([presenter]) .focus-panel h3, :host([presenter]) .focus-panel h4 { font-size: var(--presenter-type); }
  :host([presenter]) .evidence { font-size: calc(0.85 * var(--presenter-type)); }
  :host([presenter]) .evidence h3 { font-size: var(--presenter-type); }
  :host([presenter]) .tie-link, :host([presenter]) .copy, :host([presenter]) .evidence .hint,
  :host([presenter]) .evidence blockquote footer { font-size: 0.9em; }
  /*
   * Story mode: the article's sections are the text and the scroll is the control, so the element
   * is its map alone (title, description, toolbar, timeline, scene control, caption and focus panel
   * hidden, the legend a compact key on the map): one height for every scene, so the page never
   * jumps and the sticky map leaves the sections room. The table stays for screen readers.
   */
  :host([story]) { --ties-map-height: min(50vh, 560px); }
  :host([story]) .frame { min-height: 0; }
  :host([story]) header, :host([story]) .toolbar, :host([story]) .analysis, :host([story]) .timeline, :host([story]) .scenes,
  :host([story]) .caption, :host([story]) .legend, :host([story]) .focus-panel, :host([story]) .callout-list { display: none; }
  /* The compact key of what the scene shows (presenter and story), over the map's lower corner where the reading starts (left, or right in a right-to-left language). */
  /* The leader lines of labels set away from their anchors (a stylesheet rule: a strict CSP refuses style attributes). */
  /* Call-outs: the editor's words, in annotation-look's ink and paper whatever the theme. */
  .callout {
    position: absolute; left: 0; top: 0; max-width: 13em; box-sizing: border-box; pointer-events: none;
    font-size: 0.76rem; line-height: 1.25; padding: 0.25em 0.45em; border-radius: 2px;
    color: ${unsafeCSS(CALLOUT_INK)}; background: ${unsafeCSS(CALLOUT_PAPER)}; border: ${CALLOUT_LINE_WIDTH}px solid ${unsafeCSS(CALLOUT_INK)};
  }
  .callout[data-note] { font-style: ${unsafeCSS(NOTE_FONT_STYLE)}; color: ${unsafeCSS(NOTE_INK)}; background: ${unsafeCSS(NOTE_PAPER)}; border-color: transparent; }
  .callout-num { display: none; }
  .labels svg.callout-marks { position: absolute; left: 0; top: 0; width: 100%; height: 100%; overflow: visible; pointer-events: none; color: ${unsafeCSS(CALLOUT_INK)}; }
  .callout-list { display: none; margin: 0.4rem 0; padding-inline-start: 1.6rem; font-size: 0.85rem; }
  @container (max-width: 479.98px) {
    .callout, .callout[data-note], :host([presenter]) .callout {
      width: ${CALLOUT_MARKER_SIZE}px; height: ${CALLOUT_MARKER_SIZE}px; padding: 0; border-radius: 50%; border: 0;
      display: flex; align-items: center; justify-content: center; font-weight: 700; font-size: 0.7rem; font-style: normal;
      background: ${unsafeCSS(CALLOUT_INK)}; color: ${unsafeCSS(CALLOUT_PAPER)};
    }
    .callout-num { display: inline; }
    .callout-text { display: none; }
    .callout-list { display: block; }
    /* A narrow story keeps one height across its scenes, so no list under its map: the article's
       sections tell what the call-outs would, and numbers without their list would say nothing. */
    :host([story]) .callout, :host([story]) .labels svg.callout-marks, :host([story]) .callout-list { display: none; }
  }
  .labels svg.leaders { position: absolute; left: 0; top: 0; width: 100%; height: 100%; overflow: visible; pointer-events: none; color: var(--ties-text); }
  .scene-key {
    position: absolute; inset-inline-start: 0.5rem; bottom: 0.5rem; max-width: calc(100% - 1rem); box-sizing: border-box; z-index: 1;
    margin: 0; padding: 0.2rem 0.5rem; list-style: none; display: flex; flex-wrap: wrap; gap: 0.1rem 0.8rem;
    font-size: 0.75rem; color: var(--ties-text); background: var(--ties-label-bg); border-radius: 4px; pointer-events: none;
  }
  .scene-key li { display: inline-flex; align-items: center; gap: 0.3rem; }
  @container (max-width: 480px) { .scene-key { font-size: 0.7rem; gap: 0 0.6rem; } }
  :host([presenter]) .scene-key { font-size: calc(0.8 * var(--presenter-type)); inset-inline-start: auto; inset-inline-end: 0.75rem; bottom: 0.75rem; max-width: 40%; flex-direction: column; }
  .stage { display: flex; flex-direction: column; gap: 0.5rem; position: relative; }
  .stage > .map { flex: 1 1 auto; min-width: 0; }
  /*
   * Wide: the focus panel floats over the map's starting edge (the evidence card takes the other), so
   * focusing an actor never resizes the map: no layout shift, no WebGL canvas reallocation.
   */
  @container (min-width: 860px) {
    .focus-panel {
      position: absolute; top: 0.5rem; inset-inline-start: 0.5rem; width: 17rem; max-height: calc(var(--ties-map-height) - 1rem);
      overflow: auto; background: var(--ties-panel); box-shadow: 0 4px 18px rgb(0 0 0 / 0.18); z-index: 1;
    }
    :host([presenter]) .focus-panel { width: 24rem; }
  }
  .edge-hint {
    position: absolute; inset-inline-start: 0.5rem; bottom: 0.5rem; margin: 0; max-width: calc(100% - 1rem); font-size: 0.75rem;
    background: var(--ties-label-bg, var(--ties-panel)); color: var(--ties-text); padding: 0.15rem 0.4rem; border-radius: 3px;
  }
  .edge-handle {
    position: absolute; left: 0; top: 0; width: 24px; height: 24px; padding: 0; border-radius: 50%;
    border: 0; background: transparent; pointer-events: auto; cursor: pointer;
    transform: translate(-9999px, -9999px);
  }
  .edge-handle:focus-visible { outline: 3px solid var(--ties-accent); outline-offset: 0; background: rgb(255 255 255 / 0.5); }
  .evidence {
    position: absolute; top: 0.5rem; inset-inline-end: 0.5rem; width: min(36rem, calc(100% - 1rem)); max-height: calc(100% - 1rem);
    overflow: auto; box-sizing: border-box; background: var(--ties-panel); color: var(--ties-text);
    border: 1px solid var(--ties-rule); border-radius: 6px; box-shadow: 0 4px 18px rgb(0 0 0 / 0.18);
    padding: 0.6rem 0.8rem; font-size: 0.85rem; z-index: 2;
  }
  .evidence.preview { pointer-events: none; max-height: 45%; }
  .evidence header, .focus-panel header { display: flex; align-items: start; gap: 0.5rem; justify-content: space-between; }
  .evidence h3, .focus-panel h3 { font-size: 0.95rem; margin: 0 0 0.4rem; }
  .evidence h3:focus { outline: none; }
  .evidence h3:focus-visible { outline: 3px solid var(--ties-accent); }
  .evidence .hint { font-size: 0.75rem; color: var(--ties-muted); }
  .close {
    font: inherit; font-size: 1.2rem; line-height: 1; border: 1px solid var(--ties-rule); background: var(--ties-panel);
    color: var(--ties-text); border-radius: 4px; width: 1.9rem; height: 1.9rem; cursor: pointer; flex: none;
  }
  .evidence .ties { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: 0.6rem; }
  .evidence .tie { border-top: 3px solid var(--ties-rule); padding-top: 0.4rem; }
  .evidence .tie[data-stance='adversarial'] { border-top-style: double; }
  .evidence .summary { margin: 0 0 0.3rem; }
  .evidence .figure { margin: 0 0 0.4rem; }
  .evidence blockquote { margin: 0 0 0.5rem; padding-inline-start: 0.6rem; border-inline-start: 3px solid var(--ties-rule); }
  .evidence blockquote p { margin: 0 0 0.2rem; font-family: Georgia, 'Times New Roman', serif; }
  .evidence blockquote footer { font-size: 0.75rem; color: var(--ties-muted); }
  .evidence blockquote .translation { margin: 0.3rem 0 0.1rem; padding-inline-start: 0.5rem; border-inline-start: 2px dotted var(--ties-rule); }
  .evidence blockquote .translation-credit { margin: 0 0 0.2rem; font-size: 0.75rem; font-style: italic; color: var(--ties-muted); }
  .evidence a { color: var(--ties-accent); }
  .copy, .evidence-button, .tie-link, .table-more button, .focus-more {
    font: inherit; font-size: 0.75rem; border: 1px solid var(--ties-rule); background: var(--ties-panel);
    color: var(--ties-text); border-radius: 4px; padding: 0.15rem 0.45rem; cursor: pointer;
  }
  .evidence-button { margin-inline-start: 0.3rem; }
  .focus-panel {
    border: 1px solid var(--ties-rule); border-radius: 6px; padding: 0.6rem 0.8rem; font-size: 0.82rem; box-sizing: border-box;
  }
  .focus-panel h4 { font-size: 0.85rem; margin: 0.5rem 0 0.25rem; }
  .focus-panel .totals { font-weight: 400; color: var(--ties-muted); }
  .focus-panel .flow-totals { margin: 0 0 0.25rem; font-size: 0.85rem; }
  .focus-panel ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.2rem; }
  .tie-link { width: 100%; display: flex; justify-content: space-between; gap: 0.5rem; text-align: start; }
  .tie-link .fig { color: var(--ties-muted); }
  .focus-more { margin-top: 0.25rem; min-height: 24px; }
  .legend { font-size: 0.8rem; color: var(--ties-muted); margin-top: 0.5rem; display: grid; gap: 0.3rem; }
  .legend ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; }
  .legend li { display: inline-flex; align-items: center; gap: 0.35rem; }
  .legend svg { flex: none; }
  .legend .widths li { flex-wrap: wrap; gap: 0.2rem 0.6rem; }
  .legend .sample { display: inline-flex; align-items: center; gap: 0.25rem; }
  .legend .meta { display: flex; flex-wrap: wrap; gap: 0 1rem; }
  .legend .top-flows, .legend .grouping { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.2rem 0.6rem; color: var(--ties-text); }
  .legend .top-flows p, .legend .grouping p { margin: 0; }
  .legend .all-flows, .legend .regroup {
    font: inherit; padding: 0.1rem 0.5rem; border-radius: 999px; cursor: pointer;
    border: 1px solid var(--ties-rule); background: var(--ties-panel); color: var(--ties-text);
  }
  .error {
    border: 2px solid #b00020; background: var(--ties-error-bg); color: var(--ties-error-text); padding: 0.6rem 0.8rem; border-radius: 4px;
    font-size: 0.9rem; margin: 0.5rem 0;
  }
  .error ul { margin: 0.3rem 0 0; padding-inline-start: 1.2rem; max-height: 16rem; overflow: auto; }
  .error code { font-size: 0.8rem; }
  .table-wrap { margin-top: 0.5rem; overflow-x: auto; }
  .table-more { font-size: 0.8rem; margin: 0.4rem 0; display: flex; gap: 0.6rem; align-items: baseline; flex-wrap: wrap; }
  /*
   * Hidden from sight, not from screen readers: the table stays in the accessibility tree. Placed
   * off-screen with content-visibility: auto, so the browser skips laying out thousands of rows on
   * every change (it did, on each label pass: bench/RESULTS.md); focus inside brings it back.
   */
  /*
   * The clip pattern, moved up out of the page rather than sideways: content above the page's top
   * is never scrollable, while a box far to the left widened a right-to-left page (it scrolls that way).
   */
  .table-wrap.visually-hidden {
    position: absolute; inset-inline-start: 0; top: -100000px; width: 1px; height: 1px; overflow: hidden;
    clip-path: inset(50%); white-space: nowrap;
    content-visibility: auto; contain-intrinsic-size: 1px 1px;
  }
  /*
   * Fixed layout: column widths from the header, not from every cell, so laying out thousands of
   * rows stays linear (auto layout took 9 s for 10,000 rows when focus entered the table).
   */
  table { border-collapse: collapse; font-size: 0.8rem; width: 100%; table-layout: fixed; }
  [part="ties-table"] th:nth-child(1) { width: 28%; }
  [part="ties-table"] th:nth-child(2), [part="ties-table"] th:nth-child(3) { width: 11%; }
  [part="ties-table"] th:nth-child(4) { width: 9%; }
  [part="ties-table"] th:nth-child(5) { width: 15%; }
  [part="ties-table"] th:nth-child(6) { width: 10%; }
  [part="ties-table"] th:nth-child(7) { width: 16%; }
  [part="places-table"] { margin-top: 0.8rem; }
  [part="places-table"] thead th:nth-child(1) { width: 22%; }
  [part="places-table"] thead th:nth-child(2) { width: 30%; }
  td { overflow-wrap: anywhere; }
  caption { text-align: start; font-weight: 600; padding-bottom: 0.3rem; }
  th, td { text-align: start; padding: 0.25rem 0.4rem; border-bottom: 1px solid var(--ties-rule); vertical-align: top; }
  /* Figures wrap: with fixed layout a cell that does not wrap spills over the next column. */
  td.num { font-variant-numeric: tabular-nums; }
  /* top and margin 0: at its static place, after the legend, it overflowed an embed's page by a line. */
  .sr-only { top: 0; margin: 0; position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  ${tiesMapMediaStyles}
`;
