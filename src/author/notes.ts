/**
 * Speaker notes on the authoring page: each scene's notes shown in a text box the author can
 * edit. Edits are kept beside the dropped files (which are never changed) and applied to the
 * dataset the page draws and downloads, so the download carries the notes as written here.
 */
import { MAX_NOTES_LENGTH } from '../data/validate.ts';
import { authorStringsFor, type AuthorStrings } from '../text/author-strings.ts';
import type { AuthorProblem } from './analyse.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export interface SceneNotes {
  id: string;
  title: string;
  notes: string;
}

/** The dataset's scenes with their notes (as edited), read from the dataset as given. */
export function sceneNotes(dataset: unknown, edits: ReadonlyMap<string, string>): SceneNotes[] {
  if (!isObject(dataset) || !Array.isArray(dataset.scenes)) return [];
  return dataset.scenes.filter(isObject).flatMap((scene) => {
    if (typeof scene.id !== 'string') return [];
    const title = typeof scene.title === 'string' ? scene.title : scene.id;
    const notes = edits.get(scene.id) ?? (typeof scene.notes === 'string' ? scene.notes : '');
    return [{ id: scene.id, title, notes }];
  });
}

/**
 * The dataset with the edited notes in place (an emptied box removes a scene's notes), and a
 * located problem for notes over the validator's cap (left as they were in the dataset).
 */
export function withEditedNotes(
  dataset: unknown,
  edits: ReadonlyMap<string, string>,
  s: AuthorStrings = authorStringsFor('en'),
): { dataset: unknown; problems: AuthorProblem[] } {
  if (edits.size === 0 || !isObject(dataset) || !Array.isArray(dataset.scenes))
    return { dataset, problems: [] };
  const problems: AuthorProblem[] = [];
  const scenes = (dataset.scenes as unknown[]).map((scene, i): unknown => {
    if (!isObject(scene) || typeof scene.id !== 'string' || !edits.has(scene.id)) return scene;
    const notes = edits.get(scene.id)!;
    if (notes.length > MAX_NOTES_LENGTH) {
      problems.push({
        severity: 'error',
        check: 'data',
        path: `$.scenes[${i}].notes`,
        message: s.notesTooLong(scene.id, notes.length, MAX_NOTES_LENGTH),
      });
      return scene;
    }
    const rest = { ...scene };
    delete rest.notes;
    return notes.trim() === '' ? rest : { ...rest, notes };
  });
  return { dataset: { ...dataset, scenes }, problems };
}
