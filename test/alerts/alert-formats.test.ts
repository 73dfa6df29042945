import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseAlertBody } from '../../bot/domain/alerts/parse-alert-body.ts';
import { labelFingerprint } from '../../bot/domain/alerts/alertmanager-webhook.ts';

const KEY = 'a'.repeat(32);

/** What Alertmanager 0.25 posts to a webhook receiver (two alerts in one group). */
const ALERTMANAGER_FIRING = {
  receiver: 'baton',
  status: 'firing',
  alerts: [
    {
      status: 'firing',
      labels: { alertname: 'BackupJobFailed', instance: 'veeam-01:9100', job: 'veeam', severity: 'critical', category: 'backup' },
      annotations: { summary: 'Backup job Nightly-FS failed', description: 'Job Nightly-FS failed twice.\nRepository REPO-2 is full.' },
      startsAt: '2026-11-24T08:58:31.123Z',
      endsAt: '0001-01-01T00:00:00Z',
      generatorURL: 'http://prometheus:9090/graph?g0.expr=veeam_job_failed',
      fingerprint: '3c5ab6e1a2f8d5b4',
    },
    {
      status: 'firing',
      labels: { alertname: 'DiskAlmostFull', instance: 'fs01:9100', severity: 'page' },
      annotations: {},
      startsAt: '2026-11-24T08:59:00Z',
      endsAt: '0001-01-01T00:00:00Z',
      generatorURL: '',
      fingerprint: '7d1e0c9b8a7f6e5d',
    },
  ],
  groupLabels: { alertname: 'BackupJobFailed' },
  commonLabels: {},
  commonAnnotations: {},
  externalURL: 'http://alertmanager:9093',
  version: '4',
  groupKey: '{}:{alertname="BackupJobFailed"}',
  truncatedAlerts: 0,
};

describe('PagerDuty Events API v2', () => {
  it('reads a trigger with custom details, component, group and class', () => {
    const r = parseAlertBody({
      routing_key: KEY,
      event_action: 'trigger',
      dedup_key: 'srv01/disk',
      payload: {
        summary: 'Disk 95% full on SRV01',
        source: 'srv01',
        severity: 'error',
        timestamp: '2026-11-24T09:00:00+01:00',
        component: 'disk',
        group: 'prod',
        class: 'storage',
        custom_details: { free_gb: 4, mount: 'D:' },
      },
      links: [{ href: 'https://grafana.example.com/d/1', text: 'Dashboard' }],
    });
    expect(r).toEqual({
      ok: true,
      format: 'pagerduty',
      routingKey: KEY,
      events: [
        {
          format: 'pagerduty',
          action: 'trigger',
          dedupKey: 'srv01/disk',
          dedupKeyGenerated: false,
          source: 'srv01',
          category: 'storage',
          severity: 'error',
          summary: 'Disk 95% full on SRV01',
          details: '{"free_gb":4,"mount":"D:"}',
          labels: { free_gb: '4', mount: 'D:', component: 'disk', group: 'prod', class: 'storage' },
          links: [{ href: 'https://grafana.example.com/d/1', text: 'Dashboard' }],
          occurredAt: '2026-11-24T08:00:00.000Z',
        },
      ],
    });
  });

  it('generates a dedup key for a trigger without one, and requires one for acknowledge and resolve', () => {
    const r = parseAlertBody({ routing_key: KEY, event_action: 'trigger', payload: { summary: 's', source: 'x', severity: 'info' } });
    expect(r.ok && r.events[0]?.dedupKeyGenerated).toBe(true);
    expect(r.ok && r.events[0]?.dedupKey).toMatch(/^[0-9a-f]{32}$/);
    expect(parseAlertBody({ routing_key: KEY, event_action: 'resolve' })).toEqual({ ok: false, format: 'pagerduty', errors: ['dedup_key: is required for resolve events'] });
    expect(parseAlertBody({ routing_key: KEY, event_action: 'acknowledge', dedup_key: 'k' })).toMatchObject({ ok: true, events: [{ action: 'acknowledge', dedupKey: 'k' }] });
  });

  it('names every field at fault', () => {
    const r = parseAlertBody({ routing_key: 'short', event_action: 'fire', dedup_key: 'x'.repeat(256), payload: { summary: 'x'.repeat(1025), source: '', severity: 'urgent' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(
      expect.arrayContaining([
        'routing_key: must be the 32-character routing key',
        'event_action: must be one of trigger, acknowledge, resolve',
        'dedup_key: must be at most 255 characters',
        'payload.summary: must be at most 1024 characters',
        'payload.source: is required',
        'payload.severity: must be one of critical, error, warning, info',
      ]),
    );
    expect(parseAlertBody({ routing_key: KEY, event_action: 'trigger' })).toEqual({ ok: false, format: 'pagerduty', errors: ['payload: is required for trigger events'] });
  });
});

describe('Prometheus Alertmanager webhook v4', () => {
  it('opens one event per alert, keyed by fingerprint, with severity, summary, links and labels', () => {
    const r = parseAlertBody(ALERTMANAGER_FIRING);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.format).toBe('alertmanager');
    expect(r.events).toEqual([
      {
        format: 'alertmanager',
        action: 'trigger',
        dedupKey: '3c5ab6e1a2f8d5b4',
        dedupKeyGenerated: false,
        source: 'veeam',
        category: 'backup',
        severity: 'critical',
        summary: 'Backup job Nightly-FS failed',
        details: 'Job Nightly-FS failed twice.\nRepository REPO-2 is full.',
        labels: ALERTMANAGER_FIRING.alerts[0]!.labels,
        links: [
          { href: 'http://prometheus:9090/graph?g0.expr=veeam_job_failed', text: 'Source' },
          { href: 'http://alertmanager:9093', text: 'Alertmanager' },
        ],
        occurredAt: '2026-11-24T08:58:31.123Z',
      },
      {
        format: 'alertmanager',
        action: 'trigger',
        dedupKey: '7d1e0c9b8a7f6e5d',
        dedupKeyGenerated: false,
        source: 'fs01:9100',
        severity: 'critical',
        summary: 'DiskAlmostFull on fs01:9100',
        labels: ALERTMANAGER_FIRING.alerts[1]!.labels,
        links: [{ href: 'http://alertmanager:9093', text: 'Alertmanager' }],
        occurredAt: '2026-11-24T08:59:00.000Z',
      },
    ]);
  });

  it('resolves by fingerprint, derives a stable key when there is none, and names bad fields', () => {
    const resolved = parseAlertBody({ ...ALERTMANAGER_FIRING, status: 'resolved', alerts: ALERTMANAGER_FIRING.alerts.map((a) => ({ ...a, status: 'resolved' })) });
    expect(resolved.ok && resolved.events.map((e) => e.action)).toEqual(['resolve', 'resolve']);
    const { fingerprint: _f, ...noPrint } = ALERTMANAGER_FIRING.alerts[1]!;
    const derived = parseAlertBody({ ...ALERTMANAGER_FIRING, alerts: [noPrint] });
    expect(derived.ok && derived.events[0]?.dedupKey).toBe(labelFingerprint(noPrint.labels as Record<string, string>));
    expect(labelFingerprint({ b: '2', a: '1' })).toBe(labelFingerprint({ a: '1', b: '2' }));
    const bad = parseAlertBody({ ...ALERTMANAGER_FIRING, alerts: [{ ...ALERTMANAGER_FIRING.alerts[0], status: 'burning' }] });
    expect(bad).toEqual({ ok: false, format: 'alertmanager', errors: ['alerts[0].status: must be firing or resolved'] });
    expect(parseAlertBody({ ...ALERTMANAGER_FIRING, version: '3' })).toMatchObject({ ok: false, errors: ['version: must be "4" (Alertmanager webhook v4), got "3"'] });
    expect(parseAlertBody({ ...ALERTMANAGER_FIRING, alerts: [] })).toEqual({ ok: true, format: 'alertmanager', events: [] });
  });
});

describe("Baton's own JSON", () => {
  it('reads a full alert, including the matrix function it names', () => {
    const r = parseAlertBody({
      source: 'sentinelone',
      category: 'edr',
      severity: 'critical',
      summary: 'Ransomware behaviour blocked on LAPTOP-22',
      details: 'Process encryptor.exe killed',
      dedupKey: 's1-threat-991',
      links: [{ href: 'https://usea1.sentinelone.net/threat/991', text: 'Threat' }],
      occurredAt: '2026-11-24T09:00:00Z',
      function: 'EDR management / response',
      labels: { site: 'HQ' },
    });
    expect(r).toMatchObject({
      ok: true,
      format: 'baton',
      events: [{ action: 'trigger', dedupKey: 's1-threat-991', matrixFunction: 'EDR management / response', labels: { site: 'HQ' }, occurredAt: '2026-11-24T09:00:00.000Z' }],
    });
  });

  it('refuses unknown fields, bad links and bad enums, naming each', () => {
    const r = parseAlertBody({ source: 'x', severity: 'high', summary: 'y', sumary: 'typo', links: [{ href: 'ftp://x' }], action: 'ack' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.join('\n')).toContain('severity: must be one of critical, error, warning, info');
    expect(r.errors.join('\n')).toContain('links[0].href');
    expect(r.errors.join('\n')).toContain('action: must be trigger or resolve');
    expect(r.errors).toContain('sumary: unknown field');
    expect(parseAlertBody([1, 2])).toEqual({ ok: false, format: 'baton', errors: ['body: must be a JSON object'] });
  });

  it('is described by the JSON Schema in the repository, field for field', () => {
    const schema = JSON.parse(readFileSync(new URL('../../bot/domain/alerts/baton-alert.schema.json', import.meta.url), 'utf8'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['source', 'severity', 'summary']);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties).sort()).toEqual([
      'action',
      'category',
      'dedupKey',
      'details',
      'function',
      'labels',
      'links',
      'occurredAt',
      'severity',
      'source',
      'summary',
    ]);
    expect(schema.properties.severity.enum).toEqual(['critical', 'error', 'warning', 'info']);
    expect(schema.properties.summary.maxLength).toBe(1024);
    for (const example of schema.examples) expect(parseAlertBody(example).ok).toBe(true);
  });
});
