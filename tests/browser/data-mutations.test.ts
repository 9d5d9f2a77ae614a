/**
 * 200 seeded random mutations of tests/fixtures/valid-minimal.json, each set through `el.data` on
 * one `<ties-map>`: each must end in `ties-ready` (when the validator accepts it) or `ties-error`
 * with the validator's errors (when it does not) within 10 s, with no uncaught exception in the
 * page; then the fixture itself is drawn. A failure names the step, the seed and the mutations,
 * so it replays (change SEED to explore further).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/index.ts';
import valid from '../fixtures/valid-minimal.json';
import { mutateAll, mutations, type Mutation } from '../arbitraries/mutations.ts';
import { mount, nextEvent } from './helpers.ts';

const SEED = 20261201;
const STEPS = 200;
const STEP_LIMIT_MS = 10_000;

/** The first of `ties-ready` / `ties-error` after now, or a rejection after the step's limit. */
function outcome(el: HTMLElement): Promise<CustomEvent> {
  return new Promise((resolve, reject) => {
    const done = (e: Event): void => {
      clearTimeout(timer);
      el.removeEventListener('ties-ready', done);
      el.removeEventListener('ties-error', done);
      resolve(e as CustomEvent);
    };
    const timer = setTimeout(() => {
      el.removeEventListener('ties-ready', done);
      el.removeEventListener('ties-error', done);
      reject(new Error(`neither ties-ready nor ties-error within ${STEP_LIMIT_MS} ms`));
    }, STEP_LIMIT_MS);
    el.addEventListener('ties-ready', done);
    el.addEventListener('ties-error', done);
  });
}

const pageErrors: string[] = [];
const onError = (e: ErrorEvent): void =>
  void pageErrors.push(`${e.message} (${e.filename}:${e.lineno})`);
const onRejection = (e: PromiseRejectionEvent): void =>
  void pageErrors.push(`unhandled rejection: ${String(e.reason)}`);

afterEach(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  document.body.replaceChildren();
});

describe('<ties-map> under random data mutations', () => {
  it(
    `ends each of ${STEPS} mutated datasets in ties-ready or ties-error, with no page error`,
    async () => {
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      const plans = fc.sample(mutations(3), { seed: SEED, numRuns: STEPS });
      const { el } = mount(() => {});
      let accepted = 0;
      for (const [step, plan] of plans.entries()) {
        const where = `step ${step} (seed ${SEED}): ${JSON.stringify(plan satisfies Mutation[])}`;
        const data = mutateAll(valid, plan);
        const expected = parseDataset(data);
        const event = outcome(el);
        el.data = data;
        const got = await event.catch((error: Error) => {
          throw new Error(`${where}: ${error.message}; page errors: ${JSON.stringify(pageErrors)}`);
        });
        if (expected.dataset) {
          expect(got.type, where).toBe('ties-ready');
          accepted++;
        } else {
          expect(got.type, where).toBe('ties-error');
          expect(got.detail, where).toEqual({
            type: 'data',
            errors: expected.errors.map(({ path, message }) => ({ path, message })),
          });
        }
        expect(pageErrors, where).toEqual([]);
      }
      // After all that, the fixture itself still reaches a complete map picture.
      const drawn = nextEvent(el, 'ties-drawn');
      el.data = structuredClone(valid);
      await drawn;
      expect(pageErrors).toEqual([]);
      // Both outcomes were exercised, or the test proves less than it says.
      expect(accepted).toBeGreaterThan(10);
      expect(accepted).toBeLessThan(STEPS - 10);
    },
    STEPS * STEP_LIMIT_MS,
  );
});
