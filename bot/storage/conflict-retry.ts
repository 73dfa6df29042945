import { ConcurrencyError } from './concurrency-error.ts';

/**
 * The one compare-and-set retry policy of Baton: read, change, write conditionally (ETag); when
 * someone else wrote first (a ConcurrencyError), wait a short random moment and do it all again.
 *
 * Bound: CONFLICT_ATTEMPTS attempts in all. The hardest realistic case is everyone on a card
 * changing one record at the same moment and each change having to get through (a standup answered
 * by a whole team at 09:31, 50 people in the tests); test/storage/conflict-retry.test.ts runs 50
 * such writers on Azurite through the real stores and records how many attempts the unluckiest
 * needed: 9 to 12 alone, up to 15 with other test files running beside it (Azurite slower). 24
 * leaves that much headroom again; a much smaller bound (the 5 to 10 of the old loops) fails that test.
 *
 * Backoff: "full jitter" (a uniformly random wait in [0, window)), the window starting at
 * FIRST_BACKOFF_MS and doubling up to MAX_BACKOFF_MS, so colliding writers spread out at once and
 * nobody waits long: the waits of all attempts together are at most about 2 s (1 s on average).
 */
export const CONFLICT_ATTEMPTS = 24;
const FIRST_BACKOFF_MS = 5;
const MAX_BACKOFF_MS = 100;

/** The last of CONFLICT_ATTEMPTS attempts conflicted too. A ConcurrencyError, so it is handled as one. */
export class ConflictRetriesExhausted extends ConcurrencyError {
  readonly attempts: number;

  constructor(what: string, attempts: number, cause: unknown) {
    super(what);
    this.name = 'ConflictRetriesExhausted';
    this.message = `${what} was changed by someone else on each of ${attempts} attempts (too many changes at once); try again in a moment`;
    this.attempts = attempts;
    this.cause = cause;
  }
}

/** The longest wait before attempt `attempt` (2 and on; 0 before the first). */
export function backoffWindowMs(attempt: number): number {
  if (attempt <= 1) return 0;
  return Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (attempt - 2));
}

/**
 * Runs `attempt` (given its number, from 1) until it returns or throws something other than a
 * ConcurrencyError, which passes straight through, as do refusals it returns. A caller that counts
 * other failures as conflicts (a raw 412) turns them into a ConcurrencyError inside `attempt`.
 * After CONFLICT_ATTEMPTS conflicts: ConflictRetriesExhausted, naming `what`.
 */
export async function retryOnConflict<T>(what: string, attempt: (attempt: number) => Promise<T>): Promise<T> {
  for (let n = 1; ; n++) {
    if (n > 1) await new Promise((done) => setTimeout(done, Math.random() * backoffWindowMs(n)));
    try {
      return await attempt(n);
    } catch (err) {
      if (!(err instanceof ConcurrencyError)) throw err;
      if (n >= CONFLICT_ATTEMPTS) throw new ConflictRetriesExhausted(what, n, err);
    }
  }
}
