import type { Role, Side } from '../engagement/engagement.ts';

/** What Baton had answered before someone said "Not right?". */
export interface OriginalOutcome {
  readonly outcome: 'answer' | 'ambiguous' | 'gap';
  /** The row it answered with (outcome 'answer'). */
  readonly rowId?: string;
  readonly function?: string;
}

/** Who corrected: the Teams user id, the Entra object id when Teams sent it, and their place on the roster. */
export interface Corrector {
  readonly id: string;
  readonly aadObjectId?: string;
  readonly name: string;
  /** Absent for someone not on the roster (allowed only while the engagement has no manager). */
  readonly role?: Role;
  readonly side?: Side;
}

/**
 * One correction of an answer: the question as asked, the row that should have answered it (as it
 * read in the matrix version the person saw), who, when, and what Baton had said. Written with its
 * audit record in one transaction, one partition per engagement.
 */
export interface Correction {
  readonly engagementId: string;
  readonly id: string;
  readonly at: string;
  readonly question: string;
  /** The question without its asking phrase, as the resolver read it: what is learned. */
  readonly topic: string;
  readonly rowId: string;
  readonly function: string;
  readonly matrixVersion: number;
  readonly by: Corrector;
  readonly original: OriginalOutcome;
  /** Via a "did you mean" pick or the "Not right?" form. */
  readonly via: 'pick' | 'correction';
  /** The learned phrasing it created or supported. */
  readonly phrasingId: string;
  /** Whom the phrasing applied to once this correction was stored. */
  readonly appliesTo: 'everyone' | 'author';
}

export const MAX_CORRECTION_QUESTION = 500;

/** Reads an original outcome sent back by a card (untrusted): anything unknown becomes undefined. */
export function originalOutcomeOf(outcome: string, rowId: string, functionText: string | undefined): OriginalOutcome | undefined {
  if (outcome !== 'answer' && outcome !== 'ambiguous' && outcome !== 'gap') return undefined;
  return { outcome, ...(outcome === 'answer' && rowId ? { rowId, ...(functionText ? { function: functionText } : {}) } : {}) };
}
