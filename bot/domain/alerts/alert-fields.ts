import { z } from 'zod';
import type { AlertEvent, AlertSeverity } from './alert-event.ts';

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

/** Deepest nesting accepted in a free-form object (PagerDuty custom_details): real tools send a few levels. */
export const MAX_NESTING = 32;
export const NESTED_TOO_DEEPLY = `is nested too deeply (at most ${MAX_NESTING} levels of objects and arrays)`;

/**
 * Nesting depth of a JSON-like value (a scalar is 0, `{}` is 1), counted without recursion and only
 * until it passes `limit`: a body nested 40,000 deep must be refused, not overflow the stack of the
 * code that reads it (JSON.stringify, flattening).
 */
export function nestingDepth(value: unknown, limit = MAX_NESTING): number {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 0 }];
  let deepest = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    const here = depth + 1;
    if (here > deepest) deepest = here;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof child === 'object' && child !== null) stack.push({ node: child, depth: here });
    }
  }
  return deepest;
}

/** Compact JSON of a value that passed the nesting check; never throws (a BigInt, a cycle: a marker instead). */
export function compactJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return '[not JSON]';
  }
}

/** Labels and details as flat strings: scalars kept, objects as compact JSON (clipped). */
export function flattenLabels(values: Readonly<Record<string, unknown>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(values ?? {}).slice(0, MAX_LABELS)) {
    if (value === null || value === undefined) continue;
    const text = (typeof value === 'object' ? compactJson(value) : String(value)).slice(0, 500);
    // Defined, not assigned: a label named "__proto__" is a label, not the object's prototype.
    Object.defineProperty(out, key.slice(0, 100), { value: text, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text as valid Unicode: a lone surrogate (which JSON's \udXXX escapes can carry but no UTF-8 text
 * can) becomes U+FFFD, as a UTF-8 decoder makes it. So what is stored and posted is text every store
 * and client accepts, and two dedup keys that differ only there are one key, as their bytes would be.
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}

/** An event with every text in it valid Unicode (see wellFormed). Lengths are unchanged. */
export function wellFormedEvent(event: AlertEvent): AlertEvent {
  const labels: Record<string, string> = {};
  for (const [key, value] of Object.entries(event.labels)) {
    Object.defineProperty(labels, wellFormed(key), { value: wellFormed(value), enumerable: true, writable: true, configurable: true });
  }
  return {
    ...event,
    dedupKey: wellFormed(event.dedupKey),
    source: wellFormed(event.source),
    ...(event.category !== undefined ? { category: wellFormed(event.category) } : {}),
    summary: wellFormed(event.summary),
    ...(event.details !== undefined ? { details: wellFormed(event.details) } : {}),
    labels,
    links: event.links.map((l) => ({ href: wellFormed(l.href), ...(l.text !== undefined ? { text: wellFormed(l.text) } : {}) })),
    ...(event.matrixFunction !== undefined ? { matrixFunction: wellFormed(event.matrixFunction) } : {}),
  };
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
    href: z
      .string()
      .url('must be a URL')
      .refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL'),
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
