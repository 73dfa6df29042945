import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAlertmanagerWebhook } from '../../bot/domain/alerts/alertmanager-webhook.ts';
import { parseBatonAlert } from '../../bot/domain/alerts/baton-alert.ts';
import { parsePagerDutyEvent } from '../../bot/domain/alerts/pagerduty-event.ts';
import { parseAlertBody } from '../../bot/domain/alerts/parse-alert-body.ts';
import { signAlertBody } from '../../bot/domain/alerts/alert-request-auth.ts';
import type { AlertSettings } from '../../bot/domain/alerts/alert-settings.ts';
import type { Engagement } from '../../bot/domain/engagement/engagement.ts';
import type { TestBaton } from '../support/running-baton.ts';
import { startAlertingBaton } from '../support/alerting-baton.ts';
import { awkwardString, jsonish, jsonText, mutate, mutation, nested, nestedText, replacement, RUNS } from './fuzz-support.ts';

/**
 * Alert intake never crashes and never answers 5xx to something a sender can fix or will resend:
 * the pure parsers return ok/errors for any value, and over real HTTP every body gets 202, a 4xx,
 * or 429, and the service keeps answering.
 */

const ROUTING_KEY = 'e93facc04764012d7bfb002500d5d1a6';
const FIXTURES = new URL('../alerts/fixtures/', import.meta.url);
const ALERTMANAGER_FIRING = JSON.parse(readFileSync(new URL('alertmanager-0.25-firing.json', FIXTURES), 'utf8')) as unknown;
const ALERTMANAGER_RESOLVED = JSON.parse(readFileSync(new URL('alertmanager-0.25-resolved.json', FIXTURES), 'utf8')) as unknown;

const BATON = {
  source: 'veeam-01',
  category: 'backup',
  severity: 'critical',
  summary: 'Backup job failed',
  dedupKey: 'veeam/nightly',
  details: 'Repository REPO-2 is full.',
  links: [{ href: 'https://veeam.example/job/42', text: 'Job' }],
  occurredAt: '2026-11-24T09:00:00Z',
  labels: { job: 'nightly', site: 'hq' },
  function: 'Backup management and testing',
};
const PAGERDUTY = {
  routing_key: ROUTING_KEY,
  event_action: 'trigger',
  dedup_key: 'srv01/mysql',
  payload: {
    summary: 'DISK at 99% on machine prod-datapipe03.example.com',
    timestamp: '2015-07-17T08:42:58.315+0000',
    severity: 'critical',
    source: 'prod-datapipe03.example.com',
    component: 'mysql',
    group: 'prod-datapipe',
    class: 'disk',
    custom_details: { 'free space': '1%', 'ping time': '1500ms', 'load avg': 0.75, disks: { sda: '99%' } },
  },
  images: [{ src: 'https://chart.example/x.png', href: 'https://example.com/', alt: 'chart' }],
  links: [{ href: 'https://example.com/', text: 'An example link.' }],
  client: 'Sample Monitoring Service',
  client_url: 'https://monitoring.service.com',
};
const PAGERDUTY_RESOLVE = { routing_key: ROUTING_KEY, dedup_key: 'srv01/mysql', event_action: 'resolve' };
const SAMPLES: readonly unknown[] = [BATON, PAGERDUTY, PAGERDUTY_RESOLVE, ALERTMANAGER_FIRING, ALERTMANAGER_RESOLVED];

const sample = fc.constantFrom(...SAMPLES);
const mutatedSample = fc.tuple(sample, fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([s, ms]) => mutate(s, ms));
/** Objects: arbitrary keys, or the keys the three formats look at, with any values. */
const FORMAT_KEYS = [
  'routing_key',
  'event_action',
  'dedup_key',
  'payload',
  'groupKey',
  'alerts',
  'version',
  'receiver',
  'source',
  'severity',
  'summary',
  'dedupKey',
  'labels',
  'links',
  'details',
  'custom_details',
  'status',
  'action',
  'function',
];
const shapedObject = fc.oneof(
  fc.dictionary(awkwardString(12), jsonish, { maxKeys: 8 }),
  fc.dictionary(fc.constantFrom(...FORMAT_KEYS), fc.oneof(jsonish, replacement), { maxKeys: 10 }),
);
const anyBody = fc.oneof({ weight: 1, arbitrary: jsonish }, { weight: 2, arbitrary: shapedObject }, { weight: 3, arbitrary: mutatedSample });

const WELL_FORMED = /^(?:[^\ud800-\udfff]|[\ud800-\udbff][\udc00-\udfff])*$/;

/** What every parse result must be: ok with events, or errors as lines of text; never a throw. */
function checkParse(result: ReturnType<typeof parseAlertBody>): void {
  expect(typeof result.ok).toBe('boolean');
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const e of result.errors) expect(typeof e).toBe('string');
    return;
  }
  for (const event of result.events) {
    expect(typeof event.dedupKey).toBe('string');
    expect(event.dedupKey.length).toBeGreaterThan(0);
    expect(event.dedupKey.length).toBeLessThanOrEqual(255);
    expect(event.summary.length).toBeLessThanOrEqual(1024);
    expect((event.details ?? '').length).toBeLessThanOrEqual(8000);
    for (const [k, v] of Object.entries(event.labels)) {
      expect(typeof k).toBe('string');
      expect(typeof v).toBe('string');
    }
    // What is stored must be storable: JSON, valid Unicode (no lone surrogate: no UTF-8 holds one).
    const text = JSON.stringify(event);
    expect(WELL_FORMED.test(JSON.parse(text).summary)).toBe(true);
    expect(WELL_FORMED.test(event.dedupKey), 'dedup key is valid Unicode').toBe(true);
  }
}

describe('alert parsers on arbitrary input', () => {
  it('parseAlertBody: any JSON value, shaped object or mutated sample → ok or errors, never a throw', () => {
    fc.assert(
      fc.property(anyBody, (body) => {
        checkParse(parseAlertBody(body));
      }),
      { numRuns: RUNS.pure },
    );
  });

  it('each format parser on its own: anything in → ok/errors out', () => {
    fc.assert(
      fc.property(fc.oneof(anyBody, fc.anything({ maxDepth: 3 })), (body) => {
        for (const r of [parseBatonAlert(body), parsePagerDutyEvent(body), parseAlertmanagerWebhook(body)]) {
          expect(typeof r.ok).toBe('boolean');
          if (!r.ok) expect(r.errors.every((e) => typeof e === 'string')).toBe(true);
        }
      }),
      { numRuns: RUNS.pure },
    );
  });

  it('deep nesting anywhere (up to 40,000 levels) is an error or ignored, never a stack overflow', () => {
    for (const depth of [33, 100, 3_000, 40_000]) {
      for (const kind of ['object', 'array'] as const) {
        const deep = nested(depth, kind);
        const pd = parseAlertBody({ ...PAGERDUTY, payload: { ...PAGERDUTY.payload, custom_details: deep } });
        expect(pd.ok, `custom_details ${kind} ${depth}`).toBe(false);
        if (!pd.ok) expect(pd.errors.join('\n')).toMatch(/payload\.custom_details: .*nested/);
        for (const body of [
          { ...BATON, labels: { deep } },
          { ...BATON, details: deep },
          { ...BATON, links: deep },
          { ...(ALERTMANAGER_FIRING as object), commonLabels: deep },
          { ...(ALERTMANAGER_FIRING as object), alerts: [{ status: 'firing', labels: deep }] },
          { ...PAGERDUTY, links: deep, images: deep },
          deep,
        ]) {
          checkParse(parseAlertBody(body));
        }
      }
    }
    // 32 levels of custom_details are fine (a real tool's nested JSON).
    const ok = parseAlertBody({ ...PAGERDUTY, payload: { ...PAGERDUTY.payload, custom_details: nested(31) } });
    expect(ok.ok).toBe(true);
  });

  it('huge and awkward strings in every field of every sample', () => {
    const huge = ['x'.repeat(600_000), '\u2028'.repeat(50_000), '\ud800'.repeat(10_000), '😀'.repeat(100_000)];
    for (const s of SAMPLES) {
      for (const value of huge) {
        for (let at = 0; at < 60; at++) checkParse(parseAlertBody(mutate(s, [{ op: 'set', at, value }])));
      }
    }
  });

  it('lone surrogates are stored as U+FFFD, so distinct bytes never alias one dedup key', () => {
    const r = parseAlertBody({ ...BATON, dedupKey: 'a\ud800', summary: 'x\udfffy' });
    expect(r.ok && r.events[0]!.dedupKey).toBe('a\ufffd');
    expect(r.ok && r.events[0]!.summary).toBe('x\ufffdy');
  });
});

/** Statuses a sender may get. 5xx never: senders retry them forever. */
const ALLOWED = new Set([202, 400, 401, 413, 415, 422, 429]);

describe('alert intake over HTTP on arbitrary bodies', () => {
  let t: TestBaton;
  let engagement: Engagement;
  let settings: AlertSettings;

  beforeAll(async () => {
    ({ t, engagement, settings } = await startAlertingBaton());
  }, 60_000);
  afterAll(async () => {
    await t?.stop();
  });

  type Auth = 'bearer' | 'hmac' | 'none' | 'wrong' | 'routing-key';
  async function send(body: Uint8Array, auth: Auth, contentType: string, path = `/api/alerts/${engagement.id}`): Promise<number> {
    const headers: Record<string, string> = { 'content-type': contentType };
    if (auth === 'bearer') headers.authorization = `Bearer ${settings.current.bearerToken}`;
    if (auth === 'wrong') headers.authorization = 'Bearer nope';
    if (auth === 'hmac') {
      const ts = String(Math.floor(Date.now() / 1000));
      headers['x-baton-timestamp'] = ts;
      headers['x-baton-signature'] = signAlertBody(settings.current.hmacSecret, ts, body);
    }
    const res = await fetch(`${t.url}${path}`, { method: 'POST', headers, body: Buffer.from(body) });
    await res.arrayBuffer();
    return res.status;
  }

  const encoder = new TextEncoder();
  /** A body as bytes: JSON of a value, JSON text with raw awkward characters, or bytes that are not UTF-8. */
  const bodyBytes = fc.oneof(
    { weight: 4, arbitrary: anyBody.map((v) => encoder.encode(jsonText(v))) },
    {
      weight: 2,
      arbitrary: mutatedSample.map((v) =>
        encoder.encode(
          jsonText(v)
            .replace(/\\u2028/g, '\u2028')
            .replace(/\\u2029/g, '\u2029'),
        ),
      ),
    },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) },
    { weight: 1, arbitrary: awkwardString(200).map((s) => encoder.encode(s)) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(nestedText(40_000), nestedText(40_000, 'array'), `{"source":"x","severity":"info","summary":"s","labels":${nestedText(100)}}`)
        .map((s) => encoder.encode(s)),
    },
    { weight: 1, arbitrary: fc.constant(new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(JSON.stringify(BATON))])) },
    { weight: 1, arbitrary: fc.constant(new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d])) },
  );
  const auth = fc.constantFrom<Auth>('bearer', 'bearer', 'bearer', 'hmac', 'none', 'wrong', 'routing-key');
  const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', '');

  it('any body, any credentials → 202, 4xx or 429; never 5xx; the service stays healthy', async () => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(bodyBytes, auth, contentType, async (body, how, type) => {
        // A PagerDuty sender's credential is the routing key in the body.
        let bytes = body;
        if (how === 'routing-key') {
          const text = new TextDecoder().decode(body);
          bytes = encoder.encode(text.replace(ROUTING_KEY, settings.current.routingKey));
        }
        const status = await send(bytes, how, type);
        seen.set(status, (seen.get(status) ?? 0) + 1);
        expect(ALLOWED.has(status), `status ${status}`).toBe(true);
      }),
      { numRuns: RUNS.http },
    );
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    // Enough of the valid-ish bodies got through to exercise storage, not only the 400s.
    expect(seen.get(202) ?? 0, JSON.stringify([...seen])).toBeGreaterThan(0);
    if (process.env.BATON_FUZZ_STATS) console.log('alert statuses', Object.fromEntries(seen));
  });

  /** Paths to the string values of a sample (the fields a sender writes text into). */
  function stringPaths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
    if (typeof value === 'string') return [prefix];
    if (typeof value !== 'object' || value === null) return [];
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    return entries.flatMap(([k, v]) => stringPaths(v, [...prefix, k]));
  }
  function withText(sample: unknown, path: ReadonlyArray<string | number>, text: string): unknown {
    const copy = JSON.parse(JSON.stringify(sample)) as any;
    const parent = path.slice(0, -1).reduce((node, key) => node[key], copy);
    parent[path[path.length - 1]!] = text;
    return copy;
  }
  const LINE_BREAKERS = ['\u2028', '\u2029', '\u0085', '\r', '\u0000', '\ufeff', '}', '\ud800'];

  it('valid alerts with awkward text in any text field are accepted and stored, never 5xx (was: U+2028 → 503)', async () => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SAMPLES), fc.nat(), awkwardString(30), fc.constantFrom(...LINE_BREAKERS), async (base, at, s, breaker) => {
        const paths = stringPaths(base).filter(
          (p) =>
            !['routing_key', 'event_action', 'severity', 'status', 'version', 'occurredAt', 'timestamp', 'startsAt', 'endsAt'].includes(String(p[p.length - 1])) &&
            !p.includes('links') &&
            !p.includes('images'),
        );
        const path = paths[at % paths.length]!;
        const body = withText(base, path, `x${s}${breaker}y`.slice(0, 200));
        // Raw characters in the JSON text, as a sender's JSON library writes them.
        const text = JSON.stringify(body)
          .replace(/\\u2028/g, '\u2028')
          .replace(/\\u2029/g, '\u2029');
        const how: Auth = (body as { routing_key?: string }).routing_key ? 'routing-key' : 'bearer';
        const bytes = encoder.encode(how === 'routing-key' ? text.replace(ROUTING_KEY, settings.current.routingKey) : text);
        const status = await send(bytes, how, 'application/json');
        seen.set(status, (seen.get(status) ?? 0) + 1);
        expect([202, 400, 422, 429], `status ${status} for ${text.slice(0, 300)}`).toContain(status);
      }),
      { numRuns: RUNS.http },
    );
    // Most of them are valid alerts: stored and answered 202 (a 400 only where a field has rules, e.g. a blank source).
    expect(seen.get(202) ?? 0, JSON.stringify([...seen])).toBeGreaterThan(RUNS.http / 2);
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });

  it('a 255-character non-ASCII dedup key is accepted and dedups (was: a row key over 1 KiB, refused by storage → 503 forever)', async () => {
    for (const key of ['✓'.repeat(255), '😀'.repeat(127), `${'é'.repeat(200)}\u2028`]) {
      const trigger = { ...PAGERDUTY, routing_key: settings.current.routingKey, dedup_key: key };
      const text = JSON.stringify(trigger);
      expect(await send(encoder.encode(text), 'none', 'application/json')).toBe(202);
      expect(await send(encoder.encode(text), 'none', 'application/json')).toBe(202);
      const open = (await t.baton.services.handoffs.listOpen(engagement.id)).filter((h) => h.dedupKey === key);
      expect(open).toHaveLength(1);
      expect(open[0]!.occurrences).toBe(2);
    }
  });

  it('an unknown engagement, or a path that is not an id, is a 401 whatever the body', async () => {
    for (const path of ['/api/alerts/e-000000000000', '/api/alerts/%E2%80%A8', '/api/alerts/__proto__', '/api/alerts/constructor', `/api/alerts/${'a'.repeat(5000)}`]) {
      const status = await send(encoder.encode(JSON.stringify(BATON)), 'bearer', 'application/json', path);
      expect([401, 404, 414], path).toContain(status);
    }
  });
});
