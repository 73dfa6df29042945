import { DateTime } from 'luxon';
import { dayText, instantText } from '../../domain/ownership/local-time-text.ts';

/** "Wed 2 Dec 2026, 00:00 (America/New_York)": an instant as the people on that side read it (the shared helper's words). */
export function formatInstant(at: Date | string, timeZone: string): string {
  return instantText(at, timeZone);
}

/** "Mon 23 Nov 2026": the day of an ISO instant, in a zone, in words (never "2026-11-23"). */
export function formatDate(at: string, timeZone: string): string {
  const dt = DateTime.fromISO(at, { zone: timeZone });
  return dt.isValid ? dayText(dt) : at;
}
