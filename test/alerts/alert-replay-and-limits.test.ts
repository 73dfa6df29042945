import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signAlertBody } from '../../bot/domain/alerts/alert-request-auth.ts';
import { AlertRateLimiter } from '../../bot/domain/alerts/alert-rate-limit.ts';
import { SignatureReplayCache } from '../../bot/domain/alerts/signature-replay-cache.ts';
import type { AlertSettings } from '../../bot/domain/alerts/alert-settings.ts';
import type { Engagement } from '../../bot/domain/engagement/engagement.ts';
import type { TestBaton } from '../support/running-baton.ts';
import { startAlertingBaton } from '../support/alerting-baton.ts';

describe('signed alerts: over the raw bytes, once each', () => {
  let t: TestBaton;
  let engagement: Engagement;
  let settings: AlertSettings;

  beforeAll(async () => {
    ({ t, engagement, settings } = await startAlertingBaton());
  });
  afterAll(async () => {
    await t.stop();
  });

  async function send(body: Uint8Array | string, headers: Record<string, string>) {
    const res = await fetch(`${t.url}/api/alerts/${engagement.id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: body as unknown as BodyInit,
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }
  const signed = (body: Uint8Array | string, signedBody: Uint8Array | string = body, ts = String(Math.floor(Date.now() / 1000))) => ({
    'x-baton-timestamp': ts,
    'x-baton-signature': signAlertBody(settings.current.hmacSecret, ts, signedBody),
  });
  const openHandoffs = async () => (await t.baton.services.handoffs.store.listOpen(engagement.id)).length;

  it('a replayed signed request is refused, and opens no second handoff', async () => {
    // No dedup key: each accepted copy would open a handoff of its own.
    const body = JSON.stringify({ source: 'siem', severity: 'error', summary: 'Impossible travel sign-in for j.doe' });
    const headers = signed(body);
    const before = await openHandoffs();
    expect((await send(body, headers)).status).toBe(202);
    expect((await send(body, headers)).status).toBe(401);
    expect((await send(body, headers)).status).toBe(401);
    expect(await openHandoffs()).toBe(before + 1);
    // A fresh signature over the same body (a rightful resend) is accepted.
    await new Promise((r) => setTimeout(r, 1)); // a different HMAC needs a different timestamp or body
    const later = signed(body, body, String(Math.floor(Date.now() / 1000) + 1));
    expect((await send(body, later)).status).toBe(202);
  });

  it('the signature covers the bytes as sent: one signature passes one byte body only', async () => {
    const a = Buffer.from('{"source":"x","severity":"info","summary":"caf\xe9","dedupKey":"bytes-a"}', 'latin1');
    const b = Buffer.from('{"source":"x","severity":"info","summary":"caf\xe8","dedupKey":"bytes-a"}', 'latin1');
    const headers = signed(a);
    // Not UTF-8, so a 400 — but only after the signature over these exact bytes verified.
    expect((await send(a, headers)).status).toBe(400);
    expect((await send(b, signed(b, a))).status).toBe(401);
    const utf8 = Buffer.from('{"source":"x","severity":"info","summary":"café ☕","dedupKey":"bytes-utf8"}', 'utf8');
    expect((await send(utf8, signed(utf8))).status).toBe(202);
  });

  it('the rate limit counts alerts, not requests: an Alertmanager request with many alerts takes as many tokens', async () => {
    const batch = (n: number, tag: string) => ({
      version: '4',
      groupKey: `{}:{alertname="${tag}"}`,
      status: 'firing',
      receiver: 'baton',
      groupLabels: { alertname: tag },
      commonLabels: { alertname: tag },
      commonAnnotations: {},
      externalURL: 'http://alertmanager:9093',
      truncatedAlerts: 0,
      alerts: Array.from({ length: n }, (_, i) => ({
        status: 'firing',
        labels: { alertname: tag, instance: `host-${i}` },
        annotations: { summary: `${tag} on host-${i}` },
        startsAt: new Date().toISOString(),
        endsAt: '0001-01-01T00:00:00Z',
        generatorURL: 'http://prometheus:9090/graph',
        fingerprint: `${tag}-${String(i).padStart(6, '0')}`,
      })),
    });
    const limit = settings.rateLimitPerMinute;
    const bearer = { authorization: `Bearer ${settings.current.bearerToken}` };
    // More alerts in one request than a minute allows: refused whole, with what to do.
    const tooMany = await send(JSON.stringify(batch(limit + 1, 'TooMany')), bearer);
    expect(tooMany.status).toBe(429);
    expect(String(tooMany.body.message)).toMatch(/max_alerts/);
    // Spend the rest of the bucket (earlier tests took a few), then one more alert is over.
    const used = limit - 10;
    const first = await send(JSON.stringify(batch(used, 'Spend')), bearer);
    expect(first.status).toBe(202);
    // Storing 590 handoffs takes seconds, during which the bucket refills (10 a second): ask for more than that.
    const second = await send(JSON.stringify(batch(250, 'Over')), bearer);
    expect(second.status).toBe(429);
    const open = await t.baton.services.handoffs.store.listOpen(engagement.id);
    expect(open.filter((h) => h.handoff.summary.includes('Over on')).length).toBe(0);
    expect(open.filter((h) => h.handoff.summary.includes('Spend on')).length).toBe(used);
  }, 60_000);
});

describe('the pure pieces', () => {
  it('the rate limiter takes all of a request or none of it', () => {
    const limiter = new AlertRateLimiter();
    expect(limiter.tryTake('e', 0, 600, 590).ok).toBe(true);
    expect(limiter.tryTake('e', 0, 600, 20).ok).toBe(false);
    expect(limiter.tryTake('e', 0, 600, 10).ok).toBe(true);
    const refused = limiter.tryTake('e', 0, 600, 60);
    expect(refused).toEqual({ ok: false, retryAfterSeconds: 6 });
  });

  it('the replay cache forgets a signature when its window has passed, and stays bounded', () => {
    const cache = new SignatureReplayCache(3);
    expect(cache.checkAndRemember('a', 1000, 0)).toBe(false);
    expect(cache.checkAndRemember('a', 1000, 999)).toBe(true);
    expect(cache.checkAndRemember('a', 3000, 1000)).toBe(false);
    for (const k of ['b', 'c', 'd', 'e']) cache.checkAndRemember(k, 10_000, 1001);
    expect(cache.size).toBeLessThanOrEqual(3);
    expect(cache.replaysRefused).toBe(1);
  });
});
