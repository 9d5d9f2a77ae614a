import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRegions, REGIONS_URL } from '../../geodata/build-regions.ts';
import { M49_NAMES } from '../../src/data/m49-regions.ts';
import { m49GroupOf, parseGrouping } from '../../src/data/regions.ts';
import { regionName } from '../../src/text/names.ts';

describe('M49 regions table', () => {
  it('reproduces the committed src/data/m49-regions.ts byte for byte (npm run build:regions)', () => {
    expect(buildRegions() === readFileSync(REGIONS_URL, 'utf8')).toBe(true);
  });

  it('puts countries in their M49 region and finest sub-region', () => {
    expect(m49GroupOf('AZE', 'subregion')).toBe('145'); // Western Asia
    expect(m49GroupOf('AZE', 'region')).toBe('142'); // Asia
    expect(m49GroupOf('TUR', 'subregion')).toBe('145');
    expect(m49GroupOf('RUS', 'subregion')).toBe('151'); // Eastern Europe
    expect(m49GroupOf('USA', 'subregion')).toBe('021'); // Northern America
    expect(m49GroupOf('BRA', 'subregion')).toBe('005'); // South America (intermediate region)
    expect(m49GroupOf('KEN', 'subregion')).toBe('014'); // Eastern Africa (intermediate region)
    expect(m49GroupOf('EGY', 'subregion')).toBe('015'); // Northern Africa
  });

  it('leaves organisations, subdivisions, non-M49 and unknown ids ungrouped', () => {
    for (const id of ['EU', 'ISF', 'PS-GZA', 'XKX', 'TWN', 'ATA', 'ZZZ', '']) {
      expect(m49GroupOf(id, 'region')).toBeUndefined();
      expect(m49GroupOf(id, 'subregion')).toBeUndefined();
    }
    expect(m49GroupOf('AZE', 'none')).toBeUndefined();
  });

  it("names groups in the reader's language through CLDR, M49's English name as the fallback", () => {
    expect(regionName('145', 'en')).toBe('Western Asia');
    expect(regionName('145', 'ar')).toBe('غرب آسيا');
    expect(regionName('150', 'ru')).toBe('Европа');
    expect(regionName('999', 'en')).toBe('999');
    expect(Object.keys(M49_NAMES)).toHaveLength(27);
  });

  it('parses a grouping value', () => {
    expect(parseGrouping('region')).toBe('region');
    expect(parseGrouping(' SubRegion ')).toBe('subregion');
    expect(parseGrouping('')).toBe('none');
    expect(parseGrouping(null)).toBe('none');
    expect(parseGrouping('continent')).toBeUndefined();
  });
});

describe('the group attribute', () => {
  it('reports a value it cannot use, naming the choices', async () => {
    const { checkAttributes } = await import('../../src/state/attribute-checks.ts');
    const { stringsFor } = await import('../../src/text/strings.ts');
    const dataset = { layers: [], actors: [], sources: [], scenes: [], ties: [] } as never;
    const problems = checkAttributes(dataset, {
      layers: null,
      focus: null,
      asOf: null,
      scene: null,
      group: 'continent',
    });
    expect(problems).toEqual([
      {
        attribute: 'group',
        value: 'continent',
        meant: null,
        known: ['none', 'region', 'subregion'],
      },
    ]);
    const p = problems[0]!;
    expect(stringsFor('en').attributeProblem(p.attribute, p.value, p.meant, p.known)).toBe(
      'group="continent" is not one of none, region, subregion; actors are not grouped.',
    );
    expect(
      checkAttributes(dataset, {
        layers: null,
        focus: null,
        asOf: null,
        scene: null,
        group: 'Region',
      }),
    ).toEqual([]);
  });
});
