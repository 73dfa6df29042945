import { parseArgs } from 'node:util';
import type { Services } from '../app/services.ts';
import type { AuditVerification } from '../domain/audit/audit-chain.ts';
import { spreadsheetCsv } from '../domain/csv/spreadsheet-csv.ts';
import { ENGAGEMENT_ID_PATTERN } from '../domain/engagement/engagement-id.ts';
import { out, UsageError } from './cli-io.ts';

const COLUMNS = ['at', 'engagement', 'handoff', 'event', 'actor_id', 'actor_name', 'via', 'card', 'to_side', 'note'] as const;
const USAGE = 'audit export --engagement ID --from DATE --to DATE | audit verify --engagement ID [--json]';
/** Problems listed in the human-readable verify output (all of them are in --json). */
const SHOWN_PROBLEMS = 20;

/** A date (2026-11-01) or an instant; a bare date means its start, in UTC. */
function instant(text: string, name: string): string {
  const value = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00.000Z` : text;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new UsageError(`--${name} must be a date (2026-11-01) or an ISO instant`);
  return new Date(ms).toISOString();
}

function engagementOf(value: string | undefined, sub: string): string {
  const id = value ?? '';
  if (!ENGAGEMENT_ID_PATTERN.test(id)) throw new UsageError(`audit ${sub} needs --engagement ID (see \`engagement list\`)`);
  return id;
}

/** `audit export …` (the trail as CSV) and `audit verify …` (is the trail intact?). */
export async function auditCommand(argv: string[], services: () => Promise<Services>): Promise<void> {
  const [sub, ...rest] = argv;
  if (sub === 'export') return auditExport(rest, services);
  if (sub === 'verify') return auditVerify(rest, services);
  throw new UsageError(USAGE);
}

/** `audit export --engagement ID --from DATE --to DATE`: every handoff event in [from, to) as CSV on stdout. */
async function auditExport(args: string[], services: () => Promise<Services>): Promise<void> {
  const { values } = parseArgs({ args, options: { engagement: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } } });
  const id = engagementOf(values.engagement, 'export');
  const from = instant(values.from ?? '1970-01-01', 'from');
  const to = instant(values.to ?? new Date(Date.now() + 86_400_000).toISOString(), 'to');
  if (from >= to) throw new UsageError('--from must be before --to');
  const s = await services();
  // Names, ids and notes come from people and alerting tools: written spreadsheet-safe (no live formulas).
  out(spreadsheetCsv([COLUMNS]));
  for await (const row of s.handoffs.store.audit(id, from, to)) {
    const e = row.event;
    out(spreadsheetCsv([[e.at, row.engagementId, row.handoffId, e.kind, e.actor?.id ?? '', e.actor?.name ?? '', e.via, e.cardId ?? '', e.toSide ?? '', e.note ?? '']]));
  }
}

/**
 * `audit verify --engagement ID [--json]`: checks every handoff's hash chain and its anchor. Exit 0
 * and "verified N records" when intact; exit 1 naming the first broken record otherwise.
 */
async function auditVerify(args: string[], services: () => Promise<Services>): Promise<void> {
  const { values } = parseArgs({ args, options: { engagement: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const id = engagementOf(values.engagement, 'verify');
  const s = await services();
  const result = combined(await s.handoffs.store.verifyAuditTrail(id), await s.corrections.store.verifyAuditTrail(id));
  if (values.json) out(JSON.stringify(result));
  else out(describeVerification(result));
  if (!result.ok) process.exitCode = 1;
}

/** The handoffs' chains and the learning trail of corrections (chain `learning`), verified as one trail. */
function combined(handoffs: AuditVerification, learning: AuditVerification): AuditVerification {
  const problems = [...handoffs.problems, ...learning.problems].sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''));
  return {
    ok: handoffs.ok && learning.ok,
    engagementId: handoffs.engagementId,
    handoffs: handoffs.handoffs,
    records: handoffs.records + learning.records,
    legacy: handoffs.legacy + learning.legacy,
    problems,
    heads: [...handoffs.heads, ...learning.heads],
  };
}

function describeVerification(result: AuditVerification): string {
  const records = `${result.records} record${result.records === 1 ? '' : 's'}`;
  const handoffs = `${result.handoffs} handoff${result.handoffs === 1 ? '' : 's'}`;
  const legacy = result.legacy > 0 ? `; ${result.legacy} legacy record${result.legacy === 1 ? '' : 's'} written before the audit chain, unchained (not verifiable)` : '';
  if (result.ok) return `verified ${records} in ${handoffs} of ${result.engagementId}${legacy}`;
  const [first, ...others] = result.problems;
  const place = (p: NonNullable<typeof first>): string => `${p.key ?? '(no record)'} (handoff ${p.handoffId}${p.seq !== undefined ? `, seq ${p.seq}` : ''})`;
  const lines = [
    `audit trail of ${result.engagementId} is BROKEN: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${records} of ${handoffs}${legacy}`,
    `first broken record: ${place(first!)}: ${first!.problem}`,
    ...others.slice(0, SHOWN_PROBLEMS - 1).map((p) => `  also ${place(p)}: ${p.problem}`),
    ...(others.length >= SHOWN_PROBLEMS ? [`  … and ${others.length - SHOWN_PROBLEMS + 1} more (--json lists all)`] : []),
  ];
  return lines.join('\n');
}
