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
  const { dataset, errors } = parseDataset(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));

  it('is valid', () => {
    expect(errors).toEqual([]);
  });

  it('declares a measure for every layer that has figures', () => {
    const withFigures = new Set(dataset!.ties.filter((t) => t.figure).map((t) => t.layer));
    expect(dataset!.layers.filter((l) => withFigures.has(l.id) && !l.measure).map((l) => l.id)).toEqual([]);
  });

  it('has no figure that measures nothing (a duration, a count, a distance, a population)', () => {
    const offending = dataset!.ties.filter((t) => t.figure && NOT_A_MAGNITUDE.test(`${t.figure.unit} ${t.figure.of ?? ''}`));
    expect(offending.map((t) => `${t.id}: ${t.figure!.value} ${t.figure!.unit}`)).toEqual([]);
  });
});
