import type { AlertEvent, AlertFormat } from './alert-event.ts';
import { parseAlertmanagerWebhook } from './alertmanager-webhook.ts';
import { parseBatonAlert } from './baton-alert.ts';
import { parsePagerDutyEvent } from './pagerduty-event.ts';

export type AlertBodyParse =
  | { readonly ok: true; readonly format: AlertFormat; readonly events: AlertEvent[]; readonly routingKey?: string }
  | { readonly ok: false; readonly format: AlertFormat; readonly errors: string[] };

/** Which of the three formats a JSON body is, from its shape. */
export function alertBodyFormat(body: Record<string, unknown>): AlertFormat {
  if ('routing_key' in body || 'event_action' in body) return 'pagerduty';
  // An Alertmanager-shaped body with a broken or missing alerts list gets Alertmanager's errors, not Baton's.
  if ('groupKey' in body || ('alerts' in body && ('version' in body || 'receiver' in body))) return 'alertmanager';
  return 'baton';
}

/** Any accepted alert body → events (an Alertmanager body may carry many, or none). */
export function parseAlertBody(body: unknown): AlertBodyParse {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, format: 'baton', errors: ['body: must be a JSON object'] };
  }
  const format = alertBodyFormat(body as Record<string, unknown>);
  if (format === 'pagerduty') {
    const r = parsePagerDutyEvent(body);
    return r.ok ? { ok: true, format, events: [r.event], routingKey: r.routingKey } : { ok: false, format, errors: r.errors };
  }
  if (format === 'alertmanager') {
    const r = parseAlertmanagerWebhook(body);
    return r.ok ? { ok: true, format, events: r.events } : { ok: false, format, errors: r.errors };
  }
  const r = parseBatonAlert(body);
  return r.ok ? { ok: true, format, events: [r.event] } : { ok: false, format, errors: r.errors };
}
