import { parseCell } from '../../bot/domain/matrix/cell.ts';
import { cleanCellText } from '../../bot/domain/matrix/cell-text.ts';
import { assignRowIds, type Matrix, type MatrixRow } from '../../bot/domain/matrix/matrix.ts';

/** A small seeded PRNG (mulberry32): the same seed gives the same matrices on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Characters that stress both formats: separators, quotes, pipes, backslashes, markup, unicode. */
const ALPHABET = [...'abcdefghijklmnopqrstuvwxyz', ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', ...'0123456789', ...' ,;"\'|\\/()[]{}:#*-_+=&<>.!?%$@`~^', '\t', ...'✓✔—–éüßçøñ中文日本語ä😀'];

const CELL_WORDS = ['✓', '—', '-', '', 'Joint', 'Overflow only', 'When internal unavailable', 'After hours', 'Advanced changes only', 'yes', 'no', 'x', 'Shared', 'n/a'];

export interface GeneratorOptions {
  readonly maxRows?: number;
}

/** A random matrix in canonical form (the form parseMatrix produces), with unique functions. */
export function randomMatrix(random: () => number, options: GeneratorOptions = {}): Matrix {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (p: number): boolean => random() < p;
  const text = (min: number, max: number): string => {
    const length = min + Math.floor(random() * (max - min + 1));
    let out = '';
    for (let i = 0; i < length; i++) out += pick(ALPHABET);
    return canonical(out);
  };
  const cell = (): string => (chance(0.6) ? pick(CELL_WORDS) : text(0, 20));
  const extraColumns = chance(0.4) ? uniqueNames(random, Math.floor(random() * 3) + 1, () => text(1, 12)) : [];
  const optional = { aliases: chance(0.5), internalContact: chance(0.3), mspContact: chance(0.3), escalationContact: chance(0.3), notes: chance(0.4) };
  const rowCount = 1 + Math.floor(random() * (options.maxRows ?? 25));
  const functions = uniqueNames(random, rowCount, () => text(1, 40));
  const rows = functions.map((fn) => {
    const aliases =
      optional.aliases && chance(0.7)
        ? Array.from({ length: 1 + Math.floor(random() * 3) }, () => text(1, 15).replace(/;/g, ''))
            .map(canonical)
            .filter((a) => a !== '')
        : [];
    const row: Omit<MatrixRow, 'id'> = {
      function: fn,
      internal: parseCell(cell()),
      msp: parseCell(cell()),
      aliases,
      ...optionalField('internalContact', optional.internalContact && chance(0.6), () => text(1, 20)),
      ...optionalField('mspContact', optional.mspContact && chance(0.6), () => text(1, 20)),
      ...optionalField('escalationContact', optional.escalationContact && chance(0.6), () => text(1, 20)),
      ...optionalField('notes', optional.notes && chance(0.6), () => text(1, 60)),
      ...(extraColumns.length > 0 ? { extra: Object.fromEntries(extraColumns.map((name) => [name, chance(0.7) ? text(0, 15) : ''])) } : {}),
    };
    return row;
  });
  return { rows: assignRowIds(rows), ...(extraColumns.length > 0 ? { extraColumns } : {}) };
}

function optionalField<K extends string>(key: K, present: boolean, make: () => string): Partial<Record<K, string>> {
  if (!present) return {};
  const value = make();
  return value === '' ? {} : ({ [key]: value } as Record<K, string>);
}

/** The canonical cell form: single spaces, trimmed, no line-structure tags (as the importer keeps cells). */
function canonical(text: string): string {
  return cleanCellText(text);
}

function uniqueNames(random: () => number, count: number, make: () => string): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (let attempts = 0; names.length < count && attempts < count * 20; attempts++) {
    const name = make();
    if (name === '' || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  if (names.length === 0) names.push(`f${Math.floor(random() * 1e6)}`);
  return names;
}
