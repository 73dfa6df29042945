import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import type { Services } from '../app/services.ts';
import { ENGAGEMENT_ID_PATTERN } from '../domain/engagement/engagement-id.ts';
import { out, UsageError } from './cli-io.ts';

const COLUMNS = ['at', 'engagement', 'handoff', 'event', 'actor_id', 'actor_name', 'via', 'card', 'to_side', 'note'] as const;

/** A date (2026-11-01) or an instant; a bare date means its start, in UTC. */
function instant(text: string, name: string): string {
  const value = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00.000Z` : text;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new UsageError(`--${name} must be a date (2026-11-01) or an ISO instant`);
  return new Date(ms).toISOString();
}

/** `audit export --engagement ID --from DATE --to DATE`: every handoff event in [from, to) as CSV on stdout. */
export async function auditCommand(argv: string[], services: () => Promise<Services>): Promise<void> {
  const [sub, ...rest] = argv;
  if (sub !== 'export') throw new UsageError('audit export --engagement ID --from DATE --to DATE');
  const { values } = parseArgs({ args: rest, options: { engagement: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } } });
  const id = values.engagement ?? '';
  if (!ENGAGEMENT_ID_PATTERN.test(id)) throw new UsageError('audit export needs --engagement ID (see `engagement list`)');
  const from = instant(values.from ?? '1970-01-01', 'from');
  const to = instant(values.to ?? new Date(Date.now() + 86_400_000).toISOString(), 'to');
  if (from >= to) throw new UsageError('--from must be before --to');
  const s = await services();
  out(stringify([COLUMNS as unknown as string[]]).trimEnd());
  for await (const row of s.handoffs.store.audit(id, from, to)) {
    const e = row.event;
    out(stringify([[e.at, row.engagementId, row.handoffId, e.kind, e.actor?.id ?? '', e.actor?.name ?? '', e.via, e.cardId ?? '', e.toSide ?? '', e.note ?? '']]).trimEnd());
  }
}
