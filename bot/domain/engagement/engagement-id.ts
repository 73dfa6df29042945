import { createHash } from 'node:crypto';

/**
 * An engagement is bound to a Teams team (tenant + team id) or, outside teams, to a chat
 * (tenant + conversation id). Its id is derived from that binding so every channel of a team
 * shares one engagement, and it is short enough to type in the CLI ("e-3fk9q2m7xw1c").
 */
export function engagementIdFor(binding: { tenantId: string; teamId?: string; conversationId: string }): string {
  const key = binding.teamId ? `team|${binding.tenantId}|${binding.teamId}` : `chat|${binding.tenantId}|${binding.conversationId}`;
  const digest = createHash('sha256').update(key).digest();
  const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
  let id = '';
  for (let i = 0; i < 12; i++) id += alphabet[digest[i]! % 32];
  return `e-${id}`;
}

export const ENGAGEMENT_ID_PATTERN = /^e-[0-9a-z]{12}$/;
