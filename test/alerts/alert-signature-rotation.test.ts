import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acceptedCredentials, rotateCredentials } from '../../bot/domain/alerts/alert-credentials.ts';
import { routingKeyMatches, SIGNATURE_TOLERANCE_SECONDS, signAlertBody, verifyAlertRequest } from '../../bot/domain/alerts/alert-request-auth.ts';
import { DEFAULT_ESCALATION_MINUTES, type AlertCredentials, type AlertSettings } from '../../bot/domain/alerts/alert-settings.ts';

/** Fixed credentials, so a known HMAC vector (computed with `openssl dgst -sha256 -hmac`) can be checked. */
const OLD: AlertCredentials = {
  routingKey: '0123456789abcdef0123456789abcdef',
  bearerToken: 'old-bearer-token-0123456789abcdef0123456789',
  hmacSecret: 'test-secret-0123456789abcdef0123456789',
  createdAt: '2026-11-01T00:00:00.000Z',
};
const NOW = new Date('2026-11-22T09:00:00.000Z');
const TS = '1795338000'; // NOW in unix seconds
const BODY = '{"source":"veeam-01","severity":"critical","summary":"Backup job Nightly-FS failed"}';
const OPENSSL_VECTOR = 'sha256=db5d2ab460668963203b14ebe952540581b8c7478e5db0564b9226fffd59adaf';

const BASE: AlertSettings = { engagementId: 'e-aaaaaaaaaaaa', current: OLD, rules: [], escalationMinutes: DEFAULT_ESCALATION_MINUTES, escalationCap: 3, rateLimitPerMinute: 600 };

const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
const HOUR = 3600;

function signed(settings: AlertSettings, secret: string, options: { now?: Date; ts?: string; body?: string; signedBody?: string } = {}) {
  const ts = options.ts ?? TS;
  const body = options.body ?? BODY;
  return { settings, now: options.now ?? NOW, rawBody: body, timestamp: ts, signature: signAlertBody(secret, ts, options.signedBody ?? body) };
}

describe('signAlertBody', () => {
  it('is sha256= and hex HMAC-SHA256(secret, "<timestamp>.<raw body>"), as openssl computes it', () => {
    expect(signAlertBody(OLD.hmacSecret, TS, BODY)).toBe(OPENSSL_VECTOR);
    expect(signAlertBody(OLD.hmacSecret, Number(TS), BODY)).toBe(OPENSSL_VECTOR);
    expect(String(NOW.getTime() / 1000)).toBe(TS);
  });
});

describe('HMAC-signed requests', () => {
  it('accept the openssl signature, bare hex and upper-case hex', () => {
    const request = { settings: BASE, now: NOW, rawBody: BODY, timestamp: TS };
    expect(verifyAlertRequest({ ...request, signature: OPENSSL_VECTOR })).toEqual({ ok: true, via: 'hmac' });
    expect(verifyAlertRequest({ ...request, signature: OPENSSL_VECTOR.slice(7) })).toEqual({ ok: true, via: 'hmac' });
    expect(verifyAlertRequest({ ...request, signature: OPENSSL_VECTOR.toUpperCase().replace('SHA256=', 'sha256=') })).toEqual({ ok: true, via: 'hmac' });
  });

  it('refuse a wrong secret, a tampered body, a moved timestamp and a truncated signature', () => {
    expect(verifyAlertRequest(signed(BASE, 'another-secret'))).toEqual({ ok: false, reason: 'bad signature' });
    expect(verifyAlertRequest(signed(BASE, OLD.hmacSecret, { body: BODY.replace('critical', 'info'), signedBody: BODY }))).toEqual({ ok: false, reason: 'bad signature' });
    expect(verifyAlertRequest({ ...signed(BASE, OLD.hmacSecret), timestamp: String(Number(TS) + 1) })).toEqual({ ok: false, reason: 'bad signature' });
    expect(verifyAlertRequest({ settings: BASE, now: NOW, rawBody: BODY, timestamp: TS, signature: OPENSSL_VECTOR.slice(0, -2) })).toEqual({ ok: false, reason: 'bad signature' });
    expect(verifyAlertRequest({ settings: BASE, now: NOW, rawBody: BODY, timestamp: TS, signature: '' })).toEqual({ ok: false, reason: 'bad signature' });
  });

  it('refuse a missing, millisecond or non-numeric timestamp', () => {
    const { timestamp: _t, ...noTimestamp } = signed(BASE, OLD.hmacSecret);
    expect(verifyAlertRequest(noTimestamp)).toEqual({ ok: false, reason: 'missing or malformed timestamp' });
    expect(verifyAlertRequest(signed(BASE, OLD.hmacSecret, { ts: `${TS}000` }))).toEqual({ ok: false, reason: 'missing or malformed timestamp' });
    expect(verifyAlertRequest(signed(BASE, OLD.hmacSecret, { ts: '2026-11-22T09:00:00Z' }))).toEqual({ ok: false, reason: 'missing or malformed timestamp' });
  });

  it(`allow ${SIGNATURE_TOLERANCE_SECONDS} s of clock difference either way, and no more`, () => {
    expect(SIGNATURE_TOLERANCE_SECONDS).toBe(300);
    const withTs = (offset: number) => verifyAlertRequest(signed(BASE, OLD.hmacSecret, { ts: String(Number(TS) + offset) }));
    expect(withTs(-300)).toEqual({ ok: true, via: 'hmac' });
    expect(withTs(300)).toEqual({ ok: true, via: 'hmac' });
    expect(withTs(-301)).toEqual({ ok: false, reason: 'stale timestamp' });
    expect(withTs(301)).toEqual({ ok: false, reason: 'stale timestamp' });
  });

  it('sign the exact bytes sent: a real Alertmanager body verifies raw, not re-serialised', () => {
    const raw = readFileSync(new URL('./fixtures/alertmanager-0.25-firing.json', import.meta.url), 'utf8');
    expect(verifyAlertRequest(signed(BASE, OLD.hmacSecret, { body: raw }))).toEqual({ ok: true, via: 'hmac' });
    const pretty = JSON.stringify(JSON.parse(raw), null, 2);
    expect(verifyAlertRequest(signed(BASE, OLD.hmacSecret, { body: pretty, signedBody: raw }))).toEqual({ ok: false, reason: 'bad signature' });
  });

  it('verify the raw bytes as well as their text', () => {
    const bytes = Buffer.from(BODY, 'utf8');
    expect(signAlertBody(OLD.hmacSecret, TS, bytes)).toBe(OPENSSL_VECTOR);
    expect(verifyAlertRequest({ settings: BASE, now: NOW, rawBody: bytes, timestamp: TS, signature: OPENSSL_VECTOR })).toEqual({ ok: true, via: 'hmac' });
  });

  it('a signature decides alone: a good bearer token does not rescue a bad signature', () => {
    expect(verifyAlertRequest({ ...signed(BASE, 'another-secret'), authorization: `Bearer ${OLD.bearerToken}` })).toEqual({ ok: false, reason: 'bad signature' });
  });
});

describe('bearer tokens', () => {
  const request = (authorization?: string) => ({ settings: BASE, now: NOW, rawBody: BODY, ...(authorization === undefined ? {} : { authorization }) });

  it('accept the token, whatever the case of the scheme and the spacing', () => {
    expect(verifyAlertRequest(request(`Bearer ${OLD.bearerToken}`))).toEqual({ ok: true, via: 'bearer' });
    expect(verifyAlertRequest(request(`bearer   ${OLD.bearerToken} `))).toEqual({ ok: true, via: 'bearer' });
  });

  it('refuse a wrong, a re-cased, a prefix of the token, another scheme, or none', () => {
    expect(verifyAlertRequest(request('Bearer wrong'))).toEqual({ ok: false, reason: 'bad bearer token' });
    expect(verifyAlertRequest(request(`Bearer ${OLD.bearerToken.toUpperCase()}`))).toEqual({ ok: false, reason: 'bad bearer token' });
    expect(verifyAlertRequest(request(`Bearer ${OLD.bearerToken.slice(0, -1)}`))).toEqual({ ok: false, reason: 'bad bearer token' });
    expect(verifyAlertRequest(request(`Token ${OLD.bearerToken}`))).toEqual({ ok: false, reason: 'authorization is not a bearer token' });
    expect(verifyAlertRequest(request('Bearer '))).toEqual({ ok: false, reason: 'authorization is not a bearer token' });
    expect(verifyAlertRequest(request())).toEqual({ ok: false, reason: 'no credentials' });
  });
});

describe('rotation', () => {
  const rotated = rotateCredentials(BASE, NOW, 24);
  const NEW = rotated.current;

  it('makes new credentials current and keeps the old ones for exactly the grace period', () => {
    expect(rotated.previous).toEqual(OLD);
    expect(rotated.previousValidUntil).toBe('2026-11-23T09:00:00.000Z');
    expect(NEW.createdAt).toBe('2026-11-22T09:00:00.000Z');
    expect(NEW.routingKey).toMatch(/^[0-9a-f]{32}$/);
    expect(Buffer.from(NEW.bearerToken, 'base64url')).toHaveLength(32);
    expect(Buffer.from(NEW.hmacSecret, 'base64url')).toHaveLength(32);
    expect(acceptedCredentials(rotated, at(24 * HOUR - 1))).toEqual([NEW, OLD]);
    expect(acceptedCredentials(rotated, at(24 * HOUR))).toEqual([NEW]);
  });

  it('a sender still on the previous HMAC secret is accepted during the grace period and refused after', () => {
    const ts = (now: Date) => String(now.getTime() / 1000);
    const during = at(24 * HOUR - 1);
    const after = at(24 * HOUR);
    expect(verifyAlertRequest(signed(rotated, OLD.hmacSecret, { now: during, ts: ts(during) }))).toEqual({ ok: true, via: 'hmac' });
    expect(verifyAlertRequest(signed(rotated, OLD.hmacSecret, { now: after, ts: ts(after) }))).toEqual({ ok: false, reason: 'bad signature' });
    expect(verifyAlertRequest(signed(rotated, NEW.hmacSecret, { now: after, ts: ts(after) }))).toEqual({ ok: true, via: 'hmac' });
  });

  it('the previous bearer token and routing key likewise', () => {
    const bearer = (token: string, now: Date) => verifyAlertRequest({ settings: rotated, now, rawBody: BODY, authorization: `Bearer ${token}` });
    expect(bearer(OLD.bearerToken, at(HOUR))).toEqual({ ok: true, via: 'bearer' });
    expect(bearer(OLD.bearerToken, at(24 * HOUR))).toEqual({ ok: false, reason: 'bad bearer token' });
    expect(bearer(NEW.bearerToken, at(24 * HOUR))).toEqual({ ok: true, via: 'bearer' });
    expect(routingKeyMatches(rotated, at(HOUR), OLD.routingKey)).toBe(true);
    expect(routingKeyMatches(rotated, at(24 * HOUR), OLD.routingKey)).toBe(false);
    expect(routingKeyMatches(rotated, at(24 * HOUR), NEW.routingKey)).toBe(true);
    expect(routingKeyMatches(rotated, NOW, NEW.routingKey.toUpperCase())).toBe(false);
  });

  it('a second rotation drops the first credentials at once', () => {
    const twice = rotateCredentials(rotated, at(HOUR), 24);
    expect(acceptedCredentials(twice, at(HOUR)).map((c) => c.bearerToken)).toEqual([twice.current.bearerToken, NEW.bearerToken]);
    expect(verifyAlertRequest({ settings: twice, now: at(HOUR), rawBody: BODY, authorization: `Bearer ${OLD.bearerToken}` })).toEqual({ ok: false, reason: 'bad bearer token' });
  });
});
