import { describe, expect, it } from 'vitest';
import { acceptedCredentials, newAlertCredentials, rotateCredentials } from '../../bot/domain/alerts/alert-credentials.ts';
import { AlertRateLimiter } from '../../bot/domain/alerts/alert-rate-limit.ts';
import { routingKeyMatches, signAlertBody, verifyAlertRequest } from '../../bot/domain/alerts/alert-request-auth.ts';
import { DEFAULT_ESCALATION_MINUTES, type AlertSettings } from '../../bot/domain/alerts/alert-settings.ts';

const NOW = new Date('2026-11-24T09:00:00.000Z');
const TS = String(NOW.getTime() / 1000);
const BODY = '{"source":"x","severity":"info","summary":"hello"}';

function settings(): AlertSettings {
  return { engagementId: 'e-aaaaaaaaaaaa', current: newAlertCredentials(NOW), rules: [], escalationMinutes: DEFAULT_ESCALATION_MINUTES, escalationCap: 3, rateLimitPerMinute: 600 };
}

describe('alert credentials', () => {
  it('are random, PagerDuty-shaped and long', () => {
    const a = newAlertCredentials(NOW);
    const b = newAlertCredentials(NOW);
    expect(a.routingKey).toMatch(/^[0-9a-f]{32}$/);
    expect(a.bearerToken.length).toBeGreaterThanOrEqual(43);
    expect(a.hmacSecret).not.toBe(a.bearerToken);
    expect(a.bearerToken).not.toBe(b.bearerToken);
  });

  it('rotate: the previous ones are accepted during the grace period only', () => {
    const s = rotateCredentials(settings(), NOW, 24);
    expect(acceptedCredentials(s, NOW)).toHaveLength(2);
    expect(acceptedCredentials(s, new Date(NOW.getTime() + 24 * 3_600_000))).toEqual([s.current]);
  });
});

describe('verifying an alert request', () => {
  const s = settings();
  const signed = (secret: string, ts = TS, body = BODY) => ({ settings: s, now: NOW, rawBody: body, signature: signAlertBody(secret, ts, BODY), timestamp: ts });

  it('accepts a good signature, with or without the sha256= prefix', () => {
    expect(verifyAlertRequest(signed(s.current.hmacSecret))).toEqual({ ok: true, via: 'hmac' });
    const bare = signAlertBody(s.current.hmacSecret, TS, BODY).slice('sha256='.length);
    expect(verifyAlertRequest({ settings: s, now: NOW, rawBody: BODY, signature: bare, timestamp: TS })).toEqual({ ok: true, via: 'hmac' });
  });

  it('refuses a wrong secret, a tampered body, a missing or stale timestamp', () => {
    expect(verifyAlertRequest(signed('wrong'))).toEqual({ ok: false, reason: 'bad signature' });
    expect(verifyAlertRequest(signed(s.current.hmacSecret, TS, BODY.replace('hello', 'hullo')))).toEqual({ ok: false, reason: 'bad signature' });
    expect(verifyAlertRequest({ ...signed(s.current.hmacSecret), timestamp: undefined })).toEqual({ ok: false, reason: 'missing or malformed timestamp' });
    const old = String(Number(TS) - 301);
    const future = String(Number(TS) + 301);
    expect(verifyAlertRequest({ settings: s, now: NOW, rawBody: BODY, signature: signAlertBody(s.current.hmacSecret, old, BODY), timestamp: old })).toEqual({
      ok: false,
      reason: 'stale timestamp',
    });
    expect(verifyAlertRequest({ settings: s, now: NOW, rawBody: BODY, signature: signAlertBody(s.current.hmacSecret, future, BODY), timestamp: future })).toEqual({
      ok: false,
      reason: 'stale timestamp',
    });
    const edge = String(Number(TS) - 300);
    expect(verifyAlertRequest({ settings: s, now: NOW, rawBody: BODY, signature: signAlertBody(s.current.hmacSecret, edge, BODY), timestamp: edge }).ok).toBe(true);
  });

  it('checks bearer tokens, including the previous one during a rotation', () => {
    expect(verifyAlertRequest({ settings: s, now: NOW, rawBody: BODY, authorization: `Bearer ${s.current.bearerToken}` })).toEqual({ ok: true, via: 'bearer' });
    expect(verifyAlertRequest({ settings: s, now: NOW, rawBody: BODY, authorization: 'Bearer nope' })).toEqual({ ok: false, reason: 'bad bearer token' });
    expect(verifyAlertRequest({ settings: s, now: NOW, rawBody: BODY, authorization: `Basic ${s.current.bearerToken}` })).toEqual({
      ok: false,
      reason: 'authorization is not a bearer token',
    });
    expect(verifyAlertRequest({ settings: s, now: NOW, rawBody: BODY })).toEqual({ ok: false, reason: 'no credentials' });
    const rotated = rotateCredentials(s, NOW, 1);
    expect(verifyAlertRequest({ settings: rotated, now: NOW, rawBody: BODY, authorization: `Bearer ${s.current.bearerToken}` }).ok).toBe(true);
    expect(verifyAlertRequest({ settings: rotated, now: new Date(NOW.getTime() + 3_600_001), rawBody: BODY, authorization: `Bearer ${s.current.bearerToken}` }).ok).toBe(false);
    expect(routingKeyMatches(rotated, NOW, s.current.routingKey)).toBe(true);
    expect(routingKeyMatches(rotated, NOW, 'f'.repeat(32))).toBe(false);
  });
});

describe('the per-engagement rate limit', () => {
  it('allows a burst of the per-minute budget, then says when to retry, and refills', () => {
    const limiter = new AlertRateLimiter();
    const t0 = 1_000_000;
    for (let i = 0; i < 60; i++) expect(limiter.tryTake('e1', t0, 60)).toEqual({ ok: true });
    expect(limiter.tryTake('e1', t0, 60)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.tryTake('e2', t0, 60)).toEqual({ ok: true });
    expect(limiter.tryTake('e1', t0 + 1_000, 60)).toEqual({ ok: true });
    expect(limiter.tryTake('e1', t0 + 1_000, 60).ok).toBe(false);
  });

  it('keeps memory bounded', () => {
    const limiter = new AlertRateLimiter(10);
    for (let i = 0; i < 100; i++) limiter.tryTake(`e${i}`, 0, 1);
    expect(limiter.tryTake('e99', 0, 1).ok).toBe(false);
    expect(limiter.tryTake('e0', 0, 1).ok).toBe(true); // forgotten: a fresh bucket
  });
});
