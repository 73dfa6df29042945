import type { TurnContext } from 'botbuilder';
import { buildScheduleCard } from '../../../cards/schedule-card.ts';
import type { AdaptiveCardJson } from '../../../cards/adaptive-card-json.ts';
import type { Engagement } from '../../domain/engagement/engagement.ts';
import { canChangeMatrix } from '../../domain/engagement/permissions.ts';
import { instantTextForZones, readerZones } from '../../domain/ownership/local-time-text.ts';
import { DEFAULT_RITUAL_SCHEDULE, nextOccurrence, type RitualSchedule } from '../../domain/rituals/ritual-schedule.ts';
import { readScheduleInput } from '../../domain/rituals/schedule-input.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { CardAction, CardActionResult } from '../card-action.ts';
import { sendCard } from '../send-card.ts';

/** `schedule`: when the standup and the review happen, as a form managers can save. */
export async function handleSchedule(context: TurnContext, deps: BotDeps, engagement: Engagement): Promise<void> {
  const stored = await deps.services.ritualSchedules.schedule(engagement.id);
  await sendCard(context, scheduleCard(engagement, stored?.schedule ?? DEFAULT_RITUAL_SCHEDULE, deps.services.clock()));
}

/** `schedule.save`: managers only; validated as a whole; active from now (nothing fires retroactively). */
export async function saveSchedule(action: CardAction, deps: BotDeps): Promise<CardActionResult> {
  const { engagement } = action;
  const now = deps.services.clock();
  const stored = await deps.services.ritualSchedules.schedule(engagement.id);
  const current = stored?.schedule ?? DEFAULT_RITUAL_SCHEDULE;
  if (!canChangeMatrix(engagement, action.actor.id)) {
    return { card: scheduleCard(engagement, current, now, { text: 'Only a manager of either side changes the schedule. Nothing was saved.', good: false }) };
  }
  const input = readScheduleInput(action.data);
  if (!input.ok) return { card: scheduleCard(engagement, current, now, { text: `Not saved: ${input.errors.join(' ')}`, good: false }) };
  const saved = await deps.services.ritualSchedules.saveSchedule(engagement.id, input.schedule, stored?.etag, now);
  if (!saved)
    return { card: scheduleCard(engagement, current, now, { text: 'Someone changed the schedule at the same moment: here it is now; change it again if needed.', good: false }) };
  deps.logger.info({ engagement: engagement.id, by: action.actor.id }, 'ritual schedule changed');
  return { card: scheduleCard(engagement, input.schedule, now, { text: `Saved by ${action.actor.name}.`, good: true }) };
}

function scheduleCard(engagement: Engagement, schedule: RitualSchedule, now: Date, notice?: { text: string; good: boolean }): AdaptiveCardJson {
  const zone = engagement.internal.timeZone;
  const next = (kind: 'standup' | 'review') => {
    const o = nextOccurrence(engagement, schedule, kind, now);
    if (!o) return 'not scheduled';
    // The card is in the conversation both sides read: the MSP's clock too when its zone differs.
    const when = instantTextForZones(o.at, readerZones(engagement), now);
    return o.shiftedFor ? `${when} (moved for ${o.shiftedFor})` : when;
  };
  return buildScheduleCard({
    engagementId: engagement.id,
    subtitle: `Times are in ${zone} (${engagement.internal.name}). Holidays of both sides count.`,
    upcoming: [
      { title: 'Next standup', value: schedule.standup.enabled ? next('standup') : 'off' },
      { title: 'Next review', value: schedule.review.enabled ? next('review') : 'off' },
    ],
    standupEnabled: schedule.standup.enabled,
    standupWeekday: schedule.standup.weekday,
    standupTime: schedule.standup.time,
    reviewEnabled: schedule.review.enabled,
    reviewMonths: [...schedule.review.months],
    reviewTime: schedule.review.time,
    onHoliday: schedule.onHoliday,
    ...(notice ? { notice } : {}),
  });
}
