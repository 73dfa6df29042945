import { isManager, sideOfRole, type Engagement } from '../engagement/engagement.ts';
import { personIn } from '../engagement/permissions.ts';
import type { Corrector } from './correction.ts';

/** What a person may do with an answer that was not right. */
export interface CorrectionRights {
  /** May record a correction at all. */
  readonly mayCorrect: boolean;
  /** A manager's correction teaches everyone at once. */
  readonly teachesEveryone: boolean;
}

const anyManager = (engagement: Engagement) => engagement.people.some((p) => isManager(p.role));

/**
 * Everyone on the roster may correct; a manager's correction applies to everyone. Before the
 * engagement has a manager (set up from the CLI), anyone in the conversation may, as with the matrix.
 */
export function correctionRights(engagement: Engagement, userId: string): CorrectionRights {
  const person = personIn(engagement, userId);
  if (person) return { mayCorrect: true, teachesEveryone: isManager(person.role) };
  return { mayCorrect: !anyManager(engagement), teachesEveryone: false };
}

/** Confirming or dropping what Baton learned: managers (anyone while there is none), as for the matrix. */
export function mayManageLearned(engagement: Engagement, userId: string): boolean {
  if (!anyManager(engagement)) return true;
  const person = personIn(engagement, userId);
  return person !== undefined && isManager(person.role);
}

export function correctorOf(engagement: Engagement, actor: { id: string; name: string; aadObjectId?: string }): Corrector {
  const person = personIn(engagement, actor.id);
  return {
    id: actor.id,
    ...(actor.aadObjectId ? { aadObjectId: actor.aadObjectId } : {}),
    name: actor.name || person?.name || 'Someone',
    ...(person ? { role: person.role, side: sideOfRole(person.role) } : {}),
  };
}

export const REFUSAL_CORRECTION =
  'Only people on this team’s roster can correct Baton’s answers (internal IT, MSP engineers and managers). Ask a manager to add you with `role @you internal-it` or `role @you msp-engineer`, then send your choice again: it is kept below.';

export const REFUSAL_LEARNED =
  'Only a manager of either side can confirm or drop what Baton learned from corrections. Ask a manager, or to be given the role (`role @you internal-manager`).';
