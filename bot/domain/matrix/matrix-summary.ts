import type { Cell } from './cell.ts';
import type { Matrix, MatrixRow } from './matrix.ts';

export type OwnerLabel = 'Internal' | 'MSP' | 'Joint';
export type PrimaryOwner = 'internal' | 'msp' | 'joint';

/**
 * The primary owner of a row: owns vs nothing or a qualifier → that side; owns on both sides or
 * Joint on either → joint; a qualifier vs nothing → that side; qualifier vs qualifier → joint;
 * nothing on both sides → null (a gap).
 */
export function primaryOwner(row: Pick<MatrixRow, 'internal' | 'msp'>): PrimaryOwner | null {
  const i = row.internal.kind;
  const m = row.msp.kind;
  if (i === 'joint' || m === 'joint') return 'joint';
  if (i === 'owns' && m === 'owns') return 'joint';
  if (i === 'owns') return 'internal';
  if (m === 'owns') return 'msp';
  if (i === 'qualified' && m === 'qualified') return 'joint';
  if (i === 'qualified') return 'internal';
  if (m === 'qualified') return 'msp';
  return null;
}

const LABEL: Readonly<Record<PrimaryOwner, OwnerLabel>> = { internal: 'Internal', msp: 'MSP', joint: 'Joint' };

/** The primary owner in one word: 'Internal' | 'MSP' | 'Joint', or null when nobody owns the row. */
export function ownerLabel(row: Pick<MatrixRow, 'internal' | 'msp'>): OwnerLabel | null {
  const owner = primaryOwner(row);
  return owner ? LABEL[owner] : null;
}

export interface RowsBySide {
  readonly internal: readonly MatrixRow[];
  readonly msp: readonly MatrixRow[];
  readonly joint: readonly MatrixRow[];
  readonly unowned: readonly MatrixRow[];
}

/** The rows grouped by primary owner, in matrix order (for `ours`, `msp`, `joint` and `matrix`). */
export function rowsBySide(matrix: Matrix): RowsBySide {
  const groups = { internal: [] as MatrixRow[], msp: [] as MatrixRow[], joint: [] as MatrixRow[], unowned: [] as MatrixRow[] };
  for (const row of matrix.rows) groups[primaryOwner(row) ?? 'unowned'].push(row);
  return groups;
}

/** A cell as shown to people: its raw text, or "—" when empty. */
export function cellText(cell: Cell): string {
  return cell.raw === '' ? '—' : cell.raw;
}
