import { createHash } from 'node:crypto';

const RECENT_LIMIT = 10_000;
/** Binding key → id, for the bindings seen lately. */
const recent = new Map<string, string>();

/**
 * An engagement is bound to a Teams team (tenant + team id) or, outside teams, to a chat
 * (tenant + conversation id). Its id is derived from that binding so every channel of a team
 * shares one engagement, and it is short enough to type in the CLI ("e-3fk9q2m7xw1c").
 */
export function engagementIdFor(binding: { tenantId: string; teamId?: string; conversationId: string }): string {
  const key = binding.teamId ? `team|${binding.tenantId}|${binding.teamId}` : `chat|${binding.tenantId}|${binding.conversationId}`;
  const known = recent.get(key);
  if (known !== undefined) return known;
  const id = idOf(key);
  // Every turn asks; a hash per turn is wasted work. Bounded: an old binding just hashes again.
  if (recent.size >= RECENT_LIMIT) recent.clear();
  recent.set(key, id);
  return id;
}

function idOf(key: string): string {
  const digest = createHash('sha256').update(key).digest();
  const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
  let id = '';
  for (let i = 0; i < 12; i++) id += alphabet[digest[i]! % 32];
  return `e-${id}`;
}

export const ENGAGEMENT_ID_PATTERN = /^e-[0-9a-z]{12}$/;
