import Holidays from 'date-holidays';
import { DateTime } from 'luxon';

/** A public holiday as an interval of instants, [start, end), for one region seen from one time zone. */
interface HolidayInterval {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

const cache = new Map<string, readonly HolidayInterval[]>();
const CACHE_LIMIT = 500;

/**
 * Public holidays (substitute days included) of a region ("US", "US-FL", "GB") in one year, placed
 * on the calendar days of `timeZone`: date-holidays gives local dates ("2025-07-04 00:00:00"), and a
 * US-wide holiday is a holiday all day in Los Angeles too.
 */
function holidayIntervals(region: string, year: number, timeZone: string): readonly HolidayInterval[] {
  const key = `${region}/${year}/${timeZone}`;
  let list = cache.get(key);
  if (!list) {
    list = loadHolidays(region, year, timeZone);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, list);
  }
  return list;
}

function loadHolidays(region: string, year: number, timeZone: string): HolidayInterval[] {
  const [country, state] = region.trim().toUpperCase().split('-');
  if (!country) return [];
  let found: ReturnType<Holidays['getHolidays']>;
  try {
    found = (state ? new Holidays(country, state) : new Holidays(country)).getHolidays(year) || [];
  } catch {
    return [];
  }
  const intervals: HolidayInterval[] = [];
  for (const holiday of found) {
    if (holiday.type !== 'public') continue;
    const start = DateTime.fromFormat(holiday.date, 'yyyy-MM-dd HH:mm:ss', { zone: timeZone });
    if (!start.isValid) continue;
    const durationMs = holiday.end.getTime() - holiday.start.getTime();
    // Whole-day holidays end at local midnight (23 or 25 hours on a DST day); part days keep their length.
    const wholeDays = start.hour === 0 && start.minute === 0 ? Math.max(1, Math.round(durationMs / 86_400_000)) : 0;
    const end = wholeDays > 0 ? start.plus({ days: wholeDays }) : start.plus({ milliseconds: durationMs });
    intervals.push({ name: holiday.name, start: start.toMillis(), end: end.toMillis() });
  }
  return intervals;
}

/** The name of the public holiday at `at` in the region, judged in the side's own time zone, or undefined. */
export function publicHolidayAt(region: string | undefined, timeZone: string, at: Date): string | undefined {
  if (!region) return undefined;
  const year = DateTime.fromJSDate(at, { zone: timeZone }).year;
  const time = at.getTime();
  for (const y of [year - 1, year]) {
    const hit = holidayIntervals(region, y, timeZone).find((h) => time >= h.start && time < h.end);
    if (hit) return hit.name;
  }
  return undefined;
}
