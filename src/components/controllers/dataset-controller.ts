/**
 * Dataset loading: one cancellable path for every input ("the newest input always
 * wins"). `src` and `data` are inputs; the newest one set is the one shown. A newer input aborts
 * the load in flight and its late answer is dropped; removing the element aborts its load and
 * putting it back starts it again; an input set while the element is off the page waits for it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseDataset, type ValidationResult } from '../../data/index.ts';
import { validateDatasetSteps } from '../../data/validate.ts';
import { shapeIds } from '../../geo/places.ts';
import type { Dataset, Problem } from '../../data/types.ts';
import type { FrameShape } from '../../scene/anchors.ts';
import { loadDataset, WORKER_MIN_CHARS } from '../loaders/load-dataset.ts';
import { needsPreparing, prepareGeometry } from '../loaders/prepare-scene.ts';
import { warmIntl } from '../loaders/warm-intl.ts';
import { runInSlices } from '../loaders/yield-to-main.ts';
import type { TiesErrorType } from '../events.ts';
import type { Strings } from '../../text/strings.ts';

export type DatasetStatus = 'empty' | 'loading' | 'ready' | 'error';

/** Defaults of the `timeout` (seconds) and `max-size` (MB) attributes; README "Loading limits". */
export const DEFAULT_TIMEOUT_S = 30;
export const DEFAULT_MAX_SIZE_MB = 20;

const orDefault = (value: number, fallback: number) =>
  Number.isFinite(value) && value > 0 ? value : fallback;

export interface DatasetHost extends ReactiveControllerHost {
  readonly strings: Strings;
  /** Seconds a `src` load may take, answer and body (not a positive number: the default). */
  timeout: number;
  /** MB a `src` body may have (not a positive number: the default). */
  maxSize: number;
}

export interface DatasetEvents {
  /**
   * A dataset is accepted; `warnings` are the validator's. `sliced`: its start-up was spread over
   * tasks (a fetched or a large dataset), so its first render may be too; a `data` object of
   * ordinary size shows at once.
   */
  ready(dataset: Dataset, warnings: Problem[], sliced: boolean): void;
  failed(type: TiesErrorType, problems: Problem[]): void;
  /** The shape of the map the dataset will show in (scene/anchors.ts), once the placeholder is laid out. */
  mapShape(): Promise<FrameShape>;
  /** Resolves true when a `src` may be fetched (start-gate.ts), false when `signal` aborted first. */
  due?(signal: AbortSignal): Promise<boolean>;
}

type Input = { kind: 'src'; url: string } | { kind: 'data'; value: unknown };

/**
 * A `data` attribute's text. The dataset is a property; React 19, rendering before the element is
 * defined, sets `data="[object Object]"` instead, which would otherwise leave the element empty.
 */
class AttributeText {
  constructor(readonly text: string) {}
}

/** What a framework's String(object) gives: the dataset went through an attribute. */
const STRINGIFIED_OBJECT = /^\[object \w+\]$/;

/** A data attribute no property replaced is reported within this long (ms) even if the page never idles. */
const REPORT_WITHIN = 5000;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

export class DatasetController implements ReactiveController {
  status: DatasetStatus = 'empty';
  dataset: Dataset | null = null;
  problems: Problem[] = [];

  private src: string | null = null;
  private data: unknown = undefined;
  /** Which of the two was set last: that one is shown. */
  private newest: 'src' | 'data' | null = null;
  /** Bumped by every new input: an answer of an older generation is dropped. */
  private generation = 0;
  private abort: AbortController | null = null;
  /** An input waits for the element to be on the page (set while off it, or a load cut by removal). */
  private waiting = false;
  private connected = false;
  /** What the last failure was: only a load (`fetch`) can succeed under other limits. */
  private failedType: TiesErrorType | null = null;
  /** The limits the last `src` load ran under. */
  private loadLimits = { timeoutMs: 0, maxBytes: 0 };

  constructor(
    private readonly host: DatasetHost,
    private readonly events: DatasetEvents,
  ) {
    host.addController(this);
  }

  setSrc(url: string | null): void {
    const next = url || null;
    if (next === this.src && (next === null || this.newest === 'src') && !this.retryable()) return;
    this.src = next;
    if (next !== null) this.newest = 'src';
    else if (this.newest === 'src') this.newest = this.data !== undefined ? 'data' : null;
    else return; // src removed while data is shown: nothing changes
    this.start();
  }

  setData(value: unknown): void {
    this.data = value;
    if (value !== undefined) this.newest = 'data';
    else if (this.newest === 'data') this.newest = this.src !== null ? 'src' : null;
    else return;
    this.start();
  }

  /** The `data` attribute: never read as a dataset, always said (the newest input, like the others). */
  setDataAttribute(text: string | null): void {
    if (text !== null) this.setData(new AttributeText(text));
    else if (this.data instanceof AttributeText) this.setData(undefined);
  }

  hostConnected(): void {
    this.connected = true;
    if (this.waiting) this.start();
  }

  hostDisconnected(): void {
    this.connected = false;
    if (this.abort) {
      // The load is cut; it starts again when the element is back.
      this.generation++;
      this.abort.abort();
      this.abort = null;
      this.waiting = true;
    }
  }

  /**
   * `timeout` or `max-size` changed: a `src` load under way starts again under the new limits (set
   * in the same task as `src`, in whatever order, they apply to its load), and one they refused
   * is tried again.
   */
  limitsChanged(): void {
    const limits = this.limits();
    if (
      this.current()?.kind !== 'src' ||
      (limits.timeoutMs === this.loadLimits.timeoutMs &&
        limits.maxBytes === this.loadLimits.maxBytes)
    )
      return;
    if (this.status === 'loading' || (this.status === 'error' && this.failedType === 'fetch'))
      this.start();
  }

  private limits(): { timeoutMs: number; maxBytes: number } {
    return {
      timeoutMs: orDefault(this.host.timeout, DEFAULT_TIMEOUT_S) * 1000,
      maxBytes: orDefault(this.host.maxSize, DEFAULT_MAX_SIZE_MB) * 1e6,
    };
  }

  /** The same src again retries a load that failed or was cut. */
  private retryable(): boolean {
    return this.status === 'error' || this.waiting;
  }

  private current(): Input | null {
    if (this.newest === 'src' && this.src !== null) return { kind: 'src', url: this.src };
    if (this.newest === 'data') return { kind: 'data', value: this.data };
    return null;
  }

  private start(): void {
    const generation = ++this.generation;
    this.abort?.abort();
    this.abort = null;
    if (!this.connected) {
      this.waiting = true;
      return;
    }
    this.waiting = false;
    const input = this.current();
    if (input === null) {
      this.set('empty', null, []);
      return;
    }
    if (input.kind === 'data') {
      this.accept(input.value, generation);
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    this.set('loading', null, []);
    this.loadLimits = this.limits();
    void (this.events.due?.(abort.signal) ?? Promise.resolve(true)).then(
      (go) => go && generation === this.generation && this.fetch(input.url, abort, generation),
    );
  }

  private fetch(url: string, abort: AbortController, generation: number): void {
    void warmIntl(this.host.strings.lang);
    void loadDataset(url, {
      signal: abort.signal,
      ...this.loadLimits,
      strings: this.host.strings,
      rawFrom: WORKER_MIN_CHARS,
    }).then((result) => {
      if (generation !== this.generation) return; // a newer input won, or the element left the page
      this.abort = null;
      if (result.ok && 'bytes' in result) this.acceptOffThread(result.bytes, generation, url);
      else if (result.ok) this.accept(result.text, generation, true);
      else if (!result.aborted)
        this.fail('fetch', [{ severity: 'error', path: 'src', message: result.message }]);
    });
  }

  /** `fetched`: the body of a `src`, validated in slices and its scene geometry prepared in tasks of its own. */
  private accept(input: unknown, generation: number, fetched = false): void {
    if (generation !== this.generation) return;
    if (input instanceof AttributeText) {
      void this.failAttributeUnlessReplaced(input.text, generation);
      return;
    }
    if (typeof input === 'string' && STRINGIFIED_OBJECT.test(input.trim())) {
      this.failAsText('property', input);
      return;
    }
    if (
      typeof input !== 'string' &&
      (typeof input !== 'object' || input === null || Array.isArray(input))
    ) {
      this.fail('data', [
        {
          severity: 'error',
          path: 'data',
          message: this.host.strings.notAnObject(describe(input)),
        },
      ]);
      return;
    }
    if (typeof input === 'string' && input.length >= WORKER_MIN_CHARS)
      this.acceptOffThread(input, generation, null);
    else if (fetched) this.acceptInSlices(input, generation);
    else this.show(parseDataset(input), generation);
  }

  /**
   * A fetched body below the worker's size: parsed and validated on the main thread in slices,
   * a turn of the event loop after each slice of actors and ties (in one piece it was the longest
   * task of a phone's start-up), then shown.
   */
  private acceptInSlices(input: unknown, generation: number): void {
    const abort = this.busy();
    void runInSlices(
      validateDatasetSteps(input, { shapeIds }),
      () => abort.signal.aborted || generation !== this.generation,
    ).then((parsed) => {
      if (parsed && generation === this.generation) this.show(parsed.value, generation, true);
    });
  }

  /**
   * A `data` attribute is said only when no property replaces it. A page rendered on a server
   * (Astro `client:load`, SvelteKit) carries `data="[object Object]"` in its HTML: the element
   * upgrades with that attribute, and the framework sets the property when it hydrates, a task or
   * more later. So the report waits for the element's first update, a task, and the page's next
   * idle period (a hydration that is under way keeps the main thread busy until it is done), or
   * REPORT_WITHIN ms on a page that never idles (a busy machine, another widget's animation), so
   * the report always comes; the property bumps the generation and the report is dropped.
   * Meanwhile the element shows as loading.
   */
  private async failAttributeUnlessReplaced(text: string, generation: number): Promise<void> {
    const abort = this.busy();
    await this.host.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) =>
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(resolve, { timeout: REPORT_WITHIN })
        : setTimeout(resolve, 0),
    );
    if (abort.signal.aborted || generation !== this.generation) return;
    this.abort = null;
    this.failAsText('attribute', text);
  }

  private failAsText(where: 'attribute' | 'property', text: string): void {
    this.fail('data', [
      {
        severity: 'error',
        path: 'data',
        message: this.host.strings.dataAsText(
          where,
          text.length > 40 ? `${text.slice(0, 40)}…` : text,
        ),
      },
    ]);
  }

  /**
   * Large text, or a large UTF-8 body from `url`: parsed and validated off the main thread
   * (parse-off-thread.ts, a chunk of its own that only such a dataset loads).
   */
  private acceptOffThread(
    input: string | Uint8Array,
    generation: number,
    url: string | null,
  ): void {
    const abort = this.busy();
    void import('../loaders/parse-off-thread.ts').then(
      ({ parseOffThread }) =>
        parseOffThread(input, abort.signal).then((parsed) => {
          if (!parsed || generation !== this.generation) return;
          if ('result' in parsed) this.show(parsed.result, generation, true);
          else
            this.fail('fetch', [
              {
                severity: 'error',
                path: 'src',
                message: this.host.strings.notUtf8(url ?? '', parsed.notUtf8),
              },
            ]);
        }),
      (error: unknown) => {
        if (abort.signal.aborted || generation !== this.generation) return;
        const message = this.host.strings.parserUnavailable(
          error instanceof Error ? error.message : String(error),
        );
        this.fail(url === null ? 'data' : 'fetch', [
          { severity: 'error', path: url === null ? 'data' : 'src', message },
        ]);
      },
    );
  }

  /** A validated input: shown, once a large dataset's scene geometry is prepared in slices. */
  private show(result: ValidationResult, generation: number, sliced = false): void {
    this.abort = null;
    const dataset = result.dataset;
    if (!dataset) {
      this.fail('data', result.errors);
      return;
    }
    if (needsPreparing(dataset, sliced ? 0 : undefined)) {
      const abort = this.busy();
      void prepareGeometry(
        dataset,
        () => abort.signal.aborted || generation !== this.generation,
        () => this.events.mapShape(),
      ).then((done) => {
        if (done && generation === this.generation) this.show(result, generation, true);
      });
      return;
    }
    this.set('ready', dataset, []);
    this.events.ready(dataset, result.warnings, sliced);
  }

  /** Asynchronous work for the current input begins: it shows as loading and a removal cuts it. */
  private busy(): AbortController {
    const abort = new AbortController();
    this.abort = abort;
    if (this.status !== 'loading') this.set('loading', null, []);
    return abort;
  }

  private fail(type: TiesErrorType, problems: Problem[]): void {
    this.failedType = type;
    this.set('error', null, problems);
    this.events.failed(type, problems);
  }

  private set(status: DatasetStatus, dataset: Dataset | null, problems: Problem[]): void {
    this.status = status;
    this.dataset = dataset;
    this.problems = problems;
    this.host.requestUpdate();
  }
}
