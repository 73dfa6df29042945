import { describe, expect, it } from 'vitest';
import { severityFromWord } from '../../bot/domain/alerts/alert-fields.ts';
import { parseAlertmanagerWebhook } from '../../bot/domain/alerts/alertmanager-webhook.ts';

describe('severity words onto the four PagerDuty severities', () => {
  it.each([
    ['critical', 'critical'],
    ['page', 'critical'],
    ['P1', 'critical'],
    [' Critical ', 'critical'],
    ['error', 'error'],
    ['high', 'error'],
    ['major', 'error'],
    ['warning', 'warning'],
    ['warn', 'warning'],
    ['medium', 'warning'],
    ['minor', 'warning'],
    ['info', 'info'],
    ['low', 'info'],
    ['none', 'info'],
    ['something-else', 'warning'],
    ['', 'warning'],
    [undefined, 'warning'],
  ] as const)('%j → %s', (word, severity) => {
    expect(severityFromWord(word)).toBe(severity);
  });

  it('an Alertmanager alert takes its severity label, warning without one', () => {
    const alert = (labels: Record<string, string>) => ({ status: 'firing', labels, annotations: {}, fingerprint: 'f' });
    const r = parseAlertmanagerWebhook({
      version: '4',
      receiver: 'baton',
      alerts: [alert({ alertname: 'A', severity: 'page' }), alert({ alertname: 'B', severity: 'low' }), alert({ alertname: 'C' })],
    });
    expect(r.ok && r.events.map((e) => [e.summary, e.severity])).toEqual([
      ['A', 'critical'],
      ['B', 'info'],
      ['C', 'warning'],
    ]);
  });
});
