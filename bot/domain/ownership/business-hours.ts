import { DateTime } from 'luxon';
import type { SideProfile } from '../engagement/engagement.ts';
import { publicHolidayAt } from './public-holidays.ts';

/** How far ahead nextBusinessStart looks before giving up (a side with no working days). */
const SEARCH_DAYS = 400;

/** "HH:mm" → minutes after midnight ("24:00" = 1440); NaN when malformed. */
export function minutesOfDay(hhmm: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!match) return Number.NaN;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return Number.NaN;
  return hours * 60 + minutes;
}

/** The side's local time at an instant (its IANA zone; DST handled by luxon). */
export function localTime(profile: SideProfile, at: Date): DateTime {
  return DateTime.fromJSDate(at, { zone: profile.timeZone });
}

/**
 * True when `at` falls in the side's working hours, in its own time zone, on a working day that is
 * not a public holiday of its holiday region. Start is inclusive, end exclusive.
 */
export function isWithinBusinessHours(profile: SideProfile, at: Date): boolean {
  return memoByMinute(inHoursMemo, profile, at, computeWithinBusinessHours);
}

/** The public holiday the side has at `at` (by its region, in its zone), if any. */
export function holidayAt(profile: SideProfile, at: Date): string | undefined {
  return memoByMinute(holidayMemo, profile, at, (p, instant) => publicHolidayAt(p.holidayRegion, p.timeZone, instant));
}

/**
 * Hours are set to the minute and every time zone's offset is whole minutes, so within one minute
 * the answers cannot change: remember the last minute's answer per side profile (answering a
 * question asks both several times; converting zones each time is most of the cost).
 */
const inHoursMemo = new Map<string, { minute: number; value: boolean }>();
const holidayMemo = new Map<string, { minute: number; value: string | undefined }>();

function profileKey(profile: SideProfile): string {
  return `${profile.timeZone}|${profile.holidayRegion ?? ''}|${profile.hours.start}|${profile.hours.end}|${profile.hours.days.join(',')}`;
}

function memoByMinute<T>(memo: Map<string, { minute: number; value: T }>, profile: SideProfile, at: Date, compute: (p: SideProfile, at: Date) => T): T {
  const key = profileKey(profile);
  const minute = Math.floor(at.getTime() / 60_000);
  const known = memo.get(key);
  if (known && known.minute === minute) return known.value;
  const value = compute(profile, at);
  if (memo.size >= 1_000) memo.clear();
  memo.set(key, { minute, value });
  return value;
}

function computeWithinBusinessHours(profile: SideProfile, at: Date): boolean {
  const local = localTime(profile, at);
  if (!local.isValid || !profile.hours.days.includes(local.weekday)) return false;
  const minute = local.hour * 60 + local.minute;
  const start = minutesOfDay(profile.hours.start);
  const end = minutesOfDay(profile.hours.end);
  if (!(minute >= start && minute < end)) return false;
  return holidayAt(profile, at) === undefined;
}

/**
 * The next instant the side is in business hours: `at` itself when already in hours, otherwise the
 * start of its next working day that is not a holiday. Undefined when it has no working hours at all.
 */
export function nextBusinessStart(profile: SideProfile, at: Date): Date | undefined {
  if (isWithinBusinessHours(profile, at)) return at;
  // Every instant between an out-of-hours instant and the next opening has that same next opening.
  const key = profileKey(profile);
  const known = nextStartMemo.get(key);
  const time = at.getTime();
  if (known && time >= known.from && time < known.next) return new Date(known.next);
  const next = searchNextBusinessStart(profile, at);
  if (next) {
    if (nextStartMemo.size >= 1_000) nextStartMemo.clear();
    nextStartMemo.set(key, { from: time, next: next.getTime() });
  }
  return next;
}

const nextStartMemo = new Map<string, { from: number; next: number }>();

function searchNextBusinessStart(profile: SideProfile, at: Date): Date | undefined {
  const start = minutesOfDay(profile.hours.start);
  const end = minutesOfDay(profile.hours.end);
  if (!(start < end) || profile.hours.days.length === 0) return undefined;
  const today = localTime(profile, at).startOf('day');
  for (let offset = 0; offset < SEARCH_DAYS; offset++) {
    const day = today.plus({ days: offset });
    if (!profile.hours.days.includes(day.weekday)) continue;
    // fromObject on a wall time inside a spring-forward gap moves it forward, as clocks do.
    const opening = DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour: Math.floor(start / 60), minute: start % 60 }, { zone: profile.timeZone });
    if (opening.toMillis() <= at.getTime()) continue;
    const instant = opening.toJSDate();
    if (isWithinBusinessHours(profile, instant)) return instant;
  }
  return undefined;
}
