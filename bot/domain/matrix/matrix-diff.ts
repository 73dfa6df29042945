import type { Matrix, MatrixRow } from './matrix.ts';

export type RowField = 'function' | 'internal' | 'msp' | 'aliases' | 'internalContact' | 'mspContact' | 'escalationContact' | 'notes' | `extra:${string}`;

export interface FieldChange {
  readonly field: RowField;
  /** Human name of the field ("Internal", "MSP contact", or the extra column's name). */
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

export interface RowChange {
  readonly before: MatrixRow;
  readonly after: MatrixRow;
  readonly changes: readonly FieldChange[];
}

export interface MatrixDiff {
  readonly added: readonly MatrixRow[];
  readonly removed: readonly MatrixRow[];
  readonly changed: readonly RowChange[];
  readonly unchanged: number;
}

const FIELDS: ReadonlyArray<{ field: RowField; label: string; value: (row: MatrixRow) => string }> = [
  { field: 'function', label: 'Function', value: (r) => r.function },
  { field: 'internal', label: 'Internal', value: (r) => r.internal.raw },
  { field: 'msp', label: 'MSP', value: (r) => r.msp.raw },
  { field: 'aliases', label: 'Aliases', value: (r) => r.aliases.join('; ') },
  { field: 'internalContact', label: 'Internal contact', value: (r) => r.internalContact ?? '' },
  { field: 'mspContact', label: 'MSP contact', value: (r) => r.mspContact ?? '' },
  { field: 'escalationContact', label: 'Escalation contact', value: (r) => r.escalationContact ?? '' },
  { field: 'notes', label: 'Notes', value: (r) => r.notes ?? '' },
];

/** What changed from matrix a to matrix b; rows are matched by function text, ignoring case. */
export function diffMatrices(a: Matrix, b: Matrix): MatrixDiff {
  const key = (row: MatrixRow): string => row.function.trim().toLowerCase();
  const before = new Map(a.rows.map((row) => [key(row), row]));
  const afterKeys = new Set(b.rows.map(key));
  const added: MatrixRow[] = [];
  const changed: RowChange[] = [];
  let unchanged = 0;
  for (const row of b.rows) {
    const old = before.get(key(row));
    if (!old) {
      added.push(row);
      continue;
    }
    const changes = rowChanges(old, row);
    if (changes.length === 0) unchanged++;
    else changed.push({ before: old, after: row, changes });
  }
  const removed = a.rows.filter((row) => !afterKeys.has(key(row)));
  return { added, removed, changed, unchanged };
}

/** Field-by-field differences of two versions of one row (extra columns included). */
export function rowChanges(before: MatrixRow, after: MatrixRow): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const { field, label, value } of FIELDS) {
    if (value(before) !== value(after)) changes.push({ field, label, before: value(before), after: value(after) });
  }
  const extraNames = [...new Set([...Object.keys(before.extra ?? {}), ...Object.keys(after.extra ?? {})])];
  for (const name of extraNames) {
    const b = before.extra?.[name] ?? '';
    const a = after.extra?.[name] ?? '';
    if (a !== b) changes.push({ field: `extra:${name}`, label: name, before: b, after: a });
  }
  return changes;
}

/** True when the two matrices have the same rows with the same content. */
export function isSameMatrix(diff: MatrixDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}

/** One line for people: "2 added (A, B); 1 removed (C); 1 changed (D: MSP ✓ → Overflow only); 11 unchanged." */
export function summarizeDiff(diff: MatrixDiff): string {
  if (isSameMatrix(diff)) return `No changes (${diff.unchanged} ${diff.unchanged === 1 ? 'row' : 'rows'}).`;
  const parts: string[] = [];
  if (diff.added.length > 0) parts.push(`${diff.added.length} added (${names(diff.added.map((r) => r.function))})`);
  if (diff.removed.length > 0) parts.push(`${diff.removed.length} removed (${names(diff.removed.map((r) => r.function))})`);
  if (diff.changed.length > 0) parts.push(`${diff.changed.length} changed (${names(diff.changed.map((c) => describeChange(c)))})`);
  parts.push(`${diff.unchanged} unchanged`);
  return `${parts.join('; ')}.`;
}

/**
 * "Patch management: MSP ✓ → Overflow only" (the first changed field; "+2 more" when several), or with
 * `all`, every changed field: "…: MSP ✓ → Overflow only; MSP contact (empty) → Fabrikam NOC".
 */
export function describeChange(change: RowChange, options: { all?: boolean } = {}): string {
  const first = change.changes[0];
  if (!first) return change.after.function;
  const show = (text: string): string => (text === '' ? '(empty)' : text);
  const field = (c: FieldChange) => `${c.label} ${show(c.before)} → ${show(c.after)}`;
  if (options.all) return `${change.after.function}: ${change.changes.map(field).join('; ')}`;
  const more = change.changes.length > 1 ? ` (+${change.changes.length - 1} more)` : '';
  return `${change.after.function}: ${field(first)}${more}`;
}

function names(items: readonly string[], max = 3): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown}, and ${items.length - max} more` : shown;
}
