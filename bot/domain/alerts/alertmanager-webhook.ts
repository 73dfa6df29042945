import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { AlertEvent } from './alert-event.ts';
import { fieldErrors, flattenLabels, MAX_DETAILS, MAX_SUMMARY, severityFromWord, wellFormedEvent } from './alert-fields.ts';

/** Prometheus Alertmanager webhook, version 4 (https://prometheus.io/docs/alerting/latest/configuration/#webhook_config). */
const alertSchema = z.object({
  status: z.enum(['firing', 'resolved'], { message: 'must be firing or resolved' }),
  labels: z.record(z.string(), z.string()).default({}),
  annotations: z.record(z.string(), z.string()).default({}),
  startsAt: z.string().optional(),
  endsAt: z.string().optional(),
  generatorURL: z.string().optional(),
  fingerprint: z.string().max(255).optional(),
});

const schema = z.object({
  version: z.string().optional(),
  groupKey: z.string().optional(),
  truncatedAlerts: z.number().optional(),
  status: z.enum(['firing', 'resolved'], { message: 'must be firing or resolved' }).optional(),
  receiver: z.string().optional(),
  groupLabels: z.record(z.string(), z.string()).optional(),
  commonLabels: z.record(z.string(), z.string()).optional(),
  commonAnnotations: z.record(z.string(), z.string()).optional(),
  externalURL: z.string().optional(),
  alerts: z.array(alertSchema).max(1000, 'at most 1000 alerts per request'),
});

type AmAlert = z.infer<typeof alertSchema>;

/** Alertmanager always sends a fingerprint; a hand-made body may not: derive a stable one from the labels. */
export function labelFingerprint(labels: Readonly<Record<string, string>>): string {
  const text = Object.keys(labels)
    .sort()
    .map((k) => `${k}=${labels[k]}`)
    .join('\u0000');
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function summaryOf(alert: AmAlert): string {
  const a = alert.annotations;
  const firstLine = a.description?.split('\n', 1)[0]?.trim();
  const name = alert.labels.alertname ?? 'Alert';
  const text = a.summary?.trim() || firstLine || (alert.labels.instance ? `${name} on ${alert.labels.instance}` : name);
  return text.slice(0, MAX_SUMMARY);
}

function isTimestamp(text: string | undefined): text is string {
  return text !== undefined && /^\d{4}-\d{2}-\d{2}T/.test(text) && !text.startsWith('0001-') && !Number.isNaN(Date.parse(text));
}

export type AlertmanagerParse = { ok: true; events: AlertEvent[] } | { ok: false; errors: string[] };

export function parseAlertmanagerWebhook(body: unknown): AlertmanagerParse {
  const parsed = schema.safeParse(body);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const v = parsed.data;
  if (v.version !== undefined && v.version !== '4') return { ok: false, errors: [`version: must be "4" (Alertmanager webhook v4), got "${v.version}"`] };
  const events = v.alerts.map((alert): AlertEvent => {
    const links = [
      ...(alert.generatorURL && /^https?:\/\//i.test(alert.generatorURL) ? [{ href: alert.generatorURL, text: 'Source' }] : []),
      ...(v.externalURL && /^https?:\/\//i.test(v.externalURL) ? [{ href: v.externalURL, text: 'Alertmanager' }] : []),
    ];
    const description = alert.annotations.description?.trim();
    return wellFormedEvent({
      format: 'alertmanager',
      action: alert.status === 'firing' ? 'trigger' : 'resolve',
      dedupKey: alert.fingerprint?.trim() || labelFingerprint(alert.labels),
      dedupKeyGenerated: !alert.fingerprint,
      source: alert.labels.job ?? alert.labels.instance ?? 'alertmanager',
      ...(alert.labels.category ? { category: alert.labels.category } : {}),
      severity: severityFromWord(alert.labels.severity ?? alert.labels.priority),
      summary: summaryOf(alert),
      ...(description ? { details: description.slice(0, MAX_DETAILS) } : {}),
      labels: flattenLabels(alert.labels),
      links,
      ...(isTimestamp(alert.startsAt) ? { occurredAt: new Date(alert.startsAt).toISOString() } : {}),
    });
  });
  return { ok: true, events };
}
