import fc from 'fast-check';

/**
 * Shared arbitraries for the fuzz suite: text that breaks naive parsers, values of every JSON type,
 * deep nesting, and mutations of valid samples (a field's type changed, a field dropped, a huge or
 * awkward value put in its place). Runs stay bounded (see RUNS): the whole suite is part of `npm test`.
 */

/** numRuns per property: small, as `npm test` runs the suite on every change (fast-check prints the seed on failure). */
export const RUNS = { pure: 300, http: 60 } as const;

/** Pieces of text that break line-, regex- or markup-based readers. */
export const AWKWARD_TEXT = [
  '\u2028',
  '\u2029',
  '\u0000',
  '\u0085',
  '\ufeff',
  '\ufffe',
  '\r',
  '\n',
  '\r\n',
  '\t',
  '\u00a0',
  '\u200b',
  '\ud800',
  '\udfff',
  '\ud83d\ude00',
  '\u0301',
  '\u202e',
  '"',
  "'",
  '\\',
  '{',
  '}',
  '[',
  ']',
  '|',
  ',',
  ';',
  '<',
  '>',
  '&',
  '&amp;',
  '&#x2028;',
  '&#0;',
  '&#xD800;',
  '<at>Baton</at>',
  '<at>',
  '</at>',
  '<br>',
  '<br/>',
  '<p>',
  '</p>',
  '<table>',
  '<td>',
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  '${x}',
  '{{x}}',
  '=cmd|',
  '@SUM(1)',
  '%s',
  '%n',
  '\\u0000',
];

/** A string of any code points, lone surrogates and the awkward pieces. */
export function awkwardString(maxLength = 40): fc.Arbitrary<string> {
  const unit = fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    { weight: 2, arbitrary: fc.constantFrom(...AWKWARD_TEXT) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
  );
  return fc.string({ unit, maxLength });
}

/** Any JSON value, its strings awkward. */
export const jsonish: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.anything({ maxDepth: 3, key: awkwardString(12), values: [awkwardString(20), fc.integer(), fc.double(), fc.boolean(), fc.constant(null)] }),
  awkwardString(60),
);

/** Nested `depth` levels: {"a":{"a":…}} or [[…]], built without recursion. */
export function nested(depth: number, kind: 'object' | 'array' = 'object', leaf: unknown = 1): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = kind === 'object' ? { a: value } : [value];
  return value;
}

/** The same as text (JSON.stringify would recurse). */
export function nestedText(depth: number, kind: 'object' | 'array' = 'object', leaf = '1'): string {
  return kind === 'object' ? `${'{"a":'.repeat(depth)}${leaf}${'}'.repeat(depth)}` : `${'['.repeat(depth)}${leaf}${']'.repeat(depth)}`;
}

/** Special values a mutation may put in a field. */
export const replacement: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: jsonish },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      '',
      ' ',
      null,
      0,
      -1,
      1e308,
      -0,
      true,
      [],
      {},
      '2026-02-30T00:00:00Z',
      '0001-01-01T00:00:00Z',
      'not a date',
      'http://',
      'javascript:alert(1)',
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 200_000 }).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 40_000 }).map((n) => '✓'.repeat(n)) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 3_000 }), fc.constantFrom<'object' | 'array'>('object', 'array')).map(([d, k]) => nested(d, k)) },
);

type Path = readonly (string | number)[];

/** Paths to the values inside `value` (objects and arrays, the root excluded), down to `maxDepth` levels. */
export function pathsOf(value: unknown, prefix: Path = [], maxDepth = 8): Path[] {
  if (typeof value !== 'object' || value === null || prefix.length >= maxDepth) return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k], maxDepth)]);
}

export type Mutation =
  | { readonly op: 'set'; readonly at: number; readonly value: unknown }
  | { readonly op: 'drop'; readonly at: number }
  | { readonly op: 'add'; readonly at: number; readonly key: string; readonly value: unknown };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: replacement }),
  fc.record({ op: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('add' as const), at: fc.nat(), key: fc.oneof(awkwardString(10), fc.constantFrom('__proto__', 'constructor', 'toString')), value: replacement }),
);

/** An own, enumerable property even when the key is "__proto__" (assignment would set the prototype). */
function put(target: any, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function shallowCopy(node: any): any {
  if (Array.isArray(node)) return [...node];
  const out = {};
  for (const [k, v] of Object.entries(node)) put(out, k, v);
  return out;
}

/**
 * `sample` with the mutations applied, each at a path chosen by index. Only the nodes on a path are
 * copied (a replacement may be nested thousands deep: no recursive clone), the sample is untouched.
 */
export function mutate(sample: unknown, mutations: readonly Mutation[]): unknown {
  let out = sample;
  for (const m of mutations) {
    const paths = pathsOf(out);
    if (paths.length === 0) break;
    const path = paths[m.at % paths.length]!;
    const root = shallowCopy(out);
    let parent = root;
    for (const key of path.slice(0, -1)) {
      const child = shallowCopy(parent[key]);
      put(parent, key, child);
      parent = child;
    }
    const key = path[path.length - 1]!;
    if (m.op === 'set') put(parent, key, m.value);
    else if (m.op === 'drop') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else {
      const target = parent[key];
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
        const copy = shallowCopy(target);
        put(copy, m.key, m.value);
        put(parent, key, copy);
      } else put(parent, key, m.value);
    }
    out = root;
  }
  return out;
}

/** JSON text of a value that may be nested too deeply for JSON.stringify (falls back to a marker). */
export function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'null';
  } catch {
    return '"unserialisable"';
  }
}
