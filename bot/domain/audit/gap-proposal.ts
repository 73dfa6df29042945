/** A question no row covered, and the owner someone proposed for it: kept for the quarterly review. */
export interface GapProposal {
  readonly engagementId: string;
  readonly id: string;
  readonly at: string;
  readonly question: string;
  /** The function the proposer would add to the matrix. */
  readonly proposedFunction: string;
  readonly proposedOwner: 'internal' | 'msp' | 'joint';
  readonly note?: string;
  readonly proposerId: string;
  readonly proposerName: string;
  readonly status: 'open' | 'accepted' | 'rejected';
}

const MAX_TEXT = 200;

/** Checks a proposal typed by a user; returns problems in plain words (empty when fine). */
export function validateGapProposal(input: { proposedFunction: string; proposedOwner: string; note?: string }): string[] {
  const problems: string[] = [];
  const fn = input.proposedFunction.trim();
  if (fn === '') problems.push('Name the function to add to the matrix.');
  if (fn.length > MAX_TEXT) problems.push(`The function name is longer than ${MAX_TEXT} characters.`);
  if (!['internal', 'msp', 'joint'].includes(input.proposedOwner)) problems.push('Choose who should own it: internal, MSP or joint.');
  if ((input.note ?? '').length > 1000) problems.push('The note is longer than 1000 characters.');
  return problems;
}
