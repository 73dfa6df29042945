import { z } from 'zod';
import type { AlertEvent } from './alert-event.ts';
import {
  fieldErrors,
  generatedDedupKey,
  isoInstant,
  linkSchema,
  MAX_DEDUP_KEY,
  MAX_DETAILS,
  MAX_LABELS,
  MAX_SUMMARY,
  requiredText,
  severitySchema,
  wellFormedEvent,
} from './alert-fields.ts';

/** Baton's own alert JSON; documented by baton-alert.schema.json (keep the two in step: a test compares them). */
export const batonAlertSchema = z
  .object({
    source: requiredText(255),
    category: requiredText(100).optional(),
    severity: severitySchema,
    summary: requiredText(MAX_SUMMARY),
    details: z.string().max(MAX_DETAILS, `must be at most ${MAX_DETAILS} characters`).optional(),
    dedupKey: z.string().min(1).max(MAX_DEDUP_KEY, `must be at most ${MAX_DEDUP_KEY} characters`).optional(),
    links: z.array(linkSchema).max(20).optional(),
    occurredAt: isoInstant.optional(),
    function: requiredText(300).optional(),
    action: z.enum(['trigger', 'resolve'], { message: 'must be trigger or resolve' }).optional(),
    labels: z
      .record(z.string().max(100), z.string().max(500))
      .refine((l) => Object.keys(l).length <= MAX_LABELS, `at most ${MAX_LABELS} labels`)
      .optional(),
  })
  .strict();

export type BatonAlertParse = { ok: true; event: AlertEvent } | { ok: false; errors: string[] };

export function parseBatonAlert(body: unknown): BatonAlertParse {
  const parsed = batonAlertSchema.safeParse(body);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const v = parsed.data;
  return {
    ok: true,
    event: wellFormedEvent({
      format: 'baton',
      action: v.action ?? 'trigger',
      dedupKey: v.dedupKey ?? generatedDedupKey(),
      dedupKeyGenerated: v.dedupKey === undefined,
      source: v.source.trim(),
      ...(v.category ? { category: v.category.trim() } : {}),
      severity: v.severity,
      summary: v.summary.trim(),
      ...(v.details ? { details: v.details } : {}),
      labels: v.labels ?? {},
      links: (v.links ?? []).map((l) => ({ href: l.href, ...(l.text ? { text: l.text } : {}) })),
      ...(v.occurredAt ? { occurredAt: new Date(v.occurredAt).toISOString() } : {}),
      ...(v.function ? { matrixFunction: v.function.trim() } : {}),
    }),
  };
}
