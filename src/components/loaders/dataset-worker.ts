/**
 * The dataset parser's worker: JSON text (or a UTF-8 body's bytes, decoded here) in, the
 * validator's result out, so a 20 MB dataset's
 * JSON.parse and validation (0.5 s and more) never hold the page's main thread. A valid dataset
 * goes back in messages of TIES_PER_MESSAGE ties: deserialising the whole dataset at once was one
 * task of 0.5–1 s on the main thread. Started by parse-off-thread.ts, one worker per parse.
 */
import { parseDataset } from '../../data/index.ts';
import type { Dataset, Problem, Tie } from '../../data/types.ts';
import { firstInvalidUtf8 } from './load-dataset.ts';

/** At ~330 bytes a tie, one message is ~0.3 MB: a few ms to deserialise, and a short young-generation GC after it. */
export const TIES_PER_MESSAGE = 1000;

export type ParseRequest = { text: string } | { bytes: Uint8Array };

export type ParseMessage =
  /** The dataset is invalid: all its problems. */
  | { type: 'invalid'; problems: Problem[] }
  /** The dataset is valid: everything but its ties, which follow in `ties` messages, in order. */
  | { type: 'head'; dataset: Dataset; tieCount: number; warnings: Problem[] }
  | { type: 'ties'; ties: Tie[] }
  /** The bytes are not valid UTF-8: the offset of the first bad byte. */
  | { type: 'not-utf8'; offset: number };

interface WorkerScope {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseMessage): void;
}

const scope = globalThis as unknown as WorkerScope;

/** The text of a UTF-8 body, or the offset of its first bad byte. */
function decode(bytes: Uint8Array): string | number {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return Math.max(0, firstInvalidUtf8(bytes));
  }
}

scope.onmessage = ({ data }) => {
  const text = 'text' in data ? data.text : decode(data.bytes);
  if (typeof text === 'number') {
    scope.postMessage({ type: 'not-utf8', offset: text });
    return;
  }
  const result = parseDataset(text);
  const dataset = result.dataset;
  if (!dataset) {
    scope.postMessage({ type: 'invalid', problems: result.problems });
    return;
  }
  scope.postMessage({
    type: 'head',
    dataset: { ...dataset, ties: [] },
    tieCount: dataset.ties.length,
    warnings: result.warnings,
  });
  for (let start = 0; start < dataset.ties.length; start += TIES_PER_MESSAGE) {
    scope.postMessage({ type: 'ties', ties: dataset.ties.slice(start, start + TIES_PER_MESSAGE) });
  }
};
