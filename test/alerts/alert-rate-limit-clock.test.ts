import { describe, expect, it } from 'vitest';
import { AlertRateLimiter } from '../../bot/domain/alerts/alert-rate-limit.ts';

/** The limiter with a fake clock: every time below is a number the test chooses. */
const T0 = 1_000_000;

describe('the alert rate limiter on a fake clock', () => {
  it('6 a minute: a burst of 6, then one more every 10 s, with the exact wait', () => {
    const limiter = new AlertRateLimiter();
    for (let i = 0; i < 6; i++) expect(limiter.tryTake('e1', T0, 6)).toEqual({ ok: true });
    expect(limiter.tryTake('e1', T0, 6)).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect(limiter.tryTake('e1', T0 + 5_000, 6)).toEqual({ ok: false, retryAfterSeconds: 5 });
    expect(limiter.tryTake('e1', T0 + 9_999, 6)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.tryTake('e1', T0 + 10_000, 6)).toEqual({ ok: true });
    expect(limiter.tryTake('e1', T0 + 10_000, 6)).toEqual({ ok: false, retryAfterSeconds: 10 });
  });

  it('1 a minute: the wait is a full minute', () => {
    const limiter = new AlertRateLimiter();
    expect(limiter.tryTake('e1', 0, 1)).toEqual({ ok: true });
    expect(limiter.tryTake('e1', 0, 1)).toEqual({ ok: false, retryAfterSeconds: 60 });
    expect(limiter.tryTake('e1', 59_000, 1)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.tryTake('e1', 60_000, 1)).toEqual({ ok: true });
  });

  it('an idle hour refills to one burst, not to sixty', () => {
    const limiter = new AlertRateLimiter();
    for (let i = 0; i < 6; i++) limiter.tryTake('e1', T0, 6);
    const later = Array.from({ length: 7 }, () => limiter.tryTake('e1', T0 + 3_600_000, 6).ok);
    expect(later).toEqual([true, true, true, true, true, true, false]);
  });

  it('engagements do not share a bucket', () => {
    const limiter = new AlertRateLimiter();
    expect(limiter.tryTake('e1', T0, 1)).toEqual({ ok: true });
    expect(limiter.tryTake('e1', T0, 1).ok).toBe(false);
    expect(limiter.tryTake('e2', T0, 1)).toEqual({ ok: true });
  });

  it('a clock that steps back refills nothing', () => {
    const limiter = new AlertRateLimiter();
    limiter.tryTake('e1', T0, 1);
    expect(limiter.tryTake('e1', T0 - 120_000, 1)).toEqual({ ok: false, retryAfterSeconds: 60 });
  });

  it('a lowered limit applies at once (the bucket never holds more than the new limit)', () => {
    const limiter = new AlertRateLimiter();
    limiter.tryTake('e1', T0, 600);
    const taken = Array.from({ length: 3 }, () => limiter.tryTake('e1', T0, 2).ok);
    expect(taken).toEqual([true, true, false]);
  });

  it('forgets the least recently used bucket, not a busy one', () => {
    const limiter = new AlertRateLimiter(2);
    limiter.tryTake('busy', T0, 1);
    limiter.tryTake('idle', T0, 1);
    expect(limiter.tryTake('busy', T0, 1).ok).toBe(false);
    limiter.tryTake('new', T0, 1);
    expect(limiter.tryTake('busy', T0, 1)).toEqual({ ok: false, retryAfterSeconds: 60 });
  });

  it('holds at most maxKeys buckets: the oldest is forgotten first', () => {
    const limiter = new AlertRateLimiter(3);
    for (const key of ['a', 'b', 'c', 'd']) expect(limiter.tryTake(key, T0, 1)).toEqual({ ok: true });
    expect(limiter.tryTake('a', T0, 1)).toEqual({ ok: true }); // forgotten when d came: a fresh bucket
    expect(limiter.tryTake('c', T0, 1)).toEqual({ ok: false, retryAfterSeconds: 60 });
    expect(limiter.tryTake('d', T0, 1)).toEqual({ ok: false, retryAfterSeconds: 60 });
  });
});
