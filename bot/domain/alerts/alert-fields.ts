import { z } from 'zod';
import type { AlertSeverity } from './alert-event.ts';

/** Shared limits and helpers of the three alert formats. */
export const MAX_SUMMARY = 1024;
export const MAX_DEDUP_KEY = 255;
export const MAX_DETAILS = 8000;
export const MAX_LABELS = 64;

/** "payload.severity: must be one of …" from zod issues, field paths as a sender writes them. */
export function fieldErrors(error: z.ZodError): string[] {
  return error.issues
    .flatMap((issue) => {
      const path = issue.path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), '');
      // One line per unknown field, named like any other ("sumary: unknown field"), so typos stand out.
      if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => `${path ? `${path}.` : ''}${key}: unknown field`);
      if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) return [`${path || 'body'}: is required`];
      return [`${path || 'body'}: ${issue.message}`];
    })
    .slice(0, 20);
}

/** Not blank; checked as sent (the parser trims when it builds the event), so maxLength counts what was sent. */
export function requiredText(max: number): z.ZodString {
  return z.string().min(1, 'must not be blank').max(max, `must be at most ${max} characters`).regex(/\S/, 'must not be blank');
}

/** Labels and details as flat strings: scalars kept, objects as compact JSON (clipped). */
export function flattenLabels(values: Readonly<Record<string, unknown>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(values ?? {}).slice(0, MAX_LABELS)) {
    if (value === null || value === undefined) continue;
    out[key.slice(0, 100)] = (typeof value === 'object' ? JSON.stringify(value) : String(value)).slice(0, 500);
  }
  return out;
}

/** A generated dedup key when the sender gave none (PagerDuty does the same). */
export function generatedDedupKey(): string {
  return crypto.randomUUID().replace(/-/g, '');
}

export const severitySchema = z.enum(['critical', 'error', 'warning', 'info'], { message: 'must be one of critical, error, warning, info' });

/** Severity words tools use, mapped onto PagerDuty's four. Unknown words count as warning. */
export function severityFromWord(word: string | undefined): AlertSeverity {
  const w = (word ?? '').trim().toLowerCase();
  if (['critical', 'crit', 'page', 'p1', 'sev1', 'emergency', 'fatal', 'disaster'].includes(w)) return 'critical';
  if (['error', 'err', 'high', 'major', 'p2', 'sev2'].includes(w)) return 'error';
  if (['info', 'information', 'informational', 'low', 'none', 'ok', 'p4', 'p5', 'sev4'].includes(w)) return 'info';
  return 'warning';
}

export const linkSchema = z
  .object({
    href: z.string().url('must be a URL').refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL'),
    text: z.string().max(200).optional(),
  })
  .strict();

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * An ISO 8601 instant as tools send it ("2026-11-24T09:00:00Z", offsets with or without a colon as
 * in PagerDuty's "+0000", fractions). The zone is required: without one Date.parse would read the
 * time in the server's zone. The day must exist (Date.parse rolls 30 February over to March).
 */
export function isInstant(text: string): boolean {
  const m = INSTANT.exec(text);
  if (!m || Number.isNaN(Date.parse(text))) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const isoInstant = z.string().refine(isInstant, 'must be an ISO 8601 date-time with a zone (Z or ±hh:mm)');
