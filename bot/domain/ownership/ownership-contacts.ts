import { otherSide, sideProfile, type Engagement, type Side } from '../engagement/engagement.ts';
import type { MatrixRow } from '../matrix/matrix.ts';
import { isAway } from '../engagement/people.ts';
import { MANAGER_ROLE, WORKER_ROLE } from './availability.ts';

/** The row's own contact for a side ("Internal contact" / "MSP contact" column), if any. */
export function rowContact(row: MatrixRow, side: Side): string | undefined {
  return side === 'internal' ? row.internalContact : row.mspContact;
}

/**
 * Whom to contact on each on-point side: the row's contact for that side, else its hands-on people
 * who are not away, else its managers who are not away, else the side's name.
 */
export function contactsNow(row: MatrixRow, engagement: Engagement, sides: readonly Side[], at: Date): string[] {
  const names: string[] = [];
  for (const side of sides) {
    const contact = rowContact(row, side);
    if (contact) {
      names.push(contact);
      continue;
    }
    const present = (role: string): string[] => engagement.people.filter((p) => p.role === role && !isAway(p, at)).map((p) => p.name);
    const workers = present(WORKER_ROLE[side]);
    const managers = present(MANAGER_ROLE[side]);
    names.push(...(workers.length > 0 ? workers : managers.length > 0 ? managers : [sideProfile(engagement, side).name]));
  }
  return unique(names);
}

/**
 * Whom to escalate to: the row's escalation contact; else the managers (not away) of the on-point
 * sides; else the other side; for a gap, the managers of both sides or both sides' names.
 */
export function escalationTargets(row: MatrixRow, engagement: Engagement, onPoint: readonly Side[], at: Date): string[] {
  if (row.escalationContact) return [row.escalationContact];
  const sides: readonly Side[] = onPoint.length > 0 ? onPoint : ['internal', 'msp'];
  const managers = engagement.people.filter((p) => sides.some((s) => p.role === MANAGER_ROLE[s]) && !isAway(p, at)).map((p) => p.name);
  if (managers.length > 0) return unique(managers);
  if (onPoint.length === 1) return [sideProfile(engagement, otherSide(onPoint[0]!)).name];
  return unique(sides.map((s) => sideProfile(engagement, s).name));
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}
