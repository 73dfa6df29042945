import { minutesOfDay } from '../ownership/business-hours.ts';
import type { RitualSchedule } from './ritual-schedule.ts';

export type ScheduleInputResult = { readonly ok: true; readonly schedule: RitualSchedule } | { readonly ok: false; readonly errors: readonly string[] };

/**
 * The schedule from the `schedule` card's inputs (strings, as Teams sends them): standupEnabled,
 * standupWeekday (1–7), standupTime (HH:mm), reviewEnabled, reviewMonths ("1,4,7,10"), reviewTime,
 * onHoliday (shift|skip). Problems in plain words; nothing is saved unless all is well.
 */
export function readScheduleInput(data: Readonly<Record<string, unknown>>): ScheduleInputResult {
  const text = (name: string) => (typeof data[name] === 'string' || typeof data[name] === 'number' || typeof data[name] === 'boolean' ? String(data[name]).trim() : '');
  const errors: string[] = [];
  const flag = (name: string) => ['true', 'on', 'yes', '1'].includes(text(name).toLowerCase());
  const weekday = Number(text('standupWeekday'));
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) errors.push('Pick the standup’s day of the week.');
  const time = (name: string, what: string) => {
    const value = text(name);
    const minutes = minutesOfDay(value);
    if (Number.isNaN(minutes) || minutes >= 24 * 60) errors.push(`${what} must be a time like 09:30 (24-hour).`);
    return value.padStart(5, '0');
  };
  const standupTime = time('standupTime', 'The standup time');
  const reviewTime = time('reviewTime', 'The review time');
  const months = [
    ...new Set(
      text('reviewMonths')
        .split(/[,\s]+/)
        .filter(Boolean)
        .map(Number),
    ),
  ].sort((a, b) => a - b);
  const reviewEnabled = flag('reviewEnabled');
  if (months.some((m) => !Number.isInteger(m) || m < 1 || m > 12)) errors.push('Review months must be months of the year.');
  if (reviewEnabled && months.length === 0) errors.push('Pick at least one month for the review (or turn the review off).');
  const onHoliday = text('onHoliday');
  if (onHoliday !== 'shift' && onHoliday !== 'skip') errors.push('Choose what happens on a public holiday: move to the next business day, or skip.');
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    schedule: {
      standup: { enabled: flag('standupEnabled'), weekday, time: standupTime },
      review: { enabled: reviewEnabled, months, time: reviewTime },
      onHoliday: onHoliday as RitualSchedule['onHoliday'],
    },
  };
}
