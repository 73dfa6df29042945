import { parseArgs } from 'node:util';
import type { Services } from '../app/services.ts';
import { ENGAGEMENT_ID_PATTERN } from '../domain/engagement/engagement-id.ts';
import { outstanding, unsignedSides } from '../domain/rituals/review.ts';
import { DEFAULT_RITUAL_SCHEDULE, nextOccurrence, type RitualKind } from '../domain/rituals/ritual-schedule.ts';
import { instantTextForZones } from '../domain/ownership/local-time-text.ts';
import { out, UsageError } from './cli-io.ts';

const USAGE = `rituals start ID standup|review     start the weekly standup or the quarterly review now
rituals status ID [--json]          the schedule, the next occurrences, and the latest standup and review`;

/**
 * `rituals start|status …`: the rituals from the admin's shell. A started ritual is stored with its card
 * work (outbox); the running service posts the card within seconds (its delivery sweep).
 */
export async function ritualsCommand(argv: string[], services: () => Promise<Services>): Promise<void> {
  const [sub, ...rest] = argv;
  const { values, positionals } = parseArgs({ args: rest, options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
  const [id, kind] = positionals;
  if ((sub !== 'start' && sub !== 'status') || !id) throw new UsageError(USAGE);
  if (!ENGAGEMENT_ID_PATTERN.test(id)) throw new UsageError(`"${id}" is not an engagement id (e-…): see \`engagement list\``);
  if (sub === 'start' && kind !== 'standup' && kind !== 'review') throw new UsageError(`rituals start ID standup|review (not "${kind ?? ''}")`);
  const s = await services();
  const engagement = await s.engagements.getFresh(id);
  if (!engagement) throw new UsageError(`No engagement ${id}: see \`engagement list\``);
  if (sub === 'start') {
    const outcome = await s.rituals.start(engagement, kind as RitualKind, { via: 'cli' });
    if (!outcome.ok) throw new UsageError(outcome.reason);
    out(values.json ? JSON.stringify({ started: outcome.run.key }) : `Started ${outcome.run.key}. The running Baton service posts its card in the channel within seconds.`);
    return;
  }
  const now = s.clock();
  const schedule = (await s.ritualSchedules.schedule(id))?.schedule ?? DEFAULT_RITUAL_SCHEDULE;
  const [standup, review] = await Promise.all([s.rituals.latest(id, 'standup'), s.rituals.latest(id, 'review')]);
  const status = {
    engagement: id,
    timeZone: engagement.internal.timeZone,
    schedule,
    nextStandup: nextOccurrence(engagement, schedule, 'standup', now)?.at.toISOString() ?? null,
    nextReview: nextOccurrence(engagement, schedule, 'review', now)?.at.toISOString() ?? null,
    latestStandup:
      standup?.run.kind === 'standup'
        ? { key: standup.run.key, status: standup.run.status, answers: standup.run.answers.length, participants: standup.run.participants.length }
        : null,
    latestReview:
      review?.run.kind === 'review'
        ? {
            key: review.run.key,
            status: review.run.status,
            decisionsOpen: outstanding(review.run).rows.length + outstanding(review.run).proposals.length,
            unsigned: unsignedSides(review.run),
            dueAt: review.run.dueAt,
            ...(review.run.publishedVersion ? { publishedVersion: review.run.publishedVersion } : {}),
          }
        : null,
  };
  if (values.json) {
    out(JSON.stringify(status, null, 2));
    return;
  }
  // For people: in words, in both sides' zones (the JSON above keeps ISO instants for scripts).
  const zones = [engagement.internal.timeZone, engagement.msp.timeZone];
  const when = (iso: string) => instantTextForZones(iso, zones, now);
  out(`Rituals of ${id} (scheduled in ${status.timeZone}, ${engagement.internal.name}'s zone)`);
  out(`  next standup: ${status.nextStandup ? when(status.nextStandup) : 'off'}`);
  out(`  next review:  ${status.nextReview ? when(status.nextReview) : 'off'}`);
  if (status.latestStandup && standup) {
    out(
      `  latest standup ${status.latestStandup.key}, started ${when(standup.run.startedAt)}: ${status.latestStandup.status}, ${status.latestStandup.answers} of ${status.latestStandup.participants} answered`,
    );
  }
  if (status.latestReview && review) {
    const r = status.latestReview;
    const unsigned = r.unsigned.map((side) => (side === 'internal' ? engagement.internal.name : engagement.msp.name)).join(' and ');
    out(
      `  latest review ${r.key}, started ${when(review.run.startedAt)}: ${r.status}${r.publishedVersion ? ` (v${r.publishedVersion})` : `, ${r.decisionsOpen} decisions open, waiting for sign-off from ${unsigned || 'nobody'}, due ${when(r.dueAt)}`}`,
    );
  }
}
