import type { Side } from '../engagement/engagement.ts';
import type { PrimaryOwner } from '../matrix/matrix-summary.ts';

/**
 * Who owns a row, in the words every card uses: the primary owner by the matrix's one rule
 * (matrix-summary's primaryOwner), and the other side's limited part when its cell names one
 * ("owned by Contoso IT · Fabrikam MSP: Overflow only"). A qualifier beside an owner is not Joint.
 */
export function ownerLine(
  primary: PrimaryOwner | null,
  cells: { readonly internal: string; readonly msp: string },
  names: { readonly internal: string; readonly msp: string },
): string {
  if (primary === null) return 'nobody owns this row';
  if (primary === 'joint') return `Joint (${names.internal} and ${names.msp})`;
  const other: Side = primary === 'internal' ? 'msp' : 'internal';
  const part = cells[other].trim();
  const limited = part !== '' && !/^[—–-]+$/.test(part) && !/^no$/i.test(part) ? ` · ${names[other]}: ${part}` : '';
  return `owned by ${names[primary]}${limited}`;
}
