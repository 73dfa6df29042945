import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AlertEvent } from '../../bot/domain/alerts/alert-event.ts';
import { parseAlertBody } from '../../bot/domain/alerts/parse-alert-body.ts';

/**
 * Bodies captured byte for byte from Debian's prometheus-alertmanager 0.25.0 (User-Agent
 * "Alertmanager/0.25.0") posting to a webhook receiver: two alerts in one group (group_by
 * [alertname]) firing, then both resolved (send_resolved: true).
 */
function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

const FIRING = fixture('alertmanager-0.25-firing.json');
const RESOLVED = fixture('alertmanager-0.25-resolved.json');

const LINKS = [
  { href: 'http://prometheus.example:9090/graph?g0.expr=veeam_job_failed%3E0', text: 'Source' },
  { href: 'http://alertmanager.example:9093', text: 'Alertmanager' },
];

function expected(action: AlertEvent['action']): AlertEvent[] {
  return [
    {
      format: 'alertmanager',
      action,
      dedupKey: 'be34c6bece9705eb',
      dedupKeyGenerated: false,
      source: 'veeam',
      category: 'backup',
      severity: 'critical',
      summary: 'Backup job Nightly-FS failed on veeam-01',
      details: 'Repository REPO-2 is full.\nFree space: 0 GB.',
      labels: { alertname: 'BackupJobFailed', backup_job: 'Nightly-FS', category: 'backup', instance: 'veeam-01:9100', job: 'veeam', severity: 'critical' },
      links: LINKS,
      occurredAt: '2026-11-24T02:30:48.000Z',
    },
    {
      format: 'alertmanager',
      action,
      dedupKey: 'db93e5da1143afb6',
      dedupKeyGenerated: false,
      source: 'veeam',
      severity: 'warning',
      summary: 'Job Nightly-SQL finished with warnings.',
      details: 'Job Nightly-SQL finished with warnings.\nRetry scheduled.',
      labels: { alertname: 'BackupJobFailed', backup_job: 'Nightly-SQL', instance: 'veeam-02:9100', job: 'veeam', severity: 'warning' },
      links: LINKS,
      occurredAt: '2026-11-24T02:30:48.000Z',
    },
  ];
}

describe('a real Alertmanager 0.25 webhook body', () => {
  it('firing: one trigger per alert, keyed by fingerprint, summary from the annotation or the first line of the description', () => {
    expect(parseAlertBody(JSON.parse(FIRING))).toEqual({ ok: true, format: 'alertmanager', events: expected('trigger') });
  });

  it('resolved: the same incidents (same dedup keys) with action resolve; the real endsAt does not move occurredAt', () => {
    expect(parseAlertBody(JSON.parse(RESOLVED))).toEqual({ ok: true, format: 'alertmanager', events: expected('resolve') });
  });

  it('keeps working when Alertmanager truncates the group (max_alerts) or sends an empty one', () => {
    const body = JSON.parse(FIRING) as { alerts: unknown[]; truncatedAlerts: number };
    expect(parseAlertBody({ ...body, alerts: body.alerts.slice(0, 1), truncatedAlerts: 1 })).toEqual({ ok: true, format: 'alertmanager', events: expected('trigger').slice(0, 1) });
    expect(parseAlertBody({ ...body, alerts: [] })).toEqual({ ok: true, format: 'alertmanager', events: [] });
  });

  it('reads Go timestamps with nanoseconds and offsets (Prometheus in a local time zone) as UTC instants', () => {
    const body = JSON.parse(FIRING) as { alerts: Array<Record<string, unknown>> };
    const alert = { ...body.alerts[0]!, startsAt: '2026-11-24T03:30:48.123456789+01:00' };
    const r = parseAlertBody({ ...body, alerts: [alert] });
    expect(r.ok && r.events[0]?.occurredAt).toBe('2026-11-24T02:30:48.123Z');
  });

  it('names the alert and field at fault', () => {
    const body = JSON.parse(FIRING) as { alerts: Array<Record<string, unknown>> };
    const alerts = [body.alerts[0], body.alerts[1], { ...body.alerts[1], status: 'pending' }];
    expect(parseAlertBody({ ...body, alerts })).toEqual({ ok: false, format: 'alertmanager', errors: ['alerts[2].status: must be firing or resolved'] });
    expect(parseAlertBody({ ...body, alerts: [{ ...body.alerts[0], labels: { severity: 2 } }] })).toEqual({
      ok: false,
      format: 'alertmanager',
      errors: ['alerts[0].labels.severity: Invalid input: expected string, received number'],
    });
  });
});
