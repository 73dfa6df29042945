import { z } from 'zod';
import type { AlertEvent } from './alert-event.ts';
import {
  compactJson,
  fieldErrors,
  flattenLabels,
  generatedDedupKey,
  isoInstant,
  MAX_DEDUP_KEY,
  MAX_NESTING,
  MAX_SUMMARY,
  NESTED_TOO_DEEPLY,
  nestingDepth,
  severitySchema,
  wellFormedEvent,
} from './alert-fields.ts';

/** PagerDuty Events API v2 (https://developer.pagerduty.com/docs/events-api-v2/trigger-events/). */
const schema = z
  .object({
    routing_key: z.string().length(32, 'must be the 32-character routing key'),
    event_action: z.enum(['trigger', 'acknowledge', 'resolve'], { message: 'must be one of trigger, acknowledge, resolve' }),
    dedup_key: z.string().min(1).max(MAX_DEDUP_KEY, `must be at most ${MAX_DEDUP_KEY} characters`).optional(),
    payload: z
      .object({
        summary: z.string().min(1, 'is required').max(MAX_SUMMARY, `must be at most ${MAX_SUMMARY} characters`),
        source: z.string().min(1, 'is required').max(255),
        severity: severitySchema,
        timestamp: isoInstant.optional(),
        component: z.string().max(255).optional(),
        group: z.string().max(255).optional(),
        class: z.string().max(255).optional(),
        // Free-form, so bounded here: read (flattened, stringified) only when at most MAX_NESTING deep.
        custom_details: z
          .unknown()
          .refine((v) => nestingDepth(v) <= MAX_NESTING, NESTED_TOO_DEEPLY)
          .optional(),
      })
      .optional(),
    images: z.array(z.object({ src: z.string(), href: z.string().optional(), alt: z.string().optional() })).optional(),
    links: z
      .array(z.object({ href: z.string().url('must be a URL'), text: z.string().optional() }))
      .max(20)
      .optional(),
    client: z.string().optional(),
    client_url: z.string().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.event_action === 'trigger' && !v.payload) ctx.addIssue({ code: 'custom', path: ['payload'], message: 'is required for trigger events' });
    if (v.event_action !== 'trigger' && !v.dedup_key) ctx.addIssue({ code: 'custom', path: ['dedup_key'], message: `is required for ${v.event_action} events` });
  });

export type PagerDutyParse = { ok: true; event: AlertEvent; routingKey: string } | { ok: false; errors: string[] };

/** PagerDuty reads `payload` only on trigger; a resolve that repeats part of it must not fail. */
function withoutIgnoredPayload(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || !('payload' in body)) return body;
  const { payload: _ignored, ...rest } = body as Record<string, unknown>;
  return rest.event_action === 'acknowledge' || rest.event_action === 'resolve' ? rest : body;
}

export function parsePagerDutyEvent(body: unknown): PagerDutyParse {
  const parsed = schema.safeParse(withoutIgnoredPayload(body));
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const v = parsed.data;
  const payload = v.payload;
  const details = payload?.custom_details;
  const labels: Record<string, string> = {
    ...(details && typeof details === 'object' && !Array.isArray(details) ? flattenLabels(details as Record<string, unknown>) : {}),
    ...(payload?.component ? { component: payload.component } : {}),
    ...(payload?.group ? { group: payload.group } : {}),
    ...(payload?.class ? { class: payload.class } : {}),
  };
  const detailText = details === undefined ? undefined : typeof details === 'string' ? details : compactJson(details);
  const links = [...(v.links ?? []), ...(v.images ?? []).flatMap((i) => (i.href ? [{ href: i.href, text: i.alt }] : []))]
    .filter((l) => /^https?:\/\//i.test(l.href))
    .map((l) => ({ href: l.href, ...(l.text ? { text: l.text } : {}) }));
  const dedupKey = v.dedup_key ?? generatedDedupKey();
  const event: AlertEvent = {
    format: 'pagerduty',
    action: v.event_action,
    dedupKey,
    dedupKeyGenerated: v.dedup_key === undefined,
    source: payload?.source ?? v.client ?? 'pagerduty',
    ...(payload?.class ? { category: payload.class } : {}),
    severity: payload?.severity ?? 'info',
    summary: payload?.summary ?? `${v.event_action} ${dedupKey}`,
    ...(detailText ? { details: detailText.slice(0, 8000) } : {}),
    labels,
    links,
    ...(payload?.timestamp ? { occurredAt: new Date(payload.timestamp).toISOString() } : {}),
  };
  return { ok: true, event: wellFormedEvent(event), routingKey: v.routing_key };
}
