/** The authoring page's look: a files-and-problems column beside the map, stacked when narrow. */
import { css } from 'lit';

export const tiesAuthorStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    min-height: 100vh;
    padding: 1rem 1.25rem 2rem;
    font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif;
    color: #1f2328;
    background: #f6f7f9;
  }
  * { box-sizing: border-box; }
  header h1 { font-size: 1.35rem; margin: 0; }
  header p { margin: 0.2rem 0 1rem; color: #57606a; }
  h2 { font-size: 1rem; margin: 1rem 0 0.4rem; }
  .layout { display: grid; grid-template-columns: minmax(20rem, 26rem) minmax(0, 1fr); gap: 1.25rem; align-items: start; }
  @media (max-width: 60rem) { .layout { grid-template-columns: minmax(0, 1fr); } }
  .side, .main { min-width: 0; }
  .main { position: sticky; top: 1rem; }
  .drop {
    border: 2px dashed #8c959f; border-radius: 8px; padding: 0.75rem 1rem; background: #fff;
  }
  .drop.over { border-color: #0969da; background: #ddf4ff; }
  .drop p { margin: 0 0 0.5rem; }
  .buttons { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 0.5rem 0; }
  .button, button {
    display: inline-block; font: inherit; font-size: 0.9rem; padding: 0.3rem 0.75rem; border-radius: 6px;
    border: 1px solid #8c959f; background: #f6f8fa; color: inherit; cursor: pointer; text-decoration: none;
  }
  .button:focus-within, button:focus-visible, a.button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
  .button input[type='file'] { position: absolute; width: 1px; height: 1px; opacity: 0; }
  .button.primary { background: #1f6feb; border-color: #1f6feb; color: #fff; }
  .button.disabled { color: #6e7781; cursor: not-allowed; }
  .paste summary { cursor: pointer; font-size: 0.9rem; }
  .paste label[for] { display: block; font-size: 0.85rem; color: #57606a; margin-top: 0.4rem; }
  textarea { width: 100%; font: 0.8rem/1.4 ui-monospace, monospace; }
  ul, ol { margin: 0; padding: 0; list-style: none; }
  .files-box { margin-top: 0.75rem; }
  .files-box > summary { cursor: pointer; font-weight: 600; margin-bottom: 0.3rem; }
  .files li {
    display: grid; grid-template-columns: minmax(0, 1fr) auto auto; gap: 0.5rem; align-items: center;
    padding: 0.1rem 0; border-bottom: 1px solid #d8dee4; font-size: 0.9rem;
  }
  .files .name { overflow-wrap: anywhere; }
  .files .role { color: #57606a; font-size: 0.85rem; }
  .files .remove { font-size: 0.8rem; padding: 0.1rem 0.5rem; }
  .notices { margin-top: 0.75rem; }
  .notices li { padding: 0.4rem 0.6rem; margin-bottom: 0.3rem; background: #fff8c5; border-inline-start: 4px solid #bf8700; }
  .summary { margin: 0.75rem 0 0.25rem; font-weight: 600; }
  .problems li {
    padding: 0.45rem 0.6rem; margin-bottom: 0.35rem; background: #fff; border-inline-start: 4px solid #cf222e;
  }
  .problems li.warning { border-inline-start-color: #bf8700; }
  .problems .badge {
    display: inline-block; vertical-align: 0.1em; margin-inline-end: 0.35rem; font-size: 0.7rem; text-transform: uppercase;
    letter-spacing: 0.04em; padding: 0 0.35rem; border-radius: 4px; background: #ffebe9; color: #a40e26; white-space: nowrap;
  }
  .problems .message { display: block; }
  .problems li.warning .badge { background: #fff8c5; color: #7d4e00; }
  .place { font-weight: 600; overflow-wrap: anywhere; }
  .message { overflow-wrap: anywhere; }
  .placeholder {
    display: grid; place-items: center; min-height: 24rem; margin: 0; padding: 2rem; text-align: center;
    border: 1px solid #d8dee4; border-radius: 8px; background: #fff; color: #57606a;
  }
  .stale { margin: 0 0 0.5rem; padding: 0.4rem 0.6rem; background: #fff8c5; border-inline-start: 4px solid #bf8700; }
  ties-map { display: block; background: #fff; }
  .notes-box { margin-top: 0.75rem; }
  .notes-box > summary { cursor: pointer; font-weight: 600; margin-bottom: 0.3rem; }
  .notes-box .hint { margin: 0 0 0.4rem; color: #57606a; font-size: 0.85rem; }
  .scene-notes { display: block; margin-bottom: 0.5rem; }
  .scene-notes textarea { display: block; margin-top: 0.2rem; font: 0.9rem/1.4 system-ui, sans-serif; }
`;
