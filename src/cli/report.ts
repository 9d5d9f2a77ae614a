/** Formats validator problems for a terminal: one line each, `FILE  PATH  severity: message`. */
import type { Problem } from '../data/types.ts';

export function formatProblem(file: string, problem: Problem): string {
  return `${file}  ${problem.path}  ${problem.severity}: ${problem.message}`;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
