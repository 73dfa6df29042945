import { DateTime } from 'luxon';
import type { Engagement } from '../engagement/engagement.ts';
import { clockTime, dayRangeText, dayText, instantText } from '../ownership/local-time-text.ts';

/**
 * The week a standup reports: the last full week, Monday 00:00 to Monday 00:00, in the internal
 * side's zone (the zone the rituals are scheduled in). Never the hours of the current week, so a
 * handoff opened this morning is next week's news, and the card's "Last week, Mon 23 – Sun 29 Nov"
 * is exactly what it counts.
 */
export function standupWeek(engagement: Pick<Engagement, 'internal'>, now: Date): { from: Date; to: Date } {
  const thisMonday = DateTime.fromJSDate(now, { zone: engagement.internal.timeZone }).startOf('week');
  return { from: thisMonday.minus({ weeks: 1 }).toJSDate(), to: thisMonday.toJSDate() };
}

/**
 * The period of a standup's facts in words, for its heading. A full Monday-to-Sunday week is
 * "Last week, Mon 23 – Sun 29 Nov"; any other period (standups stored before the week rule) names
 * its own bounds: "Mon 23 Nov, 09:31 – Mon 30 Nov, 09:31 (America/New_York)".
 */
export function standupPeriodText(engagement: Pick<Engagement, 'internal'>, from: string, to: string, now: Date): string {
  const zone = engagement.internal.timeZone;
  const start = DateTime.fromISO(from, { zone });
  const end = DateTime.fromISO(to, { zone });
  const wholeWeek = start.isValid && end.isValid && start.weekday === 1 && start.equals(start.startOf('day')) && end.equals(start.plus({ weeks: 1 }));
  if (wholeWeek) return `Last week, ${dayRangeText(start, end.minus({ days: 1 }), now)}`;
  if (!start.isValid || !end.isValid) return 'From Baton’s records';
  // [from, to): the last instant counted is a millisecond before `to`.
  const last = new Date(Date.parse(to) - 1);
  return `${dayText(start, now)}, ${clockTime(start)} – ${instantText(last, zone, now)}`;
}
