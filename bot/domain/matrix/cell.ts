/**
 * One cell of the responsibility matrix: what a side's column says about a function.
 * The raw text is kept verbatim so import(export(m)) = m; the kind is derived from it.
 */
export type CellKind = 'owns' | 'none' | 'joint' | 'qualified';

export interface Cell {
  /** Exactly what the matrix says ("✓", "—", "Joint", "Overflow only", ""). */
  readonly raw: string;
  readonly kind: CellKind;
}

const OWNS = new Set(['✓', '✔', '✔️', '☑', '☑️', '✅', 'x', 'yes', 'y', 'owns', 'owner', 'true', 'primary', '1']);
const NONE = new Set(['', '—', '–', '-', '--', 'no', 'n', 'none', 'n/a', 'na', 'false', '0', '✗', '✘', '❌']);
const JOINT = new Set(['joint', 'shared', 'both', 'co-owned', 'jointly']);

export function parseCell(raw: string): Cell {
  const text = raw.trim();
  const key = text.toLowerCase();
  if (OWNS.has(key)) return { raw: text, kind: 'owns' };
  if (NONE.has(key)) return { raw: text, kind: 'none' };
  if (JOINT.has(key)) return { raw: text, kind: 'joint' };
  return { raw: text, kind: 'qualified' };
}
