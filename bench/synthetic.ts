/**
 * A seeded synthetic `ties-map/1` dataset for the scale benchmarks: `ties` ties among `actors`
 * actors (countries from the shipped geodata, plus organisations placed by a point), with the unit
 * mix of the shipped dataset: most energy and arms ties carry a figure in a handful of units,
 * most diplomatic ties carry none, about one in ten is adversarial, some have ended.
 *
 * `npx tsx bench/synthetic.ts 10000 200 > big.json` writes one; the bench calls `syntheticDataset`.
 */
import { places } from '../src/geo/places.ts';
import type { Actor, Dataset, Figure, Tie } from '../src/data/types.ts';

/** Park–Miller LCG as in d3.randomLcg: the same seed gives the same dataset on every machine. */
export function lcg(seed: number): () => number {
  let state = (seed >>> 0) % 2147483647 || 1;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

interface UnitMix {
  weight: number;
  unit: string | null;
  of?: string;
  max: number;
}

/** Units per layer, weighted as the shipped dataset uses them (null: a tie with no figure). */
const UNITS: Record<string, UnitMix[]> = {
  energy: [
    { weight: 4, unit: 'bcm', of: 'gas imports', max: 60 },
    { weight: 3, unit: '%', of: 'oil imports', max: 70 },
    { weight: 2, unit: 'US$ m', max: 5000 },
    { weight: 1, unit: null, max: 0 },
  ],
  arms: [
    { weight: 3, unit: '%', of: 'arms imports', max: 70 },
    { weight: 3, unit: 'US$ m', max: 3000 },
    { weight: 1, unit: 'troops', max: 5000 },
    { weight: 2, unit: null, max: 0 },
  ],
  diplomatic: [
    { weight: 1, unit: 'agreements', max: 12 },
    { weight: 4, unit: null, max: 0 },
  ],
};

function pick<T extends { weight: number }>(random: () => number, items: readonly T[]): T {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let r = random() * total;
  for (const item of items) {
    r -= item.weight;
    if (r < 0) return item;
  }
  return items[items.length - 1]!;
}

export function syntheticDataset(tieCount: number, actorCount = 200, seed = 42): Dataset {
  const random = lcg(seed);
  const countryIds = Object.keys(places)
    .filter((id) => /^[A-Z]{3}$/.test(id))
    .sort();
  const countries = Math.min(countryIds.length, Math.round(actorCount * 0.85));
  const actors: Actor[] = [];
  // Spread the chosen countries over the list (every k-th) so they cover the world, not one letter.
  for (let i = 0; i < countries; i++) {
    const id = countryIds[Math.floor((i * countryIds.length) / countries)]!;
    actors.push({ id, name: places[id]!.name, kind: 'country' });
  }
  for (let i = actors.length; i < actorCount; i++) {
    actors.push({
      id: `ORG-${i}`,
      name: `Organisation ${i}`,
      kind: 'organisation',
      point: [
        Math.round((random() * 300 - 150) * 100) / 100,
        Math.round((random() * 120 - 55) * 100) / 100,
      ],
    });
  }
  const layers = ['energy', 'arms', 'diplomatic'];
  const ties: Tie[] = [];
  for (let i = 0; i < tieCount; i++) {
    // A few hubs take many ties, as in real data: squaring the uniform skews towards low indices.
    const from = actors[Math.floor(random() ** 2 * actors.length)]!;
    let to = actors[Math.floor(random() * actors.length)]!;
    if (to === from) to = actors[(actors.indexOf(from) + 1) % actors.length]!;
    const layer = layers[Math.floor(random() * layers.length)]!;
    const mix = pick(random, UNITS[layer]!);
    const start = 1995 + Math.floor(random() * 31);
    const figure: Figure | undefined =
      mix.unit === null
        ? undefined
        : {
            value: Math.round(random() * mix.max * 10) / 10,
            unit: mix.unit,
            ...(mix.of ? { of: `${to.name}'s ${mix.of}` } : {}),
          };
    const tie: Tie = {
      id: `t${i}`,
      layer,
      from: from.id,
      to: to.id,
      stance: random() < 0.1 ? 'adversarial' : 'cooperative',
      summary: `${from.name} and ${to.name}: synthetic ${layer} tie ${i}`,
      ...(figure ? { figure } : {}),
      when:
        random() < 0.3
          ? {
              from: String(start),
              to: String(Math.min(2026, start + 1 + Math.floor(random() * 5))),
            }
          : { from: String(start) },
      ...(random() < 0.05 ? { ended: String(Math.min(2026, start + 2)) } : {}),
      evidence: [
        {
          source: 'synthetic',
          quote: `Synthetic quote ${i}: ${from.name} and ${to.name} have a ${layer} tie.`,
        },
      ],
    };
    ties.push(tie);
  }
  return {
    format: 'ties-map/1',
    title: `Synthetic: ${tieCount.toLocaleString('en-US')} ties, ${actorCount} actors`,
    sources: [
      {
        id: 'synthetic',
        title: 'Synthetic benchmark data',
        publisher: 'ties-map bench',
        published: '2026-11',
      },
    ],
    layers: [
      { id: 'energy', label: 'Energy' },
      { id: 'arms', label: 'Arms' },
      { id: 'diplomatic', label: 'Diplomatic' },
    ],
    actors,
    ties,
    scenes: [],
  };
}

// Run as a command (not when imported, also by browser tests, where there is no `process`).
const argv = typeof process === 'undefined' ? [] : process.argv;
if (argv[1] && import.meta.url === new URL(argv[1], 'file://').href) {
  const [ties = '10000', actors = '200', seed = '42'] = argv.slice(2);
  process.stdout.write(
    JSON.stringify(syntheticDataset(Number(ties), Number(actors), Number(seed))),
  );
}
