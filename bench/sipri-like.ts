/**
 * A seeded synthetic register in the shape of SIPRI's trade register export (the columns and
 * notes of tests/fixtures/sipri/), NOT SIPRI's data: invented deals between real country names, so
 * `importSipri` reads it as it reads an export. Two delivery years, 636 supplier–recipient–year
 * ties among about 137 actors by default (the size of a two-year export), with SIPRI's skew: a
 * few suppliers deliver most of the value, trend-indicator values spread over three orders of
 * magnitude.
 *
 * `npx tsx bench/sipri-like.ts > register.csv` writes one; `sipriLikeDataset()` imports it.
 */
import { importSipri } from '../src/import/sipri/import-sipri.ts';
import { places } from '../src/geo/places.ts';
import type { Dataset } from '../src/data/types.ts';
import { lcg } from './synthetic.ts';

/** Suppliers, biggest first (their share of deals falls off as 1 / rank). */
const SUPPLIERS = [
  'USA',
  'RUS',
  'FRA',
  'DEU',
  'CHN',
  'GBR',
  'ITA',
  'ISR',
  'ESP',
  'KOR',
  'NLD',
  'SWE',
  'UKR',
  'CHE',
  'TUR',
  'CAN',
  'BLR',
  'NOR',
  'AUS',
  'BRA',
  'CZE',
  'ZAF',
  'POL',
  'AUT',
  'BEL',
];

const HEADER = `Transfers of major weapons: Deals with deliveries or orders made for 2000 to 2001
SYNTHETIC REGISTER for ties-map's tests and bench: every deal, designation, number and value below is invented. This is not SIPRI data.
Note: Each row is one deal and one delivery year; 'Numbers delivered' are the units delivered in that year.
Note: 'TIV delivery values' are trend-indicator values (TIV) in millions for that year's deliveries.

Source: SIPRI Arms Transfers Database (c) SIPRI.
Data generated: 10 February 2025
SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date,Order date is estimate,Numbers delivered,Numbers delivered is estimate,Delivery year,Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,Local production`;

const quoted = (text: string) => (/[",]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The register's CSV text: `ties` distinct (supplier, recipient, year) rows. */
export function sipriLikeRegister(ties = 636, seed = 7): string {
  const random = lcg(seed);
  const countries = Object.keys(places)
    .filter((id) => /^[A-Z]{3}$/.test(id) && !SUPPLIERS.includes(id))
    .sort();
  // About 112 recipients, so suppliers and recipients make about 137 actors.
  const recipients = countries.filter(() => random() < 112 / countries.length);
  const weights = SUPPLIERS.map((_, rank) => 1 / (rank + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const pick = () => {
    let r = random() * total;
    for (let i = 0; i < SUPPLIERS.length; i++)
      if ((r -= weights[i] ?? 0) <= 0) return SUPPLIERS[i] ?? 'USA';
    return 'USA';
  };
  const seen = new Set<string>();
  const rows: string[] = [];
  for (let deal = 100001; rows.length < ties; deal++) {
    const from = pick();
    const to = recipients[Math.floor(random() * recipients.length)] ?? 'ARE';
    const year = random() < 0.5 ? 2000 : 2001;
    const key = `${from} ${to} ${year}`;
    if (from === to || seen.has(key)) continue;
    seen.add(key);
    // Log-uniform from 0.5 to 1,500 million TIV: most deliveries small, a few large.
    const tiv = Math.round(0.5 * 3000 ** random() * 10) / 10;
    const name = (id: string) => quoted(places[id]?.name ?? id);
    rows.push(
      [
        deal,
        name(from),
        name(to),
        `Synthetic-${deal % 97}`,
        'armoured vehicle',
        'Armoured vehicles',
        year - 2,
        'No',
        1 + Math.floor(random() * 20),
        'No',
        year,
        'No',
        'Delivery completed',
        'No',
        '',
        tiv,
        'No',
      ].join(','),
    );
  }
  return `${HEADER}\n${rows.join('\n')}\n`;
}

/** The register imported as `npm run import -- --sipri` would. */
export function sipriLikeDataset(ties = 636, seed = 7): Dataset {
  const result = importSipri(sipriLikeRegister(ties, seed), { file: 'sipri-like.csv' });
  if (!result.dataset)
    throw new Error(`sipri-like: ${result.problems.map((p) => p.message).join('; ')}`);
  return result.dataset as unknown as Dataset;
}

if (typeof process !== 'undefined' && import.meta.url === `file://${process.argv[1]}`)
  process.stdout.write(sipriLikeRegister(Number(process.argv[2] ?? 636)));
