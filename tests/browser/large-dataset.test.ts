/**
 * Large datasets (issue 12 item 4): their text is parsed and validated in a worker and comes back
 * as the very dataset the main thread would make; a worker that cannot start falls back, saying
 * so; a newer input drops the worker's late answer; a layer toggle keeps the table's rows of the
 * ties still shown. How long any of it takes is the bench's business (bench/longtasks.ts), not
 * these tests'.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { syntheticDataset } from '../../bench/synthetic.ts';
import { MAX_EDGE_LABELS } from '../../src/components/parts/edge-labels.ts';
import { WORKER_MIN_CHARS } from '../../src/components/loaders/parse-off-thread.ts';
import { parseDataset } from '../../src/data/index.ts';
import { mount, nextEvent, shadow, tableRowIds } from './helpers.ts';

const NativeWorker = window.Worker;
/** Every worker the page starts, with whether it was terminated. */
let started: { url: string; terminated: Promise<void> }[] = [];

beforeEach(() => {
  started = [];
  // Below the fold: the tests are about the dataset, not MapLibre drawing thousands of edges.
  const spacer = document.createElement('div');
  spacer.style.height = '4000px';
  document.body.append(spacer);
  window.Worker = class extends NativeWorker {
    private done!: () => void;
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      started.push({
        url: String(url),
        terminated: new Promise((resolve) => (this.done = resolve)),
      });
    }
    override terminate(): void {
      super.terminate();
      this.done();
    }
  };
});

afterEach(() => {
  window.Worker = NativeWorker;
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** A dataset whose JSON text is past the worker threshold (~7,000 ties, 2.3 MB). */
const big = syntheticDataset(7000, 200, 11);
const bigText = JSON.stringify(big);

const parserWorkers = () => started.filter((w) => /dataset-worker/.test(w.url));

describe('a large dataset', () => {
  it('is parsed in a worker and gives the same dataset as the main thread, from data and from src', async () => {
    expect(bigText.length).toBeGreaterThan(WORKER_MIN_CHARS);
    const expected = parseDataset(bigText).dataset!;
    const fromData = mount((e) => (e.data = bigText));
    const ready = await nextEvent(fromData.el, 'ties-ready');
    expect(parserWorkers()).toHaveLength(1);
    expect(fromData.el.model).toEqual(expected);
    expect(ready.detail).toEqual({ actors: expected.actors.length, ties: expected.ties.length });
    expect(tableRowIds(fromData.el)).toEqual(expected.ties.slice(0, 250).map((t) => t.id));
    // Thousands of labelled edges (the reader's "Show all" labels every edge, not only the top
    // flows): only the labels the layout would place first are in the DOM.
    const allDrawn = nextEvent(fromData.el, 'ties-drawn');
    shadow(fromData.el).querySelector<HTMLButtonElement>('button.all-flows')!.click();
    await fromData.el.updateComplete;
    await allDrawn;
    const labelled = fromData.el.derived!.scene.edges.filter((e) => e.label !== null);
    expect(labelled.length).toBeGreaterThan(MAX_EDGE_LABELS);
    const labels = [
      ...shadow(fromData.el).querySelectorAll<HTMLElement>('[part="edge-label"]'),
    ].map((l) => l.dataset['labelFor']);
    expect(labels).toHaveLength(MAX_EDGE_LABELS);
    const top = labelled.reduce((a, b) =>
      b.label!.priority > a.label!.priority ||
      (b.label!.priority === a.label!.priority && b.id < a.id)
        ? b
        : a,
    );
    expect(labels).toContain(top.id);

    // A body fetched from `src` goes to the worker undecoded and comes back the same.
    const url = URL.createObjectURL(new Blob([bigText], { type: 'application/json' }));
    const fromSrc = mount((e) => e.setAttribute('src', url));
    await nextEvent(fromSrc.el, 'ties-ready');
    URL.revokeObjectURL(url);
    expect(parserWorkers()).toHaveLength(2);
    expect(fromSrc.el.model).toEqual(expected);
  });

  it('reports the located errors of an invalid large dataset as the main thread does', async () => {
    const broken = structuredClone(big);
    broken.ties[4321]!.from = 'NOWHERE';
    const text = JSON.stringify(broken);
    const { el } = mount((e) => (e.data = text));
    const error = await nextEvent(el, 'ties-error');
    expect(parserWorkers()).toHaveLength(1);
    expect(error.detail.errors).toEqual(
      parseDataset(text).errors.map(({ path, message }) => ({ path, message })),
    );
    expect(shadow(el).querySelector('[part="error"]')!.textContent).toContain('ties[4321].from');
  });

  it('says on the console when no worker can start, and still shows the same dataset', async () => {
    window.Worker = class {
      constructor() {
        throw new TypeError('refused by the page');
      }
    } as unknown as typeof Worker;
    const warn = vi.spyOn(console, 'warn');
    const { el } = mount((e) => (e.data = bigText));
    await nextEvent(el, 'ties-ready');
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /could not run in a worker \(refused by the page\); parsing on the main thread/,
      ),
    );
    expect(el.model).toEqual(parseDataset(bigText).dataset);
  });

  it('drops the worker when a newer input wins, and shows only the newer dataset', async () => {
    const small = syntheticDataset(40, 20, 3);
    const { el, events } = mount((e) => (e.data = bigText));
    // The parser's own chunk loads first, then its worker starts.
    await expect.poll(() => parserWorkers(), { timeout: 30_000 }).toHaveLength(1);
    el.data = small;
    await parserWorkers()[0]!.terminated; // the big parse is cut, not left to finish
    await el.updateComplete;
    expect(el.model!.ties.map((t) => t.id)).toEqual(small.ties.map((t) => t.id));
    expect(events.filter((e) => e.type === 'ties-ready')).toHaveLength(1);
    expect(tableRowIds(el)).toEqual(small.ties.map((t) => t.id));
  });
});

describe('a layer toggle', () => {
  it('keeps the row elements of the ties still shown and removes only the hidden layer’s rows', async () => {
    const data = syntheticDataset(1200, 100, 5);
    const { el } = mount((e) => (e.data = data));
    await nextEvent(el, 'ties-ready');
    const root = shadow(el);
    const row = (id: string) =>
      root.querySelector(`table[part="ties-table"] tr[data-tie-id="${CSS.escape(id)}"]`);
    const firstPage = data.ties.slice(0, 250);
    // Ties of the other layers that come after an energy tie: their rows move up when energy goes.
    const kept = firstPage.filter(
      (t, i) => t.layer !== 'energy' && firstPage.slice(0, i).some((u) => u.layer === 'energy'),
    );
    expect(kept.length).toBeGreaterThan(50);
    const before = new Map(kept.map((t) => [t.id, row(t.id)]));
    root.querySelector<HTMLButtonElement>('button[data-layer="energy"]')!.click();
    await el.updateComplete;
    const shown = data.ties.filter((t) => t.layer !== 'energy');
    expect(tableRowIds(el)).toEqual(shown.slice(0, 250).map((t) => t.id));
    for (const [id, element] of before) expect(row(id), id).toBe(element);
  });
});
