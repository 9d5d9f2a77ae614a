/**
 * The authoring page's panels about the dataset beyond its problems: each scene's speaker notes
 * (editable), its call-outs, and the languages it is translated into with how each was made.
 */
import { html, nothing } from 'lit';
import type { Analysis } from '../analyse.ts';
import { calloutRows } from '../callouts.ts';
import { sceneNotes } from '../notes.ts';
import type { AuthorStrings } from '../../text/author-strings.ts';

/** Each scene's notes in a text box; `onNotes` hears an edit, by scene id. */
export function renderNotesPanel(options: {
  dataset: unknown;
  edits: ReadonlyMap<string, string>;
  strings: AuthorStrings;
  onNotes: (sceneId: string, event: Event) => void;
}) {
  const { dataset, edits, strings: s, onNotes } = options;
  const scenes = sceneNotes(dataset, edits);
  if (scenes.length === 0) return nothing;
  return html`<details class="notes-box" part="notes">
    <summary>${s.notesSummary(scenes.filter((scene) => scene.notes.trim() !== '').length, scenes.length)}</summary>
    <p class="hint">${s.notesHint}</p>
    ${scenes.map(
      (
        scene,
      ) => html`<label class="scene-notes" data-scene=${scene.id}><span class="place" dir="auto">${scene.title}</span>
      <textarea rows="4" dir="auto" .value=${scene.notes} @change=${(e: Event) => onNotes(scene.id, e)}></textarea></label>`,
    )}
  </details>`;
}

/** The dataset's call-outs, each with where and in which scenes it shows. */
export function renderCalloutsPanel(options: { dataset: unknown; strings: AuthorStrings }) {
  const { dataset, strings: s } = options;
  const rows = calloutRows(dataset, s);
  if (rows.length === 0) return nothing;
  return html`<details class="notes-box" part="callouts">
    <summary>${s.calloutsSummary(rows.length)}</summary>
    <p class="hint">${s.calloutsHint}</p>
    <ul class="callouts">${rows.map((r) => html`<li data-callout=${r.id}><span dir="auto">${r.text}</span> <span class="role">${s.calloutWhere(r.kind, r.at, r.scenes)}</span></li>`)}</ul>
  </details>`;
}

/**
 * "ar (machine-assisted, not reviewed)", … : the dataset's languages and how each was made, each
 * isolated so the tags of neighbours do not run together right to left.
 */
export function renderLanguagesLine(options: {
  languages: Analysis['languages'];
  strings: AuthorStrings;
}) {
  const { languages, strings: s } = options;
  return html`<p class="languages" part="languages">${s.languagesBesides} ${languages.map(
    (l, i) =>
      html`${i > 0 ? s.listSeparator : ''}<bdi dir=${s.dir}><span lang=${l.tag}>${l.tag}</span> (${
        l.method === undefined
          ? s.noCredit
          : l.reviewed === false
            ? s.notReviewed(l.method)
            : s.reviewedBy(l.method, l.reviewed ?? '?')
      })</bdi>`,
  )}.
    ${s.translationProblems}</p>`;
}
