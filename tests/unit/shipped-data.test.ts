/**
 * Editorial rules of the shipped datasets (README, "Adding a source-backed tie") that the checker
 * cannot prove from the texts: every layer with figures declares its measure, and no figure is a
 * duration, a count of countries or initiatives, a distance or a population.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/index.ts';

const SHIPPED = ['data/azerbaijan-israel-usa.json', 'data/gaza-stabilisation-force.json'];
const NOT_A_MAGNITUDE = /\b(years?|decades?|countries|initiatives?|km|million|population)\b/i;

describe.each(SHIPPED)('%s', (file) => {
  const { dataset, errors } = parseDataset(
    readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'),
  );

  it('is valid', () => {
    expect(errors).toEqual([]);
  });

  it('has no warning: every scene shows what it highlights at its date, and each measure counts one kind of quantity', () => {
    const { warnings } = parseDataset(
      readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'),
    );
    expect(warnings).toEqual([]);
  });

  it('measures no layer in figures of both kinds: in force (stated, reported) and planned or potential', () => {
    // Before: troops deployed (1,500) beside troops offered (20,000, potential); a share of Israel's
    // gasoline beside a planned stake in a gas field.
    const tentative = (status?: string) => status === 'planned' || status === 'potential';
    const mixed = dataset!.layers.filter((l) => {
      const measured = dataset!.ties.filter(
        (t) => t.layer === l.id && l.measure && t.figure?.unit === l.measure.unit,
      );
      return new Set(measured.map((t) => tentative(t.status))).size > 1;
    });
    expect(mixed.map((l) => l.id)).toEqual([]);
  });

  it('declares a measure for every layer that has figures', () => {
    const withFigures = new Set(dataset!.ties.filter((t) => t.figure).map((t) => t.layer));
    expect(
      dataset!.layers.filter((l) => withFigures.has(l.id) && !l.measure).map((l) => l.id),
    ).toEqual([]);
  });

  it('has no figure that measures nothing (a duration, a count, a distance, a population)', () => {
    const offending = dataset!.ties.filter(
      (t) => t.figure && NOT_A_MAGNITUDE.test(`${t.figure.unit} ${t.figure.of ?? ''}`),
    );
    expect(offending.map((t) => `${t.id}: ${t.figure!.value} ${t.figure!.unit}`)).toEqual([]);
  });
});
