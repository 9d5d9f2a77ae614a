/**
 * The data layer's public face, shipped as `ties-map/data`: parse and validate a dataset against the
 * shipped geodata, its types and its JSON Schema. Nothing here touches the DOM, so a CMS back end, a
 * CI step, Deno or a worker can validate a dataset; the CLIs use it too.
 */
import { shapeIds } from '../geo/places.ts';
import { validateDataset, type ValidationResult } from './validate.ts';

export * from './types.ts';
export { schema } from './schema.ts';
export {
  datasetInLanguage,
  datasetLanguages,
  quoteTranslation,
  translationInto,
} from './dataset-language.ts';
export { canonicalTag } from './lang-tags.ts';
export { PROBLEM_CODES, problemEn } from './problems.ts';
export type {
  Got,
  HiddenReason,
  IdList,
  ProblemCode,
  ProblemParams,
  ProblemParamsByCode,
  Subject,
  SubjectRoot,
  SubjectStep,
} from './problem-params.ts';
export {
  MAX_FIGURE_VALUE,
  validateDataset,
  type ValidateOptions,
  type ValidationResult,
} from './validate.ts';

/** Validates JSON text or a parsed value; country and territory ids are checked against the geodata. */
export function parseDataset(input: unknown): ValidationResult {
  return validateDataset(input, { shapeIds });
}
