/**
 * Where each part of a dataset built from CSV files came from, so the validator's JSON paths
 * ($.ties[3].figure.value) can be told back as file, row and column.
 */
import type { Problem } from '../data/types.ts';
import type { SheetProblem } from './types.ts';

export interface Location {
  file: string;
  row?: number;
  column?: string;
}

export class Locations {
  private readonly byPath = new Map<string, Location>();

  set(path: string, location: Location): void {
    this.byPath.set(path, location);
  }

  /** The location of the path, or of its nearest parent that has one. */
  find(path: string): Location | undefined {
    let current = path;
    for (;;) {
      const found = this.byPath.get(current);
      if (found) return found;
      const parent = current.replace(/(?:\.[A-Za-z_$][\w$]*|\[[^\]]*\])$/, '');
      if (parent === current) return undefined;
      current = parent;
    }
  }

  /**
   * A validator problem, located; one no file holds keeps its JSON path (`path`), which its
   * English `message` names first for the command line.
   */
  locate(problem: Problem): SheetProblem {
    const at = this.find(problem.path);
    const located: SheetProblem = at
      ? { severity: problem.severity, ...at, message: problem.message }
      : {
          severity: problem.severity,
          path: problem.path,
          message: `${problem.path}: ${problem.message}`,
        };
    if (problem.code !== undefined)
      Object.assign(located, { code: problem.code, params: problem.params });
    return located;
  }
}
