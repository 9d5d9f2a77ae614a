/**
 * Accessibility: axe-core on the element in each of its states. No violation of impact "serious"
 * or "critical" is allowed; each one found is printed with its rule, help text and nodes.
 */
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import fixture from '../fixtures/second-map.json';
import type { Dataset } from '../../src/data/types.ts';
import type { TiesMap } from '../../src/components/ties-map/ties-map.component.ts';
import { mount, nextEvent, shadow } from './helpers.ts';

const SHIPPED_URL = '/data/azerbaijan-israel-usa.json';

function describeViolation(v: axe.Result): string {
  const nodes = v.nodes.map(
    (n) =>
      `    ${JSON.stringify(n.target)} ${n.html.slice(0, 320)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
  );
  return `${v.id} (${v.impact}): ${v.help} [${v.helpUrl}]\n${nodes.join('\n')}`;
}

/** Runs axe on the element (it descends into the open shadow root) and fails on serious or critical violations. */
async function expectNoSeriousViolations(el: TiesMap, state: string): Promise<axe.AxeResults> {
  await el.updateComplete;
  const results = await axe.run(el, { resultTypes: ['violations'] });
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  const minor = results.violations.filter((v) => !serious.includes(v));
  if (minor.length > 0)
    console.info(
      `axe: moderate or minor violations ${state}:\n${minor.map(describeViolation).join('\n')}`,
    );
  expect(
    serious.length,
    `axe: serious or critical violations ${state}:\n${serious.map(describeViolation).join('\n')}\n`,
  ).toBe(0);
  return results;
}

async function drawnShipped() {
  const mounted = mount((e) => (e.src = SHIPPED_URL), { width: 1000, height: 560 });
  await nextEvent(mounted.el, 'ties-drawn');
  return mounted;
}

beforeEach(async () => {
  await page.viewport(1280, 900);
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('axe-core finds no serious or critical violations', () => {
  it('on the shipped dataset, once drawn', async () => {
    const { el } = await drawnShipped();
    const results = await expectNoSeriousViolations(el, 'on the shipped map');
    // axe really looked inside the shadow root: it checked the labels and the table.
    expect(
      results.passes.length + results.incomplete.length + results.violations.length,
    ).toBeGreaterThan(0);
  });

  it('with the table shown', async () => {
    const { el } = await drawnShipped();
    const button = shadow(el).querySelector<HTMLButtonElement>('.table-button')!;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(shadow(el).querySelector('.table-wrap')!.classList.contains('visually-hidden')).toBe(
      false,
    );
    await expectNoSeriousViolations(el, 'with the table shown');
  });

  it('with an evidence card open', async () => {
    const { el } = await drawnShipped();
    shadow(el)
      .querySelector<HTMLElement>('[part="edge-button"][data-edge-id="ISR>AZE:arms"]')!
      .click();
    await el.updateComplete;
    const card = shadow(el).querySelector<HTMLElement>('[part="evidence"]')!;
    expect(card.getAttribute('role')).toBe('dialog');
    await expectNoSeriousViolations(el, 'with an evidence card open');
  });

  it('with an evidence card previewed (keyboard focus on an edge handle)', async () => {
    const { el } = await drawnShipped();
    shadow(el)
      .querySelector<HTMLElement>('[part="edge-button"][data-edge-id="ISR>AZE:arms"]')!
      .focus();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="evidence"]')!.classList.contains('preview')).toBe(true);
    await expectNoSeriousViolations(el, 'with an evidence card previewed');
  });

  it('with an actor focused (focus panel shown)', async () => {
    const { el } = await drawnShipped();
    const drawn = nextEvent(el, 'ties-drawn');
    el.focusActor = 'ARM';
    await drawn;
    expect(shadow(el).querySelector('[part="focus-panel"]')).not.toBeNull();
    await expectNoSeriousViolations(el, 'with ARM focused');
  });

  it('with an evidence card linking its source, on the second dataset', async () => {
    const data = structuredClone(fixture) as unknown as Dataset;
    data.sources[0]!.url = 'https://example.org/source';
    const { el } = mount((e) => (e.data = data), { width: 1000, height: 560 });
    await nextEvent(el, 'ties-drawn');
    shadow(el)
      .querySelector<HTMLElement>('[part="edge-button"][data-edge-id="NOR>DEU:energy"]')!
      .click();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="evidence"] a[href]')).not.toBeNull();
    await expectNoSeriousViolations(el, 'with a linked source in the card');
  });

  it('in the error state (invalid data)', async () => {
    const broken = structuredClone(fixture) as unknown as Dataset;
    broken.ties[0]!.to = 'XXX';
    broken.sources[0]!.url = 'javascript:alert(1)';
    const { el } = mount((e) => (e.data = broken));
    await nextEvent(el, 'ties-error');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="error"][role="alert"]')!.hasAttribute('hidden')).toBe(
      false,
    );
    await expectNoSeriousViolations(el, 'in the error state');
  });

  it('with no dataset yet', async () => {
    const { el } = mount(() => {});
    await el.updateComplete;
    await expectNoSeriousViolations(el, 'with no dataset');
  });
});
