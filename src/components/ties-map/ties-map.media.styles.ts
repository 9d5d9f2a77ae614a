/**
 * `<ties-map>`'s print and phone layouts, the last rules of its stylesheet (ties-map.styles.ts
 * ends with them, so they win over the rules they adapt).
 */
import { css } from 'lit';

export const tiesMapMediaStyles = css`
  /*
   * Print: the SVG picture of the view (controllers/print-controller.ts builds it as printing
   * starts) instead of the live map, whose WebGL canvas often prints blank; the legend and the
   * whole table (here hidden from sight) print as HTML; buttons do not.
   */
  .print-picture { display: none; }
  @media print {
    .print-picture:not(:empty) { display: block; break-inside: avoid; border: 1px solid var(--ties-rule); }
    .print-picture svg { display: block; width: 100%; height: auto; }
    .frame:has(.print-picture:not(:empty)) .map { display: none; }
    .toolbar .table-button, .png-button, .timeline button, .timeline input, .scenes button, .edge-hint { display: none; }
    .table-wrap.visually-hidden {
      position: static; width: auto; height: auto; overflow: visible; clip: auto; clip-path: none;
      white-space: normal; content-visibility: visible;
    }
    tr { break-inside: avoid; }
  }
  @container (max-width: 480px) {
    header h2 { font-size: 1rem; }
    /*
     * Phone: the map on the reader's first screen. The description folds to one line with "more";
     * the timeline and the downloads fold behind one button; the layer buttons, the table button
     * and that one wrap to at most two rows; the scene control stays one line.
     */
    .description { display: flex; align-items: baseline; gap: 0.4rem; }
    .description p { flex: 1 1 auto; min-width: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .description.open { display: block; }
    .description.open p { white-space: normal; }
    .more-text {
      display: inline-block; flex: none; font: inherit; font-size: 0.85rem; padding: 0 0.3rem; cursor: pointer;
      border: 0; background: none; color: var(--ties-accent); text-decoration: underline;
    }
    .toolbar .extras-button { display: inline-flex; }
    .frame:not(.extras-open) .png-button, .frame:not(.extras-open) .timeline, .frame:not(.extras-open) .analysis { display: none; }
    .toolbar .label { display: none; }
    .toolbar { gap: 0.3rem; }
    .scenes { flex-wrap: nowrap; }
    /* A phone has no second screen for the presenter console; the scene control keeps one line. */
    .scenes .console-button { display: none; }
    /* Phone: labels stay readable (12 px) and every button a thumb presses is a 24 × 24 px target (WCAG 2.5.8). */
    .actor-label { font-size: 12px; padding: 0 0.25rem; }
    .edge-label { font-size: 12px; }
    button { min-height: 24px; min-width: 24px; }
    /* At a phone's hub some thirty edge handles crowd each other and the labels: a thumb taps the
       edge itself (the picture picks it, as a mouse click does), and the handles stay what they are
       for the keyboard, stops with a visible focus ring. */
    .edge-handle { pointer-events: none; }
    .toolbar .table-button { margin-inline-start: 0; }
    .actor-label .km { display: none; }
    .toolbar button, .timeline button, .scenes button, .png-button { font-size: 0.78rem; padding: 0.15rem 0.45rem; }
    .timeline { flex-wrap: nowrap; }
    .timeline-label { min-width: 0; white-space: nowrap; font-size: 0.78rem; }
    .timeline input[type='range'] { min-width: 4rem; }
  }
`;
