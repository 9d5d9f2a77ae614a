/**
 * The validator's problems as data: each has a stable `code` and the values it names (`params`,
 * typed in problem-params.ts). Here are the helpers that make those values, and the coded problem
 * with its English sentence (problem-en.ts). The text layer (src/text/problem-strings.ts) writes
 * the same code and params in the reader's language; the English `message` stays what the command
 * lines, the JSON output and the tests read.
 */
import { PROBLEM_EN } from './problem-en.ts';
import type {
  Got,
  IdList,
  ProblemCode,
  ProblemParams,
  ProblemParamsByCode,
  Subject,
  SubjectRoot,
  SubjectStep,
} from './problem-params.ts';

export const LIST_LIMIT = 12;

export function subject(root: SubjectRoot, id?: string, ...steps: SubjectStep[]): Subject {
  const out: Subject = { root };
  if (id !== undefined) out.id = id;
  if (steps.length > 0) out.steps = steps;
  return out;
}

/** `what` with one more step: `Tie "t3"` → `Tie "t3"'s figure`. */
export function step(what: Subject, ...more: SubjectStep[]): Subject {
  return { ...what, steps: [...(what.steps ?? []), ...more] };
}

export function got(value: unknown): Got {
  if (value === null) return { type: 'null' };
  if (Array.isArray(value)) return { type: 'array' };
  if (typeof value === 'string')
    return { type: 'string', value: value.length > 40 ? `${value.slice(0, 40)}…` : value };
  if (typeof value === 'number')
    return Number.isFinite(value)
      ? { type: 'number', value: String(value) }
      : { type: 'nonFinite', value: String(value) };
  if (typeof value === 'object') return { type: 'object' };
  if (value === undefined) return { type: 'nothing' };
  if (typeof value === 'boolean') return { type: 'boolean', value: String(value) };
  return { type: 'other', value: typeof value };
}

/** The first few ids and the count; takes only what it shows, so it stays cheap on huge files. */
export function idList(ids: ReadonlySet<string> | readonly string[]): IdList {
  const count = 'size' in ids ? ids.size : ids.length;
  const shown: string[] = [];
  for (const id of ids) {
    if (shown.length === LIST_LIMIT) break;
    shown.push(id);
  }
  return { shown, count };
}

/** A problem's sentence with the code and params it is made from, for a problem a layer above reports. */
export interface CodedMessage {
  message: string;
  code: ProblemCode;
  params: ProblemParams;
}

export function coded<C extends ProblemCode>(
  code: C,
  params: ProblemParamsByCode[C],
): CodedMessage {
  return { message: PROBLEM_EN[code](params), code, params };
}

/** The English sentence of a code and its params. */
export function problemEn<C extends ProblemCode>(code: C, params: ProblemParamsByCode[C]): string {
  return PROBLEM_EN[code](params);
}

export const PROBLEM_CODES = Object.keys(PROBLEM_EN) as ProblemCode[];
