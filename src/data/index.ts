/** The data layer's public face: parse and validate a dataset against the shipped geodata. */
import { shapeIds } from '../geo/places.ts';
import { validateDataset, type ValidationResult } from './validate.ts';

export * from './types.ts';
export { MAX_FIGURE_VALUE, validateDataset, type ValidateOptions, type ValidationResult } from './validate.ts';

/** Validates JSON text or a parsed value; country and territory ids are checked against the geodata. */
export function parseDataset(input: unknown): ValidationResult {
  return validateDataset(input, { shapeIds });
}
