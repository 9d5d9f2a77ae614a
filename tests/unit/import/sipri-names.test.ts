/** SIPRI's supplier and recipient names → actors that the map can place. */
import { describe, expect, it } from 'vitest';
import { places } from '../../../src/geo/places.ts';
import { closestName, sipriActor } from '../../../src/import/sipri/names.ts';

describe('sipriActor', () => {
  it.each([
    ['Turkiye', 'TUR'],
    ['UAE', 'ARE'],
    ['UK', 'GBR'],
    ['Viet Nam', 'VNM'],
    ['DR Congo', 'COD'],
    ['Congo', 'COG'],
    ["Cote d'Ivoire", 'CIV'],
    ['eSwatini', 'SWZ'],
    ['North Korea', 'PRK'],
    ['South Korea', 'KOR'],
    ['United States', 'USA'],
    ['Bosnia-Herzegovina', 'BIH'],
    ['Russia', 'RUS'],
    ['Curaçao', 'CUW'],
  ])('maps %s to %s, a code the geodata has', (name, id) => {
    expect(sipriActor(name)).toMatchObject({ kind: 'country', id });
    expect(places[id]).toBeDefined();
  });

  it('places a non-state actor at the label point of the country in its brackets', () => {
    expect(sipriActor('Hezbollah (Lebanon)*')).toEqual({
      kind: 'other',
      id: 'nsa-hezbollah-lebanon',
      name: 'Hezbollah (Lebanon)',
      point: places.LBN!.label,
    });
  });

  it('places a non-state actor without brackets in the country its name starts with', () => {
    expect(sipriActor('Libya HoR*')).toMatchObject({ kind: 'other', point: places.LBY!.label });
  });

  it('places organisations at their documented seats', () => {
    expect(sipriActor('NATO**')).toEqual({
      kind: 'organisation',
      id: 'org-nato',
      name: 'NATO',
      point: [4.42, 50.88],
    });
    expect(sipriActor('United Nations**')).toMatchObject({
      kind: 'organisation',
      point: [-73.97, 40.75],
    });
  });

  it('gives states that no longer exist a point at their capital', () => {
    expect(sipriActor('Soviet Union')).toEqual({
      kind: 'country',
      id: 'SUN',
      name: 'Soviet Union',
      point: [37.62, 55.75],
    });
  });

  it('marks unknown suppliers and recipients as unknown', () => {
    expect(sipriActor('unknown supplier(s)')).toEqual({ kind: 'unknown' });
    expect(sipriActor('unknown recipient(s)')).toEqual({ kind: 'unknown' });
  });

  it('knows no made-up name, and suggests the closest known one', () => {
    expect(sipriActor('Ukriane')).toBeUndefined();
    expect(closestName('Ukriane')).toBe('Ukraine');
    expect(closestName('Turkie')).toBe('Turkiye');
    expect(sipriActor('Nowhere Front*')).toBeUndefined();
  });
});
