/** Who owns a matrix row, as the cards show it: one side, both (Joint), or nobody (a gap). */
export type OwnerKind = 'internal' | 'msp' | 'joint' | 'none';

/** A side's cell for display: empty means the side has no part ("—"). */
export function cellDisplay(cell: string): string {
  return cell.trim() === '' ? '—' : cell;
}
