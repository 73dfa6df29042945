import type { OwnerKind } from '../../../cards/owner-kind.ts';
import { primaryOwner } from '../../domain/matrix/matrix-summary.ts';
import type { MatrixRow } from '../../domain/matrix/matrix.ts';

/** The card's owner kind for a row: internal, msp, joint, or none (a gap). */
export function ownerKindOf(row: Pick<MatrixRow, 'internal' | 'msp'>): OwnerKind {
  return primaryOwner(row) ?? 'none';
}
