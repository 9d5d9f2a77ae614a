/**
 * fast-check mutations of a JSON document: one value somewhere in it replaced by arbitrary JSON,
 * removed, duplicated in its list, or given an unknown sibling. Near-valid datasets reach the
 * validator's deep rules, which arbitrary JSON from scratch almost never does.
 */
import fc from 'fast-check';

type Key = string | number;
type Container = Record<string, unknown> | unknown[];

/** Every path into `value` that names a child of an object or array, depth first. */
export function childPaths(value: unknown, prefix: Key[] = []): Key[][] {
  if (typeof value !== 'object' || value === null) return [];
  const keys: Key[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => [
    [...prefix, key],
    ...childPaths((value as Record<Key, unknown>)[key], [...prefix, key]),
  ]);
}

export type Mutation =
  | { op: 'replace'; pick: number; value: unknown }
  | { op: 'remove'; pick: number }
  | { op: 'duplicate'; pick: number }
  | { op: 'add-field'; pick: number; key: string; value: unknown };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constant('replace' as const),
    pick: fc.nat(),
    value: fc.jsonValue({ maxDepth: 2 }),
  }),
  fc.record({ op: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('add-field' as const),
    pick: fc.nat(),
    key: fc.string({ maxLength: 6 }),
    value: fc.jsonValue({ maxDepth: 1 }),
  }),
);

/** A deep copy of `doc` with the mutation applied (the document itself is left alone). */
export function mutate(doc: unknown, m: Mutation): unknown {
  const copy = structuredClone(doc);
  const paths = childPaths(copy);
  if (paths.length === 0) return m.op === 'replace' ? m.value : copy;
  const path = paths[m.pick % paths.length]!;
  let parent = copy as Container;
  for (const key of path.slice(0, -1)) parent = (parent as Record<Key, unknown>)[key] as Container;
  const key = path[path.length - 1]!;
  const target = (parent as Record<Key, unknown>)[key];
  if (m.op === 'replace') (parent as Record<Key, unknown>)[key] = m.value;
  else if (m.op === 'remove') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
  } else if (m.op === 'duplicate') {
    if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(target));
  } else if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
    // An own property even for "__proto__", as JSON.parse makes it.
    Object.defineProperty(target, m.key, {
      value: m.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/** Up to `max` mutations applied one after another. */
export const mutations = (max: number): fc.Arbitrary<Mutation[]> =>
  fc.array(mutation, { minLength: 1, maxLength: max });

export function mutateAll(doc: unknown, ms: readonly Mutation[]): unknown {
  return ms.reduce<unknown>((d, m) => mutate(d, m), doc);
}
