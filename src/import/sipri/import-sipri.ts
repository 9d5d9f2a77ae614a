/**
 * A SIPRI trade register export → a `ties-map/1` dataset with one `arms` layer measured in TIV:
 * supplier → recipient, one tie per pair and delivery year (or per pair over the whole period),
 * the figure the sum of "TIV delivery values", each register row an evidence quote built from its
 * cells as they stand, and SIPRI as the one source. Pure: text in, `{ dataset, problems }` out.
 */
import { parseDataset } from '../../data/index.ts';
import type { DraftActor, DraftDataset, DraftTie, ImportResult, SheetProblem } from '../types.ts';
import { closestName, sipriActor, type SipriActor } from './names.ts';
import { readRegister, type RegisterRow } from './register.ts';

export interface SipriOptions {
  /** The file's name, for messages and the source note. */
  file: string;
  /** One tie per supplier–recipient pair over the whole period instead of one per delivery year. */
  perPair?: boolean;
}

export interface SipriSummary {
  rows: number;
  /** Rows naming "unknown supplier(s)" or "unknown recipient(s)": counted, not drawn. */
  unknownRows: number;
  unknownTiv: number;
}

export const SIPRI_SOURCE_ID = 'sipri-at-database';
export const TIV_UNIT = 'TIV m';

/** Sums of decimal TIVs without binary noise (0.1 + 0.2 → 0.3). */
const round = (n: number) => Math.round(n * 1e6) / 1e6;

interface Delivery {
  row: RegisterRow;
  from: Extract<SipriActor, { id: string }>;
  to: Extract<SipriActor, { id: string }>;
  year: string;
  tiv: number;
}

/** The quote for one register row: its designation, description and numbers, cell by cell. */
function rowQuote(row: RegisterRow): string {
  const c = row.cells;
  const estimate = (column: string) => (c[column]?.toLowerCase() === 'yes' ? ' (estimate)' : '');
  return (
    `SIPRI AT Database ID ${c['SIPRI AT Database ID']}: ${c.Designation} (${c.Description}), ` +
    `numbers delivered ${c['Numbers delivered']}${estimate('Numbers delivered is estimate')}, ` +
    `delivery year ${c['Delivery year']}${estimate('Delivery year is estimate')}, TIV delivery values ${c['TIV delivery values']}`
  );
}

function readDelivery(
  file: string,
  row: RegisterRow,
  problems: SheetProblem[],
  summary: SipriSummary,
): Delivery | undefined {
  const at = (column: string) => ({ file, row: row.row, column });
  const ends: SipriActor[] = [];
  for (const column of ['Supplier', 'Recipient'] as const) {
    const name = row.cells[column] ?? '';
    const actor = sipriActor(name);
    if (!actor) {
      problems.push({
        severity: 'error',
        ...at(column),
        message: `${JSON.stringify(name)} is not a name the importer knows; did you mean "${closestName(name)}"?`,
      });
    } else ends.push(actor);
  }
  const year = row.cells['Delivery year'] ?? '';
  const yearOk = /^\d{4}$/.test(year);
  if (!yearOk)
    problems.push({
      severity: 'error',
      ...at('Delivery year'),
      message: `${JSON.stringify(year)} is not a year (four digits).`,
    });
  const tivText = row.cells['TIV delivery values'] ?? '';
  let tiv = Number(tivText);
  if (tivText === '') {
    problems.push({
      severity: 'warning',
      ...at('TIV delivery values'),
      message: 'empty; the row counts as 0.',
    });
    tiv = 0;
  } else if (!/^\d+(\.\d+)?$/.test(tivText)) {
    problems.push({
      severity: 'error',
      ...at('TIV delivery values'),
      message: `${JSON.stringify(tivText)} is not a TIV (a number of millions, e.g. 12.5).`,
    });
    return undefined;
  }
  if (ends.length < 2 || !yearOk) return undefined;
  const [from, to] = ends as [SipriActor, SipriActor];
  if (from.kind === 'unknown' || to.kind === 'unknown') {
    summary.unknownRows++;
    summary.unknownTiv = round(summary.unknownTiv + tiv);
    return undefined;
  }
  return { row, from, to, year, tiv };
}

function actorOf(actor: Delivery['from']): DraftActor {
  return actor.point
    ? { id: actor.id, name: actor.name, kind: actor.kind, point: actor.point }
    : { id: actor.id, name: actor.name, kind: actor.kind };
}

type SipriTie = DraftTie & { from: string; to: string; when: { from: string; to: string } };

function tieOf(group: Delivery[], perPair: boolean): SipriTie {
  const { from, to } = group[0]!;
  const years = group.map((d) => d.year).sort();
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const total = round(group.reduce((sum, d) => sum + d.tiv, 0));
  const period = first === last ? `in ${first}` : `in ${first}–${last}`;
  return {
    id: `sipri-${from.id}-${to.id}-${perPair ? `${first}-${last}` : first}`.toLowerCase(),
    layer: 'arms',
    from: from.id,
    to: to.id,
    stance: 'cooperative',
    summary: `SIPRI's trade register records deliveries of major arms from ${from.name} to ${to.name} ${period}: ${total} million TIV.`,
    figure: { value: total, unit: TIV_UNIT },
    when: { from: first, to: last },
    evidence: group.map((d) => ({ source: SIPRI_SOURCE_ID, quote: rowQuote(d.row) })),
  };
}

export function importSipri(
  text: string,
  options: SipriOptions,
): ImportResult & { summary: SipriSummary } {
  const { file } = options;
  const register = readRegister(file, text);
  const problems = [...register.problems];
  const summary: SipriSummary = { rows: register.rows.length, unknownRows: 0, unknownTiv: 0 };
  if (problems.some((p) => p.severity === 'error' && p.row === undefined))
    return { problems, summary };

  const groups = new Map<string, Delivery[]>();
  const actors = new Map<string, DraftActor>();
  for (const row of register.rows) {
    const delivery = readDelivery(file, row, problems, summary);
    if (!delivery) continue;
    for (const end of [delivery.from, delivery.to])
      if (!actors.has(end.id)) actors.set(end.id, actorOf(end));
    const key = `${delivery.from.id}→${delivery.to.id}${options.perPair ? '' : ` ${delivery.year}`}`;
    const group = groups.get(key);
    if (group) group.push(delivery);
    else groups.set(key, [delivery]);
  }
  if (summary.unknownRows > 0) {
    problems.push({
      severity: 'warning',
      file,
      message: `${summary.unknownRows} row${summary.unknownRows === 1 ? '' : 's'} name an unknown supplier or recipient (${summary.unknownTiv} million TIV); counted here, not drawn.`,
    });
  }
  const ties = [...groups.values()]
    .map((group) => tieOf(group, options.perPair === true))
    .sort(
      (a, b) =>
        a.from.localeCompare(b.from) ||
        a.to.localeCompare(b.to) ||
        a.when.from.localeCompare(b.when.from),
    );
  const years = ties.flatMap((t) => [t.when.from, t.when.to]).sort();
  const span = years.length ? `${years[0]}–${years[years.length - 1]}` : '';
  const dataset: DraftDataset = {
    format: 'ties-map/1',
    title: `Deliveries of major arms, ${span} (SIPRI trade register)`,
    description: `Imported from ${file}: one tie per supplier–recipient pair${options.perPair ? ' over the period' : ' and delivery year'}, its width the sum of SIPRI trend-indicator values (TIV, millions).`,
    sources: [
      {
        id: SIPRI_SOURCE_ID,
        title: 'SIPRI Arms Transfers Database, trade register',
        publisher: 'Stockholm International Peace Research Institute (SIPRI)',
        published: register.generated ?? 'unknown',
        note: `Trade register export ${file}${register.generated ? `, data generated ${register.generated}` : ''}. TIV is SIPRI's trend-indicator value in millions: a measure of the military capability transferred, not a price. ${summary.unknownRows} rows with an unknown supplier or recipient are not drawn.`,
      },
    ],
    layers: [
      {
        id: 'arms',
        label: 'Arms',
        measure: { unit: TIV_UNIT, label: 'SIPRI trend-indicator value (TIV), millions' },
      },
    ],
    actors: [...actors.values()],
    ties,
  };
  for (const problem of parseDataset(dataset).errors) {
    problems.push({ severity: 'error', file, message: `${problem.path}: ${problem.message}` });
  }
  return { dataset, problems, summary };
}
