import type { BusinessHours } from '../engagement/engagement.ts';

const DAY = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** "Mon–Fri 08:00–17:00", "Mon, Wed, Fri 09:00–13:00", "every day 00:00–24:00". */
export function describeHours(hours: BusinessHours): string {
  return `${describeDays(hours.days)} ${hours.start}–${hours.end}`;
}

/** Working days as ranges: [1,2,3,4,5] → "Mon–Fri"; [1,3,5] → "Mon, Wed, Fri". */
export function describeDays(days: readonly number[]): string {
  const sorted = [...new Set(days)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  if (sorted.length === 0) return 'no days';
  if (sorted.length === 7) return 'every day';
  const ranges: string[] = [];
  let start = sorted[0]!;
  let previous = start;
  for (const day of [...sorted.slice(1), Number.NaN]) {
    if (day === previous + 1) {
      previous = day;
      continue;
    }
    ranges.push(start === previous ? DAY[start]! : previous === start + 1 ? `${DAY[start]}, ${DAY[previous]}` : `${DAY[start]}–${DAY[previous]}`);
    start = day;
    previous = day;
  }
  return ranges.join(', ');
}
