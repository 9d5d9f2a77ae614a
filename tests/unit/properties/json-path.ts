/**
 * Resolves the JSON paths the validator writes (`$`, `.name`, `[3]`, `["odd key"]`) against a
 * document, for the property that every problem points at something in the input.
 */

export type Step = string | number;

/** The steps of a path, or null when it is not written as the validator writes paths. */
export function parsePath(path: string): Step[] | null {
  if (!path.startsWith('$')) return null;
  const steps: Step[] = [];
  let rest = path.slice(1);
  while (rest.length > 0) {
    const name = /^\.([A-Za-z_$][\w$]*)/.exec(rest);
    const index = /^\[(\d+)\]/.exec(rest);
    const quoted = /^\[("(?:[^"\\]|\\.)*")\]/.exec(rest);
    if (name) steps.push(name[1]!);
    else if (index) steps.push(Number(index[1]));
    else if (quoted) steps.push(JSON.parse(quoted[1]!) as string);
    else return null;
    rest = rest.slice((name ?? index ?? quoted)![0].length);
  }
  return steps;
}

export type Resolution =
  /** The path names a value in the document. */
  | 'value'
  /** It names a field its object lacks (where the validator reports a missing required field). */
  | 'missing-field'
  | 'nowhere';

function child(
  container: unknown,
  step: Step,
): { has: boolean; value?: unknown; isObject: boolean } {
  if (Array.isArray(container)) {
    const has = typeof step === 'number' && step < container.length;
    return { has, value: has ? container[step as number] : undefined, isObject: false };
  }
  if (typeof container === 'object' && container !== null && typeof step === 'string') {
    const has = Object.prototype.hasOwnProperty.call(container, step);
    return {
      has,
      value: has ? (container as Record<string, unknown>)[step] : undefined,
      isObject: true,
    };
  }
  return { has: false, isObject: false };
}

export function resolvePath(document: unknown, path: string): Resolution {
  const steps = parsePath(path);
  if (steps === null) return 'nowhere';
  let at = document;
  for (const [i, step] of steps.entries()) {
    const next = child(at, step);
    if (!next.has) return i === steps.length - 1 && next.isObject ? 'missing-field' : 'nowhere';
    at = next.value;
  }
  return 'value';
}
