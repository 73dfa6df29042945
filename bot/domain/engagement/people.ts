import type { Engagement, Person, Role } from './engagement.ts';

export const ROLES: readonly Role[] = ['internal-it', 'msp-engineer', 'internal-manager', 'msp-manager'];

export function isRole(text: string): text is Role {
  return (ROLES as readonly string[]).includes(text);
}

/** Marks a person away until an instant; someone not yet known joins as internal IT (away is about the internal person). */
export function setAway(engagement: Engagement, who: { id: string; name: string }, until: string, at: string): Engagement {
  const existing = engagement.people.find((p) => p.id === who.id);
  const person: Person = existing ? { ...existing, awayUntil: until } : { id: who.id, name: who.name, role: 'internal-it', awayUntil: until };
  return { ...engagement, people: [...engagement.people.filter((p) => p.id !== who.id), person], updatedAt: at };
}

export function setBack(engagement: Engagement, whoId: string, at: string): Engagement | undefined {
  const existing = engagement.people.find((p) => p.id === whoId);
  if (!existing?.awayUntil) return undefined;
  const { awayUntil: _gone, ...rest } = existing;
  return { ...engagement, people: engagement.people.map((p) => (p.id === whoId ? rest : p)), updatedAt: at };
}

export function setRole(engagement: Engagement, who: { id: string; name: string }, role: Role, at: string): Engagement {
  const existing = engagement.people.find((p) => p.id === who.id);
  const person: Person = existing ? { ...existing, role, name: who.name || existing.name } : { id: who.id, name: who.name, role };
  return { ...engagement, people: [...engagement.people.filter((p) => p.id !== who.id), person], updatedAt: at };
}

/** Whether the person said they are away, until a moment after `at`. */
export function isAway(person: Person, at: Date): boolean {
  return person.awayUntil !== undefined && Date.parse(person.awayUntil) > at.getTime();
}
