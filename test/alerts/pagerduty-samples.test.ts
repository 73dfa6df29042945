import { describe, expect, it } from 'vitest';
import { invalidEventReply } from '../../bot/domain/alerts/invalid-event-reply.ts';
import { parsePagerDutyEvent } from '../../bot/domain/alerts/pagerduty-event.ts';
import { alertBodyFormat, parseAlertBody } from '../../bot/domain/alerts/parse-alert-body.ts';

/** Shaped as the examples in PagerDuty's Events API v2 documentation (trigger, acknowledge, resolve). */
const ROUTING_KEY = 'e93facc04764012d7bfb002500d5d1a6';

const TRIGGER = {
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
  routing_key: ROUTING_KEY,
  dedup_key: 'srv01/mysql',
  images: [{ src: 'https://chart.googleapis.com/chart?chs=600x400&cht=lc', href: 'https://example.com/', alt: 'An example link with an image' }],
  links: [{ href: 'https://example.com/', text: 'An example link.' }],
  event_action: 'trigger',
  client: 'Sample Monitoring Service',
  client_url: 'https://monitoring.service.com',
};

const ACKNOWLEDGE = { routing_key: ROUTING_KEY, dedup_key: 'srv01/mysql', event_action: 'acknowledge' };
const RESOLVE = { routing_key: ROUTING_KEY, dedup_key: 'srv01/mysql', event_action: 'resolve' };

function errorsOf(body: unknown): string[] {
  const r = parsePagerDutyEvent(body);
  return r.ok ? [] : r.errors;
}

describe('PagerDuty Events API v2 samples', () => {
  it('trigger: every documented field lands in the event', () => {
    expect(parsePagerDutyEvent(TRIGGER)).toEqual({
      ok: true,
      routingKey: ROUTING_KEY,
      event: {
        format: 'pagerduty',
        action: 'trigger',
        dedupKey: 'srv01/mysql',
        dedupKeyGenerated: false,
        source: 'prod-datapipe03.example.com',
        category: 'disk',
        severity: 'critical',
        summary: 'DISK at 99% on machine prod-datapipe03.example.com',
        details: '{"free space":"1%","ping time":"1500ms","load avg":0.75,"disks":{"sda":"99%"}}',
        labels: { 'free space': '1%', 'ping time': '1500ms', 'load avg': '0.75', disks: '{"sda":"99%"}', component: 'mysql', group: 'prod-datapipe', class: 'disk' },
        links: [
          { href: 'https://example.com/', text: 'An example link.' },
          { href: 'https://example.com/', text: 'An example link with an image' },
        ],
        occurredAt: '2015-07-17T08:42:58.315Z',
      },
    });
  });

  it('acknowledge and resolve need only the dedup key, which stays case-sensitive', () => {
    const event = (action: string, dedupKey: string) => ({
      format: 'pagerduty',
      action,
      dedupKey,
      dedupKeyGenerated: false,
      source: 'pagerduty',
      severity: 'info',
      summary: `${action} ${dedupKey}`,
      labels: {},
      links: [],
    });
    expect(parsePagerDutyEvent(ACKNOWLEDGE)).toEqual({ ok: true, routingKey: ROUTING_KEY, event: event('acknowledge', 'srv01/mysql') });
    expect(parsePagerDutyEvent({ ...RESOLVE, dedup_key: 'SRV01/MySQL' })).toEqual({ ok: true, routingKey: ROUTING_KEY, event: event('resolve', 'SRV01/MySQL') });
  });

  it('a trigger without dedup_key gets a fresh 32-hex key, marked generated', () => {
    const { dedup_key: _k, ...noKey } = TRIGGER;
    const a = parsePagerDutyEvent(noKey);
    const b = parsePagerDutyEvent(noKey);
    if (!a.ok || !b.ok) throw new Error('expected both to parse');
    expect(a.event.dedupKey).toMatch(/^[0-9a-f]{32}$/);
    expect(a.event.dedupKeyGenerated).toBe(true);
    expect(b.event.dedupKey).not.toBe(a.event.dedupKey);
  });

  it('a string custom_details is the details text, with no labels from it', () => {
    const r = parsePagerDutyEvent({ ...TRIGGER, payload: { summary: 's', source: 'x', severity: 'warning', custom_details: 'ping failed 3 times' } });
    expect(r).toMatchObject({ ok: true, event: { details: 'ping failed 3 times', labels: {} } });
  });

  it('keeps dedup keys and summaries up to the limits', () => {
    expect(parsePagerDutyEvent({ ...TRIGGER, dedup_key: 'k'.repeat(255) }).ok).toBe(true);
    expect(parsePagerDutyEvent({ ...TRIGGER, payload: { ...TRIGGER.payload, summary: 's'.repeat(1024), source: 'h'.repeat(255) } }).ok).toBe(true);
  });
});

describe('PagerDuty errors name the field', () => {
  it.each([
    ['routing_key of 31', { ...TRIGGER, routing_key: 'a'.repeat(31) }, 'routing_key: must be the 32-character routing key'],
    ['routing_key of 33', { ...TRIGGER, routing_key: 'a'.repeat(33) }, 'routing_key: must be the 32-character routing key'],
    ['event_action', { ...TRIGGER, event_action: 'snooze' }, 'event_action: must be one of trigger, acknowledge, resolve'],
    ['dedup_key of 256', { ...TRIGGER, dedup_key: 'k'.repeat(256) }, 'dedup_key: must be at most 255 characters'],
    ['acknowledge without dedup_key', { routing_key: ROUTING_KEY, event_action: 'acknowledge' }, 'dedup_key: is required for acknowledge events'],
    ['resolve without dedup_key', { routing_key: ROUTING_KEY, event_action: 'resolve' }, 'dedup_key: is required for resolve events'],
    ['trigger without payload', { routing_key: ROUTING_KEY, event_action: 'trigger' }, 'payload: is required for trigger events'],
    ['empty summary', { ...TRIGGER, payload: { ...TRIGGER.payload, summary: '' } }, 'payload.summary: is required'],
    ['summary of 1025', { ...TRIGGER, payload: { ...TRIGGER.payload, summary: 's'.repeat(1025) } }, 'payload.summary: must be at most 1024 characters'],
    ['empty source', { ...TRIGGER, payload: { ...TRIGGER.payload, source: '' } }, 'payload.source: is required'],
    ['severity', { ...TRIGGER, payload: { ...TRIGGER.payload, severity: 'high' } }, 'payload.severity: must be one of critical, error, warning, info'],
    ['timestamp', { ...TRIGGER, payload: { ...TRIGGER.payload, timestamp: '17/07/2015 08:42' } }, 'payload.timestamp: must be an ISO 8601 date-time with a zone (Z or ±hh:mm)'],
    ['link href', { ...TRIGGER, links: [{ href: 'not a url' }] }, 'links[0].href: must be a URL'],
  ])('%s', (_name, body, error) => {
    expect(errorsOf(body)).toEqual([error]);
  });

  it('a missing field is required', () => {
    const { routing_key: _r, ...noKey } = TRIGGER;
    expect(errorsOf(noKey)).toEqual(['routing_key: is required']);
    expect(errorsOf({ ...TRIGGER, payload: { summary: 's', severity: 'info' } })).toEqual(['payload.source: is required']);
  });

  it('a timestamp needs a zone: without one the server time zone would decide the instant', () => {
    expect(errorsOf({ ...TRIGGER, payload: { ...TRIGGER.payload, timestamp: '2015-07-17T08:42:58.315' } })).toEqual([
      'payload.timestamp: must be an ISO 8601 date-time with a zone (Z or ±hh:mm)',
    ]);
  });

  it('acknowledge and resolve ignore a payload, as PagerDuty does', () => {
    expect(parsePagerDutyEvent({ ...RESOLVE, payload: { summary: 'DISK ok again' } })).toMatchObject({ ok: true, event: { action: 'resolve', dedupKey: 'srv01/mysql' } });
  });

  it('the 400 body is worded as PagerDuty words it', () => {
    expect(invalidEventReply(errorsOf({ ...TRIGGER, event_action: 'snooze' }))).toEqual({
      status: 'invalid event',
      message: 'Event object is invalid',
      errors: ['event_action: must be one of trigger, acknowledge, resolve'],
    });
    expect(invalidEventReply(Array.from({ length: 30 }, (_, i) => `e${i}`)).errors).toHaveLength(20);
  });
});

describe('which format a body is', () => {
  it.each([
    ['PagerDuty trigger', TRIGGER, 'pagerduty'],
    ['PagerDuty resolve', RESOLVE, 'pagerduty'],
    ['routing_key alone (a broken PagerDuty event gets PagerDuty errors)', { routing_key: ROUTING_KEY }, 'pagerduty'],
    ['Alertmanager v4', { version: '4', groupKey: '{}:{}', status: 'firing', receiver: 'baton', alerts: [] }, 'alertmanager'],
    ['Alertmanager without version', { receiver: 'baton', alerts: [] }, 'alertmanager'],
    ['Alertmanager without alerts (gets Alertmanager errors)', { version: '4', groupKey: '{}:{}', receiver: 'baton' }, 'alertmanager'],
    ['Baton', { source: 'x', severity: 'info', summary: 's' }, 'baton'],
    ['Baton with a stray alerts field', { source: 'x', severity: 'info', summary: 's', alerts: [] }, 'baton'],
  ] as const)('%s', (_name, body, format) => {
    expect(alertBodyFormat(body)).toBe(format);
  });

  it('a body that is not an object is refused before any format is tried', () => {
    for (const body of [null, 'text', 42, [TRIGGER]]) expect(parseAlertBody(body)).toEqual({ ok: false, format: 'baton', errors: ['body: must be a JSON object'] });
  });

  it('a PagerDuty body comes back with its routing key', () => {
    expect(parseAlertBody(RESOLVE)).toMatchObject({ ok: true, format: 'pagerduty', routingKey: ROUTING_KEY, events: [{ action: 'resolve' }] });
  });
});
