/**
 * SIPRI's supplier and recipient names → actors. States map to the ISO 3166-1 alpha-3 ids of
 * geodata/places.json, by the geodata's own names or by the aliases below (SIPRI's spellings).
 * `Name (Country)*` (one star: a non-state actor) becomes a point at that country's label point;
 * `Name**` (two stars: an organisation) a point at its seat. States that no longer exist have no
 * shape: they become points at their capitals, with their ISO 3166-3 codes.
 */
import { ownValue } from '../../data/own.ts';
import { places } from '../../geo/places.ts';

export type SipriActor =
  | { kind: 'unknown' }
  | { kind: 'country'; id: string; name: string; point?: [number, number] }
  | { kind: 'other' | 'organisation'; id: string; name: string; point: [number, number] };

/** SIPRI spellings that differ from the geodata's names. */
const ALIASES: Record<string, string> = {
  Turkiye: 'TUR',
  Turkey: 'TUR',
  UAE: 'ARE',
  UK: 'GBR',
  'Viet Nam': 'VNM',
  'DR Congo': 'COD',
  Congo: 'COG',
  "Cote d'Ivoire": 'CIV',
  eSwatini: 'SWZ',
  Swaziland: 'SWZ',
  'North Korea': 'PRK',
  'South Korea': 'KOR',
  'Bosnia-Herzegovina': 'BIH',
  'Cape Verde': 'CPV',
  'Czech Republic': 'CZE',
  Macedonia: 'MKD',
  'East Timor': 'TLS',
  USA: 'USA',
  'Micronesia (Federated States of)': 'FSM',
};

/** States without a present-day shape: ISO 3166-3 code and capital. */
const FORMER_STATES: Record<string, { id: string; name: string; point: [number, number] }> = {
  'soviet union': { id: 'SUN', name: 'Soviet Union', point: [37.62, 55.75] },
  yugoslavia: { id: 'YUG', name: 'Yugoslavia', point: [20.46, 44.82] },
  'east germany (gdr)': { id: 'DDR', name: 'East Germany', point: [13.4, 52.52] },
  czechoslovakia: { id: 'CSK', name: 'Czechoslovakia', point: [14.42, 50.09] },
};

/** Organisations SIPRI marks with `**`, at their headquarters. */
const SEATS: Record<string, { name: string; point: [number, number]; seat: string }> = {
  nato: { name: 'NATO', point: [4.42, 50.88], seat: 'NATO headquarters, Brussels' },
  'united nations': {
    name: 'United Nations',
    point: [-73.97, 40.75],
    seat: 'UN headquarters, New York',
  },
  'african union': { name: 'African Union', point: [38.74, 9.0], seat: 'Addis Ababa' },
  'european union': { name: 'European Union', point: [4.35, 50.85], seat: 'Brussels' },
  ecowas: { name: 'ECOWAS', point: [7.49, 9.06], seat: 'Abuja' },
};

/** Lower case, accents and extra spaces removed: "Côte d'Ivoire" and "Cote d'Ivoire" match. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const byName = new Map<string, string>();
for (const [id, place] of Object.entries(places)) {
  if (/^[A-Z]{3}$/.test(id)) byName.set(normaliseName(place.name), id);
}
for (const [alias, id] of Object.entries(ALIASES)) byName.set(normaliseName(alias), id);

function country(name: string): SipriActor | undefined {
  const key = normaliseName(name);
  const former = ownValue(FORMER_STATES, key);
  if (former) return { kind: 'country', ...former };
  const id = byName.get(key);
  const place = id === undefined ? undefined : ownValue(places, id);
  return id && place ? { kind: 'country', id, name: place.name } : undefined;
}

function slug(text: string): string {
  return normaliseName(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The state a non-state actor's or organisation's name places it in: "(Lebanon)", or a leading name ("Libya HoR"). */
function hostCountry(
  bare: string,
): { host: SipriActor & { kind: 'country' }; label: string } | undefined {
  const inParens = /^(.*?)\s*\(([^()]+)\)$/.exec(bare);
  if (inParens) {
    const host = country(inParens[2]!);
    return host?.kind === 'country' ? { host, label: bare } : undefined;
  }
  const words = bare.split(' ');
  for (let n = words.length - 1; n >= 1; n--) {
    const host = country(words.slice(0, n).join(' '));
    if (host?.kind === 'country') return { host, label: bare };
  }
  return undefined;
}

function pointOf(actor: SipriActor & { kind: 'country' }): [number, number] {
  return actor.point ?? places[actor.id]!.label;
}

/** The actor a register name stands for, or undefined when the name is not known. */
export function sipriActor(raw: string): SipriActor | undefined {
  const name = raw.trim();
  // "unknown supplier(s)", "unknown recipient(s)" and the like: counted, never drawn.
  if (/^unknown\b/i.test(name)) return { kind: 'unknown' };
  const stars = /\*+$/.exec(name)?.[0].length ?? 0;
  const bare = name.replace(/\*+$/, '').trim();
  if (stars === 0) return country(bare);
  if (stars >= 2) {
    const seat = ownValue(SEATS, normaliseName(bare));
    if (seat)
      return { kind: 'organisation', id: `org-${slug(bare)}`, name: seat.name, point: seat.point };
    const placed = hostCountry(bare);
    return (
      placed && {
        kind: 'organisation',
        id: `org-${slug(bare)}`,
        name: placed.label,
        point: pointOf(placed.host),
      }
    );
  }
  const placed = hostCountry(bare);
  return (
    placed && {
      kind: 'other',
      id: `nsa-${slug(bare)}`,
      name: placed.label,
      point: pointOf(placed.host),
    }
  );
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The known name closest to an unknown one, for "did you mean …?". */
export function closestName(raw: string): string {
  const key = normaliseName(raw.replace(/\*+$/, ''));
  // SIPRI's own spellings first: on a tie ("Turkie" is as close to "Turkiye" as to "Türkiye") they win.
  const candidates = [
    ...Object.keys(ALIASES),
    ...Object.values(SEATS).map((s) => `${s.name}**`),
    ...Object.values(FORMER_STATES).map((s) => s.name),
    ...Object.values(places).map((p) => p.name),
  ];
  let best = candidates[0]!;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(key, normaliseName(candidate.replace(/\*+$/, '')));
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** The documented seats, for the README and the report. */
export const ORGANISATION_SEATS = SEATS;
