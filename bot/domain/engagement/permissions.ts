import { isManager, type Engagement, type Person } from './engagement.ts';

export function personIn(engagement: Engagement, userId: string): Person | undefined {
  return engagement.people.find((p) => p.id === userId);
}

/**
 * Setup and matrix changes: managers of either side only. Until a manager is known (before the
 * first setup in Teams, or after a setup from the CLI), anyone in the conversation may; the person
 * who runs setup in Teams becomes their side's manager.
 */
export function canChangeMatrix(engagement: Engagement, userId: string): boolean {
  if (!engagement.setUp || !engagement.people.some((p) => isManager(p.role))) return true;
  const person = personIn(engagement, userId);
  return person !== undefined && isManager(person.role);
}

/** Assigning roles: managers only. */
export function canAssignRoles(engagement: Engagement, userId: string): boolean {
  const person = personIn(engagement, userId);
  return person !== undefined && isManager(person.role);
}

export const REFUSAL_MATRIX_CHANGE =
  'Only a manager of either side can change the matrix or the setup. Ask a manager to run it, or to give you the manager role with `role @you internal-manager`.';
