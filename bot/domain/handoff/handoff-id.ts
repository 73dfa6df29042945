import { randomBytes } from 'node:crypto';

/** Letters and digits that cannot be mistaken for one another when typed ("handoff h-7k3m9q2x"). */
const ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';

export const HANDOFF_ID_PATTERN = /^h-[2-9a-hjkmnp-z]{8}$/;

/** A short random id people can type. */
export function newHandoffId(): string {
  const bytes = randomBytes(8);
  let id = '';
  for (const b of bytes) id += ALPHABET[b % ALPHABET.length];
  return `h-${id}`;
}
