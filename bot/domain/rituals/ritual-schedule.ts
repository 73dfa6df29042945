import { DateTime } from 'luxon';
import type { Engagement, SideProfile } from '../engagement/engagement.ts';
import { minutesOfDay } from '../ownership/business-hours.ts';
import { publicHolidayAt } from '../ownership/public-holidays.ts';

/**
 * When Baton's two rituals happen for an engagement: the weekly standup and the quarterly matrix
 * reconciliation ("review"), in the internal side's time zone (converted at run time, so an occurrence
 * stays at 09:30 local across daylight-saving changes). A public holiday of either side shifts an
 * occurrence to the next business day, or skips it, as configured.
 */

export type RitualKind = 'standup' | 'review';

export interface RitualSchedule {
  readonly standup: { readonly enabled: boolean; readonly weekday: number; readonly time: string };
  /** First business day of each listed month, at `time`. */
  readonly review: { readonly enabled: boolean; readonly months: readonly number[]; readonly time: string };
  /** On a public holiday of either side: move to the next business day, or skip that occurrence. */
  readonly onHoliday: 'shift' | 'skip';
}

export const DEFAULT_RITUAL_SCHEDULE: RitualSchedule = {
  standup: { enabled: true, weekday: 1, time: '09:30' },
  review: { enabled: true, months: [1, 4, 7, 10], time: '10:00' },
  onHoliday: 'shift',
};

/** One occurrence of a ritual: a key that names it for good ("standup/2026-11-23"), and when it is due. */
export interface RitualOccurrence {
  readonly kind: RitualKind;
  /** Stable across instances and restarts: the nominal date it belongs to, before any holiday shift. */
  readonly key: string;
  readonly at: Date;
  /** The holiday it was moved for, if it was. */
  readonly shiftedFor?: string;
}

/** How far a shift looks for a business day before giving up on the occurrence. */
const MAX_SHIFT_DAYS = 14;

function holidayOn(day: DateTime, engagement: Engagement): string | undefined {
  // Noon of that calendar day in each side's own zone: a holiday is a whole local day.
  const check = (profile: SideProfile) => {
    const noon = DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour: 12 }, { zone: profile.timeZone });
    return publicHolidayAt(profile.holidayRegion, profile.timeZone, noon.toJSDate());
  };
  return check(engagement.internal) ?? check(engagement.msp);
}

function isWorkingDay(day: DateTime, engagement: Engagement): boolean {
  return engagement.internal.hours.days.includes(day.weekday);
}

function at(day: DateTime, time: string): DateTime {
  const minutes = minutesOfDay(time);
  const m = Number.isNaN(minutes) ? 9 * 60 + 30 : minutes;
  // In the zone of `day`: luxon moves a time that does not exist (spring forward) to the next valid one.
  return day.set({ hour: Math.floor(m / 60), minute: m % 60, second: 0, millisecond: 0 });
}

/** The occurrence of a nominal day, after the holiday rule; undefined when skipped. */
function place(kind: RitualKind, nominal: DateTime, time: string, engagement: Engagement, schedule: RitualSchedule): RitualOccurrence | undefined {
  const key = `${kind}/${nominal.toISODate()}`;
  let day = nominal;
  let shiftedFor: string | undefined;
  for (let i = 0; i <= MAX_SHIFT_DAYS; i++) {
    const holiday = holidayOn(day, engagement);
    if (!holiday && (i === 0 || isWorkingDay(day, engagement))) {
      return { kind, key, at: at(day, time).toJSDate(), ...(shiftedFor ? { shiftedFor } : {}) };
    }
    if (holiday && schedule.onHoliday === 'skip') return undefined;
    shiftedFor ??= holiday;
    day = day.plus({ days: 1 });
  }
  return undefined;
}

/** Standup occurrences whose nominal week day falls in [from, to), in order. */
function standups(engagement: Engagement, schedule: RitualSchedule, from: Date, to: Date): RitualOccurrence[] {
  if (!schedule.standup.enabled) return [];
  const zone = engagement.internal.timeZone;
  // Start a week early: a holiday shift can move last week's standup into the window.
  let day = DateTime.fromJSDate(from, { zone })
    .startOf('day')
    .minus({ days: 7 + MAX_SHIFT_DAYS });
  while (day.weekday !== schedule.standup.weekday) day = day.plus({ days: 1 });
  const out: RitualOccurrence[] = [];
  for (; day.toMillis() < to.getTime(); day = day.plus({ weeks: 1 })) {
    const o = place('standup', day, schedule.standup.time, engagement, schedule);
    if (o && o.at >= from && o.at < to) out.push(o);
  }
  return out;
}

/** The first business day of a month: a working day of the internal side, not a public holiday of either side. */
function firstBusinessDay(year: number, month: number, zone: string, engagement: Engagement): DateTime | undefined {
  let day = DateTime.fromObject({ year, month, day: 1 }, { zone });
  for (let i = 0; i < 20; i++, day = day.plus({ days: 1 })) {
    if (isWorkingDay(day, engagement) && !holidayOn(day, engagement)) return day;
  }
  return undefined;
}

function reviews(engagement: Engagement, schedule: RitualSchedule, from: Date, to: Date): RitualOccurrence[] {
  if (!schedule.review.enabled) return [];
  const zone = engagement.internal.timeZone;
  const out: RitualOccurrence[] = [];
  let month = DateTime.fromJSDate(from, { zone }).startOf('month').minus({ months: 1 });
  for (; month.toMillis() < to.getTime(); month = month.plus({ months: 1 })) {
    if (!schedule.review.months.includes(month.month)) continue;
    const day = firstBusinessDay(month.year, month.month, zone, engagement);
    if (!day) continue;
    const when = at(day, schedule.review.time).toJSDate();
    // The key names the quarter, so a change of "first business day" never makes a second review.
    if (when >= from && when < to) out.push({ kind: 'review', key: `review/${month.toFormat('yyyy-MM')}`, at: when });
  }
  return out;
}

/** Every occurrence of either ritual due in [from, to), in time order. */
export function occurrencesBetween(engagement: Engagement, schedule: RitualSchedule, from: Date, to: Date): RitualOccurrence[] {
  return [...standups(engagement, schedule, from, to), ...reviews(engagement, schedule, from, to)].sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * What should fire now: for each ritual, the latest occurrence due in (since, now]. A service that
 * was down for three weeks runs one standup when it is back, not three.
 */
export function dueOccurrences(engagement: Engagement, schedule: RitualSchedule, since: Date, now: Date): RitualOccurrence[] {
  const due = occurrencesBetween(engagement, schedule, since, new Date(now.getTime() + 1));
  const latest = new Map<RitualKind, RitualOccurrence>();
  for (const o of due) latest.set(o.kind, o);
  return [...latest.values()].sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The next occurrence of a ritual after `after` (within about a year), for "next standup: …". */
export function nextOccurrence(engagement: Engagement, schedule: RitualSchedule, kind: RitualKind, after: Date): RitualOccurrence | undefined {
  return occurrencesBetween(engagement, schedule, new Date(after.getTime() + 1), new Date(after.getTime() + 400 * 86_400_000)).find((o) => o.kind === kind);
}
