import { z } from 'zod';
import type { AlertSeverity } from './alert-event.ts';

/** Shared limits and helpers of the three alert formats. */
export const MAX_SUMMARY = 1024;
export const MAX_DEDUP_KEY = 255;
export const MAX_DETAILS = 8000;
export const MAX_LABELS = 64;

/** "payload.severity: must be one of …" from zod issues, field paths as a sender writes them. */
export function fieldErrors(error: z.ZodError): string[] {
  return error.issues.slice(0, 20).map((issue) => {
    const path = issue.path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), '');
    return `${path || 'body'}: ${issue.message}`;
  });
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

export const linkSchema = z.object({
  href: z.string().url('must be a URL').refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL'),
  text: z.string().max(200).optional(),
});

/** ISO 8601 instant check that accepts what tools send ("2026-11-24T09:00:00Z", with offsets, with fractions). */
export const isoInstant = z.string().refine((v) => !Number.isNaN(Date.parse(v)) && /^\d{4}-\d{2}-\d{2}T/.test(v), 'must be an ISO 8601 date-time');
