/** `<ties-console>`'s styles: a dark second screen with the notes in large type. */
import { css } from 'lit';

export const tiesConsoleStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    min-height: 100vh;
    padding: 1rem 1.5rem;
    background: #111418;
    color: #f0f3f6;
    font:
      18px/1.45 system-ui,
      -apple-system,
      'Segoe UI',
      sans-serif;
  }
  * {
    box-sizing: border-box;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 1.5rem;
    margin-bottom: 0.75rem;
  }
  header h1 {
    font-size: 1.1rem;
    margin: 0;
    flex: 1 1 20rem;
    color: #c9d1d9;
  }
  .clock {
    font-variant-numeric: tabular-nums;
    font-size: 2rem;
    font-weight: 700;
  }
  .clock small {
    display: block;
    font-size: 0.75rem;
    font-weight: 400;
    color: #8b949e;
    text-transform: uppercase;
    letter-spacing: 0.05em;
  }
  button {
    font: inherit;
    font-size: 0.95rem;
    padding: 0.35rem 0.9rem;
    border-radius: 6px;
    border: 1px solid #6e7681;
    background: #21262d;
    color: inherit;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 3px solid #58a6ff;
    outline-offset: 2px;
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  .grid {
    display: grid;
    grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr);
    gap: 1.25rem;
  }
  @media (max-width: 900px) {
    .grid {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  h2 {
    font-size: 0.8rem;
    margin: 0 0 0.3rem;
    color: #8b949e;
    text-transform: uppercase;
    letter-spacing: 0.06em;
  }
  .now-title {
    font-size: 1.6rem;
    margin: 0 0 0.5rem;
  }
  .now ties-map {
    display: block;
    --ties-map-height: 24rem;
    --ties-height: auto;
    background: #fff;
    color: #1f2328;
    border-radius: 6px;
    overflow: hidden;
  }
  .next {
    margin-top: 1rem;
    font-size: 1.3rem;
    color: #c9d1d9;
  }
  .next-picture {
    margin: 0.4rem 0 1rem;
    max-width: 26rem;
  }
  /* A picture to glance at, not a map to use: it takes no pointer and no focus. */
  .next-picture ties-map {
    display: block;
    --ties-map-height: 11rem;
    --ties-height: auto;
    background: #fff;
    color: #1f2328;
    border-radius: 6px;
    overflow: hidden;
    pointer-events: none;
  }
  .notes p {
    font-size: clamp(1.5rem, 2.1vw, 2.4rem);
    line-height: 1.35;
    margin: 0 0 0.8em;
  }
  .notes .none {
    color: #8b949e;
    font-style: italic;
  }
  .steps {
    display: flex;
    gap: 0.5rem;
    margin: 0.75rem 0;
  }
  ol {
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  ol button[aria-current='step'] {
    background: #1f6feb;
    border-color: #1f6feb;
  }
  .status {
    color: #e3b341;
  }
`;
