/**
 * The `flows` setting (attribute, property, URL, embed hash, `npm run render --flows`): what a
 * crowded layer draws in full (scene/top-flows.ts). `top`, the default, draws its largest edges in
 * full and lets the rest recede; `all` draws every edge in full, as the legend's "Show all" does.
 */

export type Flows = 'top' | 'all';

/** The values `flows` takes, the default first. */
export const FLOWS: readonly Flows[] = ['top', 'all'];

/** The setting a value names, or undefined when it names none (values are case-sensitive, as `renderer`'s are). */
export function parseFlows(value: string | null | undefined): Flows | undefined {
  return (FLOWS as readonly (string | null | undefined)[]).includes(value)
    ? (value as Flows)
    : undefined;
}
