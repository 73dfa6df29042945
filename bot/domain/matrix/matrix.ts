import type { Cell } from './cell.ts';

/** One function of the responsibility matrix and who does it. */
export interface MatrixRow {
  /** Stable id within a matrix, derived from the function text at import (slug). */
  readonly id: string;
  /** The function exactly as written in the matrix ("Patch management for servers"). */
  readonly function: string;
  readonly internal: Cell;
  readonly msp: Cell;
  /** Other words people use for this function (optional column "Aliases", separated by ";"). */
  readonly aliases: readonly string[];
  readonly internalContact?: string;
  readonly mspContact?: string;
  readonly escalationContact?: string;
  readonly notes?: string;
  /** Columns we do not interpret, kept so export is lossless: header → value. */
  readonly extra?: Readonly<Record<string, string>>;
}

export interface Matrix {
  readonly rows: readonly MatrixRow[];
  /** Names of extra (uninterpreted) columns, in their original order. */
  readonly extraColumns?: readonly string[];
}

/** A published version of an engagement's matrix. Versions start at 1 and only grow. */
export interface MatrixVersion {
  readonly engagementId: string;
  readonly version: number;
  readonly author: string;
  /** ISO 8601 instant. */
  readonly at: string;
  readonly reason: string;
  readonly matrix: Matrix;
}

/** Lower-case, ascii-ish slug used for row ids. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'row';
}

/** Gives every row a unique id derived from its function text (suffix -2, -3 on repeats). */
export function assignRowIds<T extends { function: string }>(rows: readonly T[]): Array<T & { id: string }> {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const base = slugify(row.function);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { ...row, id: n === 1 ? base : `${base}-${n}` };
  });
}
