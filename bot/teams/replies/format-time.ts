import { DateTime } from 'luxon';

/** "Wed 2 Dec 2026 00:00 (America/New_York)": an instant as the people on that side read it. */
export function formatInstant(at: Date | string, timeZone: string): string {
  const dt = typeof at === 'string' ? DateTime.fromISO(at, { zone: timeZone }) : DateTime.fromJSDate(at, { zone: timeZone });
  return `${dt.setLocale('en-GB').toFormat('ccc d LLL yyyy HH:mm')} (${timeZone})`;
}

/** "2026-11-20" from an ISO instant, in a zone. */
export function formatDate(at: string, timeZone: string): string {
  return DateTime.fromISO(at, { zone: timeZone }).toFormat('yyyy-LL-dd');
}
