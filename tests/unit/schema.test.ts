/**
 * The hand-written JSON Schema (src/data/ties-map-1.schema.json) that editors use to check datasets
 * as they are typed: it must accept what the validator accepts and reject the common mistakes.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

const read = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

const schema = read('../../src/data/ties-map-1.schema.json') as Record<string, unknown>;
// Strict about the schema's own mistakes (unknown keywords, ill-formed tuples, mixed types); not
// strictRequired, which would reject the ordinary `if`/`then: { required: ["point"] }` idiom.
const ajv = new Ajv2020({
  strictSchema: true,
  strictTypes: true,
  strictTuples: true,
  allErrors: true,
});
const validate = ajv.compile(schema);

function schemaErrors(data: unknown): string[] {
  validate(data);
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

describe('ties-map-1.schema.json', () => {
  it('is a 2020-12 schema that compiles with strict checks of its own keywords', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof validate).toBe('function');
  });

  it('accepts tests/fixtures/valid-minimal.json', () => {
    expect(schemaErrors(read('../fixtures/valid-minimal.json'))).toEqual([]);
  });

  it('accepts translations, actor names and quote translations (tests/fixtures/valid-translated.json)', () => {
    expect(schemaErrors(read('../fixtures/valid-translated.json'))).toEqual([]);
    const d = read('../fixtures/valid-translated.json') as {
      translations: Record<string, Record<string, unknown>>;
    };
    d.translations['ar']!['reviewed'] = 'no';
    d.translations['ar_EG'] = d.translations['ar']!;
    delete d.translations['he']!['method'];
    expect(schemaErrors(d)).toEqual(
      expect.arrayContaining([
        '/translations property name must be valid',
        "/translations/he must have required property 'method'",
      ]),
    );
  });

  it('accepts the shipped dataset data/azerbaijan-israel-usa.json', () => {
    expect(schemaErrors(read('../../data/azerbaijan-israel-usa.json'))).toEqual([]);
  });

  it('accepts the revised fields: a measure, a status, a range and a caption quote', () => {
    const d = read('../fixtures/valid-minimal.json') as {
      layers: Record<string, unknown>[];
      ties: Record<string, unknown>[];
    };
    d.layers[1]!['measure'] = { unit: '%', label: 'share' };
    d.ties[0]!['status'] = 'reported';
    d.ties[0]!['figure'] = { value: 60, upper: 69, unit: '%' };
    (d.ties[0]!['evidence'] as Record<string, unknown>[])[0]!['in'] = 'caption';
    expect(schemaErrors(d)).toEqual([]);
    d.ties[0]!['status'] = 'rumoured';
    expect(schemaErrors(d)).toContain('/ties/0/status must be equal to one of the allowed values');
  });

  it('rejects a wrong format', () => {
    expect(schemaErrors(read('../fixtures/invalid/wrong-format.json'))).toContain(
      '/format must be equal to constant',
    );
  });

  it('rejects a negative figure', () => {
    expect(schemaErrors(read('../fixtures/invalid/negative-figure.json'))).toContain(
      '/ties/0/figure/value must be >= 0',
    );
  });

  it('rejects a javascript: URL', () => {
    expect(schemaErrors(read('../fixtures/invalid/javascript-url.json'))).toContain(
      '/sources/0/url must match pattern "^[hH][tT][tT][pP][sS]?://"',
    );
  });

  it('rejects a tie without evidence', () => {
    expect(schemaErrors(read('../fixtures/invalid/missing-evidence.json'))).toContain(
      "/ties/1 must have required property 'evidence'",
    );
  });

  it('rejects an empty evidence list and an empty quote', () => {
    const d = read('../fixtures/valid-minimal.json') as {
      ties: { evidence: { quote: string }[] }[];
    };
    d.ties[0]!.evidence[0]!.quote = ' ';
    d.ties[1]!.evidence = [];
    const errors = schemaErrors(d);
    expect(errors).toContain('/ties/0/evidence/0/quote must match pattern "\\S"');
    expect(errors).toContain('/ties/1/evidence must NOT have fewer than 1 items');
  });

  it('rejects an organisation without a point, and a point off the globe', () => {
    const d = read('../fixtures/valid-minimal.json') as { actors: { point?: number[] }[] };
    delete d.actors[2]!.point;
    d.actors[0]!.point = [200, 40];
    const errors = schemaErrors(d);
    expect(errors).toContain("/actors/2 must have required property 'point'");
    expect(errors).toContain('/actors/0/point/0 must be <= 180');
  });

  it('rejects a date that is not ISO 8601', () => {
    const d = read('../fixtures/valid-minimal.json') as { ties: { when?: { from?: string } }[] };
    d.ties[0]!.when = { from: '2025/10' };
    expect(schemaErrors(d).some((e) => e.startsWith('/ties/0/when/from must match pattern'))).toBe(
      true,
    );
  });

  it('accepts a dataset without layers and scenes (both optional)', () => {
    const d = read('../fixtures/valid-minimal.json') as Record<string, unknown>;
    delete d.layers;
    delete d.scenes;
    expect(schemaErrors(d)).toEqual([]);
  });
});
