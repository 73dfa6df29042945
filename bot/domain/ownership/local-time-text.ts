import { DateTime } from 'luxon';
import { sideOfRole, type Engagement } from '../engagement/engagement.ts';

/**
 * English date and time words for explanations and every time a person reads on a card or reply,
 * from a zoned DateTime's numeric fields.
 * The same text luxon's `toFormat` gives with an en-US locale, without an Intl formatter per call
 * (these run on every answer).
 */
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** "Saturday" */
export function weekdayLong(dt: DateTime): string {
  return WEEKDAYS[dt.weekday - 1] ?? '';
}

/** "Sat" */
export function weekdayShort(dt: DateTime): string {
  return weekdayLong(dt).slice(0, 3);
}

/** "Dec" */
export function monthShort(dt: DateTime): string {
  return MONTHS[dt.month - 1] ?? '';
}

/** "09:05" */
export function clockTime(dt: DateTime): string {
  return `${two(dt.hour)}:${two(dt.minute)}`;
}

/*
 * Times people read. Every instant Baton shows a person is said in words, in a side's zone, with the
 * zone named: "Mon 7 Dec, 09:30 (America/New_York)". Never an ISO timestamp.
 */

type Instant = Date | string;

function zoned(at: Instant, zone: string): DateTime {
  return typeof at === 'string' ? DateTime.fromISO(at, { zone }) : DateTime.fromJSDate(at, { zone });
}

/** Whether `dt` is in the year of `now` (in dt's zone); without `now`, never: the year is then always said. */
function thisYear(dt: DateTime, now: Instant | undefined): boolean {
  return now !== undefined && zoned(now, dt.zoneName ?? 'UTC').year === dt.year;
}

/** "Mon 7 Dec", or "Mon 4 Jan 2027" when not in the year of `now` (or when there is no `now`). */
export function dayText(dt: DateTime, now?: Instant): string {
  return `${weekdayShort(dt)} ${dt.day} ${monthShort(dt)}${thisYear(dt, now) ? '' : ` ${dt.year}`}`;
}

/** "Mon 7 Dec, 09:30 (America/New_York)": an instant as the people in `zone` read it. */
export function instantText(at: Instant, zone: string, now?: Instant): string {
  const dt = zoned(at, zone);
  if (!dt.isValid) return String(at);
  return `${dayText(dt, now)}, ${clockTime(dt)} (${zone})`;
}

/**
 * For text that people in several zones read (a channel card both sides see): the first zone in
 * full, then each other zone's clock, with its day when the day differs there:
 * "Mon 7 Dec, 09:30 (America/New_York) · 14:30 (Europe/London)".
 */
export function instantTextForZones(at: Instant, zones: readonly string[], now?: Instant): string {
  const [first, ...others] = [...new Set(zones)];
  if (first === undefined) return instantText(at, 'UTC', now);
  const main = zoned(at, first);
  if (!main.isValid) return String(at);
  const parts = [instantText(at, first, now)];
  for (const zone of others) {
    const dt = zoned(at, zone);
    const sameDay = dt.year === main.year && dt.month === main.month && dt.day === main.day;
    parts.push(sameDay ? `${clockTime(dt)} (${zone})` : instantText(at, zone, now));
  }
  return parts.join(' · ');
}

/** Days first to last, inclusive: "Mon 23 – Sun 29 Nov", "Mon 30 Nov – Sun 6 Dec", "Mon 28 Dec 2026 – Sun 3 Jan 2027". */
export function dayRangeText(first: DateTime, last: DateTime, now?: Instant): string {
  const withYears = first.year !== last.year || !thisYear(first, now);
  const day = (dt: DateTime) => `${weekdayShort(dt)} ${dt.day} ${monthShort(dt)}${withYears ? ` ${dt.year}` : ''}`;
  if (first.hasSame(last, 'day')) return day(first);
  if (!withYears && first.month === last.month) return `${weekdayShort(first)} ${first.day} – ${day(last)}`;
  return `${day(first)} – ${day(last)}`;
}

/**
 * The zones a time is said in for a reader: their side's zone when they are on the roster, else
 * (a card everyone sees, or someone Baton cannot place) both sides' zones, the internal side's first.
 */
export function readerZones(engagement: Pick<Engagement, 'internal' | 'msp' | 'people'>, readerId?: string): string[] {
  const person = readerId === undefined ? undefined : engagement.people.find((p) => p.id === readerId);
  if (person) return [(sideOfRole(person.role) === 'internal' ? engagement.internal : engagement.msp).timeZone];
  return [...new Set([engagement.internal.timeZone, engagement.msp.timeZone])];
}
