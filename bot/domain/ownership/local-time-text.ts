import type { DateTime } from 'luxon';

/**
 * English date and time words for explanations, from a zoned DateTime's numeric fields.
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
