import { DateTime } from 'luxon';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const FORMATS = [
  'yyyy-MM-dd',
  'yyyy-MM-dd HH:mm',
  "yyyy-MM-dd'T'HH:mm",
  'd MMM yyyy',
  'd MMMM yyyy',
  'MMM d yyyy',
  'MMMM d yyyy',
  'MMM d, yyyy',
  'MMMM d, yyyy',
  'd MMM',
  'd MMMM',
  'MMM d',
  'MMMM d',
  'd/M/yyyy',
  'M/d/yyyy',
];

/**
 * Reads the date in "away until <date>": an ISO date (optionally with a time), "3 Dec", "Dec 3",
 * "tomorrow", a weekday ("friday", "next monday"). The result is the start of that day (or the
 * given time) in the person's time zone: they are back then. Returns an error message when unclear
 * or not in the future.
 */
export function parseAwayUntil(text: string, timeZone: string, now: Date): { ok: true; until: Date } | { ok: false; message: string } {
  const input = text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1');
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  let when: DateTime | undefined;
  if (input === 'tomorrow') when = today.plus({ days: 1 });
  const weekday = input.replace(/^next /, '');
  const dayIndex = WEEKDAYS.findIndex((d) => d === weekday || d.slice(0, 3) === weekday);
  if (!when && dayIndex >= 0) {
    let diff = (dayIndex + 1 - today.weekday + 7) % 7;
    if (diff === 0 || input.startsWith('next ')) diff = diff === 0 ? 7 : diff;
    when = today.plus({ days: diff });
  }
  if (!when) {
    for (const format of FORMATS) {
      const parsed = DateTime.fromFormat(input, format, { zone: timeZone, locale: 'en-US' });
      if (parsed.isValid) {
        when = parsed;
        // A date without a year means the next such date.
        if (!/y/.test(format) && parsed < today) when = parsed.plus({ years: 1 });
        break;
      }
    }
  }
  if (!when) return { ok: false, message: `I could not read "${text.trim()}" as a date. Try \`away until 2026-12-02\`, \`away until friday\` or \`away until 3 Dec\`.` };
  if (when.toMillis() <= now.getTime()) return { ok: false, message: `${when.toFormat('ccc d LLL yyyy HH:mm')} is not in the future.` };
  if (when.diff(today, 'days').days > 366) return { ok: false, message: 'Away for more than a year? Give a date within the next twelve months.' };
  return { ok: true, until: when.toJSDate() };
}
