/** The current time, injectable so tests can control it. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/**
 * Whether something read at `readAtMs` is still fresh at `now` for a cache holding it `ttlMs`. A clock
 * that moved back (a test setting its time earlier) makes it stale: it is read again rather than kept.
 */
export function isFresh(readAtMs: number, now: Date, ttlMs: number): boolean {
  const age = now.getTime() - readAtMs;
  return age >= 0 && age < ttlMs;
}
