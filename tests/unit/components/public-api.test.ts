/**
 * The element's API is declared on the class (`TiesMap`, with Lit's `static properties`) and
 * described for the package's types in src/components/public.ts, which must not name Lit. The two
 * must list the same members, each with the same attribute; and the events the element says are
 * the ones events.ts types, with their details.
 */
import { readFileSync } from 'node:fs';
import type { LitElement } from 'lit';
import { describe, expect, it } from 'vitest';
import type { TiesMapEventMap } from '../../../src/components/events.ts';
import type { TiesHost } from '../../../src/components/host.ts';
import type { TiesMapElement, TiesMapRenderer } from '../../../src/components/public.ts';
import type { TiesMap } from '../../../src/components/ties-map/ties-map.component.ts';

/** Members the controllers, tests and the bench use (`@internal`: not in custom-elements.json). */
type Internal =
  | 'strings'
  | 'model'
  | 'datasetLang'
  | 'view'
  | 'derived'
  | 'mapRenderer'
  | 'dispatch'
  | 'emit'
  | 'announce';
/** The class's own public members: what it adds to LitElement, less the internal ones. */
type ClassApi = Exclude<keyof TiesMap, keyof LitElement | Internal>;
/** public.ts's members: what TiesMapElement adds to HTMLElement. */
type PublicApi = Exclude<keyof TiesMapElement, keyof HTMLElement>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// Checked by `tsc --noEmit` (tests/ is in tsconfig.json): a member on one side only is a type error
// here, naming the member.
export const classHasNoOtherMember: Same<Exclude<ClassApi, PublicApi>, never> = true;
export const publicHasNoOtherMember: Same<
  Exclude<PublicApi, ClassApi | 'updateComplete'>,
  never
> = true;
// The class spells the renderer's values out (custom-elements.json lists them for editors, and
// would name an alias instead): they are public.ts's TiesMapRenderer, the one renderer-mode union.
export const rendererValues: Same<TiesMap['renderer'], TiesMapRenderer | null> = true;
// Each property's type on the class is one public.ts allows.
export const classFitsPublic = (element: TiesMap): TiesMapElement => element;

/** `emit` takes the event map's names and details only. Never called: tsc checks the calls. */
export function emitIsTyped(host: TiesHost): void {
  host.emit('ties-ready', { actors: 1, ties: 2 });
  host.emit('ties-error', { type: 'fetch', errors: [] });
  // @ts-expect-error -- not one of the element's events
  host.emit('ties-redy', { actors: 1, ties: 2 });
  // @ts-expect-error -- ties-drawn says which renderer drew, not a count
  host.emit('ties-drawn', { ties: 2 });
  // @ts-expect-error -- the error types are events.ts's TiesErrorType
  host.emit('ties-error', { type: 'timeout', errors: [] });
  const names: (keyof TiesMapEventMap)[] = [
    'ties-ready',
    'ties-drawn',
    'ties-error',
    'ties-select',
  ];
  void names;
}

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const classSource = read('../../../src/components/ties-map/ties-map.component.ts');
const publicSource = read('../../../src/components/public.ts');

/** Lit's `static properties`: property name → attribute (null: property only), state excluded. */
function declaredProperties(): Map<string, string | null> {
  const block = /static override properties = \{([\s\S]*?)\n {2}\};/.exec(classSource)?.[1] ?? '';
  const entries = [...block.matchAll(/^\s+(\w+): \{([^}]*)\}/gm)].filter(
    ([, , options]) => !/state: true/.test(options!),
  );
  return new Map(
    entries.map(([, name, options]) => {
      const attribute = /attribute: (false|'([\w-]+)')/.exec(options!);
      return [name!, attribute ? (attribute[2] ?? null) : name!.toLowerCase()];
    }),
  );
}

/** public.ts's TiesMapProperties: member name → the attribute its comment names (null: "property only"). */
function documentedProperties(): Map<string, string | null> {
  const block = /export interface TiesMapProperties \{([\s\S]*?)\n\}/.exec(publicSource)?.[1] ?? '';
  return new Map(
    [...block.matchAll(/\/\*\*([^*]*(?:\*(?!\/)[^*]*)*)\*\/\s*(\w+):/g)].map(([, doc, name]) => {
      const attribute = /\(attribute `([\w-]+)`/.exec(doc!)?.[1];
      return [name!, attribute ?? (/property only/.test(doc!) ? null : 'undocumented')];
    }),
  );
}

describe("public.ts and the element's class", () => {
  it('declare the same properties, each with the same attribute', () => {
    const declared = declaredProperties();
    expect(declared.size).toBeGreaterThan(15);
    expect(Object.fromEntries(documentedProperties())).toEqual(Object.fromEntries(declared));
  });

  it("document every attribute in the class's JSDoc (custom-elements.json's source)", () => {
    const documented = new Set([...classSource.matchAll(/@attr ([\w-]+)/g)].map((m) => m[1]));
    const attributes = [...declaredProperties().values()].filter((a): a is string => a !== null);
    expect(attributes.filter((a) => !documented.has(a))).toEqual([]);
  });
});
