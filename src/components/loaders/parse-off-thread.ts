/**
 * Parsing and validating a large dataset without holding the main thread: in a module worker
 * (dataset-worker.ts) whose valid result comes back in slices of ties, each message a short task.
 * Small texts stay on the main thread, where they cost less than starting a worker. Where no
 * worker can start (no Worker, a page whose CSP or Trusted Types refuse it), the text is parsed
 * on the main thread in two tasks (JSON.parse, then validation) with a console warning. Loaded
 * only for such a text (its own chunk), so a page of small maps does not download it.
 */
import { parseDataset, validateDataset, type ValidationResult } from '../../data/index.ts';
import { shapeIds } from '../../geo/places.ts';
import type { Dataset, Problem, Tie } from '../../data/types.ts';
import { pageWorkerUrl } from '../../render/worker-url.ts';
import { trustedWorkerUrl } from '../../render/worker-policy.ts';
import { firstInvalidUtf8, WORKER_MIN_CHARS } from './load-dataset.ts';
import type { ParseMessage, ParseRequest } from './dataset-worker.ts';
import workerUrl from './dataset-worker.ts?worker&url';

export { WORKER_MIN_CHARS } from './load-dataset.ts';

/** Where the work ran (for tests and the bench). */
export type ParsePath = 'main' | 'worker' | 'main-fallback';

/** A validation result, or for bytes that are not UTF-8 the offset of the first bad byte. */
export type Parsed =
  { result: ValidationResult; path: ParsePath } | { notUtf8: number; path: ParsePath };

function resultOf(problems: Problem[], dataset: Dataset | undefined): ValidationResult {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  return errors.length === 0 && dataset
    ? { dataset, problems, errors, warnings }
    : { problems, errors, warnings };
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The fallback: decoding, JSON.parse and validation in separate tasks (a JSON error is reported by the validator, located). */
async function parseInTasks(input: string | Uint8Array): Promise<Parsed> {
  await nextTask();
  if (typeof input !== 'string') {
    const bad = firstInvalidUtf8(input);
    if (bad >= 0) return { notUtf8: bad, path: 'main-fallback' };
    const text = new TextDecoder('utf-8').decode(input);
    return parseInTasks(text);
  }
  const text = input;
  let value: unknown = text;
  try {
    value = JSON.parse(text);
  } catch {
    // validateDataset parses the text again and says where it breaks.
  }
  await nextTask();
  return { result: validateDataset(value, { shapeIds }), path: 'main-fallback' };
}

/** Runs the worker; rejects when it cannot start or fails before answering, resolves null when aborted. */
function inWorker(input: string | Uint8Array, signal: AbortSignal): Promise<Parsed | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(trustedWorkerUrl(pageWorkerUrl(workerUrl, document.baseURI)), {
      type: 'module',
      name: 'ties-map dataset parser',
    });
    let head: Extract<ParseMessage, { type: 'head' }> | null = null;
    const ties: Tie[] = [];
    const finish = (settle: () => void) => {
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
      settle();
    };
    const onAbort = () => finish(() => resolve(null));
    signal.addEventListener('abort', onAbort);
    worker.onerror = (event) => {
      event.preventDefault();
      finish(() => reject(new Error(event.message || 'the worker failed to start')));
    };
    worker.onmessageerror = () =>
      finish(() => reject(new Error('a message from the worker could not be read')));
    worker.onmessage = ({ data }: MessageEvent<ParseMessage>) => {
      const done = (result: ValidationResult) => finish(() => resolve({ result, path: 'worker' }));
      if (data.type === 'not-utf8') finish(() => resolve({ notUtf8: data.offset, path: 'worker' }));
      else if (data.type === 'invalid') done(resultOf(data.problems, undefined));
      else if (data.type === 'head') head = data;
      else if (head) {
        for (const tie of data.ties) ties.push(tie);
        if (ties.length >= head.tieCount) {
          const { dataset, warnings } = head;
          done(resultOf(warnings, { ...dataset, ties }));
        }
      }
      if (head && head.tieCount === 0) done(resultOf(head.warnings, head.dataset));
    };
    // Bytes are moved to the worker, not copied.
    if (typeof input === 'string') worker.postMessage({ text: input } satisfies ParseRequest);
    else worker.postMessage({ bytes: input } satisfies ParseRequest, [input.buffer]);
  });
}

/**
 * Parses and validates JSON text, or a UTF-8 body's bytes; resolves null when `signal` aborts
 * first. A worker that could not start is said on the console (never silently).
 */
export async function parseOffThread(
  input: string | Uint8Array,
  signal: AbortSignal,
): Promise<Parsed | null> {
  if (typeof input === 'string' && input.length < WORKER_MIN_CHARS)
    return { result: parseDataset(input), path: 'main' };
  if (typeof Worker !== 'undefined') {
    try {
      return await inWorker(input, signal);
    } catch (error) {
      console.warn(
        `ties-map: the dataset parser could not run in a worker (${error instanceof Error ? error.message : String(error)}); parsing on the main thread instead.`,
      );
    }
  } else {
    console.warn('ties-map: this browser has no Worker; parsing the dataset on the main thread.');
  }
  const parsed = await parseInTasks(input);
  return signal.aborted ? null : parsed;
}
